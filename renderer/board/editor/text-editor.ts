/**
 * The in-place text editor: a textarea over a note (its own font, size and
 * paper colour, so typing looks like writing on the note) or a one-line
 * input over a header or an emotion point. It sits in the DOM above the
 * canvas and follows the camera with a CSS transform. `dir="auto"` lets each
 * text pick its own direction; IME compositions are left alone. The editing
 * state decides what Enter, Escape and Tab mean; this module only shows,
 * places and reads the field.
 */
import { cssFont, NOTE_TEXT } from '../../../shared/look'
import type { Rect } from '../../../shared/layout'
import { toScreen, type Camera } from '../camera/camera'
import type { BoardKey, EditorPort, EditorSpec } from '../states/state'

export class TextEditor implements EditorPort {
  private readonly note: HTMLTextAreaElement
  private readonly line: HTMLInputElement
  private spec: EditorSpec | null = null

  constructor(
    host: HTMLElement,
    private readonly camera: () => Camera,
    private readonly t: (key: string) => string,
  ) {
    this.note = document.createElement('textarea')
    this.note.className = 'board-editor'
    this.note.dir = 'auto'
    this.note.spellcheck = true
    this.note.hidden = true
    this.note.setAttribute('data-testid', 'card-editor')
    this.line = document.createElement('input')
    this.line.className = 'board-header-input'
    this.line.dir = 'auto'
    this.line.hidden = true
    this.line.setAttribute('data-testid', 'header-editor')
    host.append(this.note, this.line)
    for (const el of [this.note, this.line] as HTMLElement[]) {
      el.addEventListener('keydown', (e: KeyboardEvent) => {
        // The board's own keys never see what is typed here.
        e.stopPropagation()
        const spec = this.spec
        if (!spec || (el === this.note) !== (spec.kind === 'note')) return
        // keyCode 229: a key that an IME is processing (some IMEs report no isComposing).
        const key: BoardKey = { key: e.key, shift: e.shiftKey, mod: e.ctrlKey || e.metaKey, alt: e.altKey, composing: e.isComposing || e.keyCode === 229 }
        if (spec.onKey(key)) e.preventDefault()
      })
      el.addEventListener('blur', () => {
        const spec = this.spec
        if (spec && (el === this.note) === (spec.kind === 'note')) spec.onBlur()
      })
    }
  }

  private get field(): HTMLTextAreaElement | HTMLInputElement {
    return this.spec?.kind === 'line' ? this.line : this.note
  }

  open(spec: EditorSpec): void {
    this.spec = spec
    const el = this.field
    el.value = spec.value
    el.setAttribute('aria-label', this.t(spec.labelKey))
    if (el === this.note) this.note.style.background = spec.background ?? ''
    else this.line.placeholder = spec.placeholderKey ? this.t(spec.placeholderKey) : ''
    el.hidden = false
    this.position()
    el.focus()
    if (el === this.note) this.note.setSelectionRange(el.value.length, el.value.length)
    else this.line.select()
  }

  value(): string {
    return this.field.value
  }

  close(): void {
    const el = this.field
    this.spec = null
    el.hidden = true
  }

  isOpen(): boolean {
    return this.spec !== null
  }

  /** Keeps the field exactly over its target under the camera (called on every camera change and sync). */
  position(): void {
    const spec = this.spec
    const rect: Rect | null = spec?.rect() ?? null
    if (!spec || !rect) return
    const camera = this.camera()
    const el = this.field
    const p = toScreen(camera, rect)
    el.style.left = '0px'
    el.style.top = '0px'
    el.style.width = `${rect.width}px`
    el.style.height = `${rect.height}px`
    el.style.transform = `translate(${p.x}px, ${p.y}px) scale(${camera.scale})`
    if (el === this.note) {
      el.style.padding = `${NOTE_TEXT.padding}px`
      el.style.font = cssFont(NOTE_TEXT.size, 400, false)
      el.style.lineHeight = `${NOTE_TEXT.lineHeight}px`
    }
  }

  destroy(): void {
    this.note.remove()
    this.line.remove()
  }
}
