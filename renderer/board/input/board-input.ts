/**
 * DOM events → the board's events. Pointer events (mouse, pen and touch
 * alike) become BoardPointer events with screen and board positions; keys on
 * the board become BoardKey events; the wheel zooms (with Ctrl/⌘ or a
 * trackpad pinch) or pans. Also here, because they are about devices, not
 * about what a press means: palm rejection (touches are ignored while a pen
 * is down), pointer capture, and touch long-press for the context menu (the
 * browser's own contextmenu comes too late or not at all on touch).
 */
import type { Point } from '../../../shared/layout'
import type { BoardKey, BoardPointer, KeyResult, PointerKind, PointerRecord } from '../states/state'

const LONG_PRESS_MS = 550

export interface InputSink {
  toWorld(screen: Point): Point
  /** Is there something under this point that a finger grabs (note, face, handle)? */
  grabbable(world: Point): boolean
  pointerDown(e: BoardPointer): void
  pointerMove(e: BoardPointer): void
  pointerUp(e: BoardPointer): void
  pointerCancel(e: BoardPointer): void
  pointerLeave(): void
  keyDown(e: BoardKey): KeyResult
  keyUp(e: BoardKey): void
  /** A wheel turn: `zoom` (px of wheel, Ctrl/⌘ or trackpad pinch) or a pan of `delta` screen px. */
  wheel(screen: Point, delta: { x: number; y: number }, zoom: number | null): void
  contextMenu(screen: Point): void
  /** Before a press is handled: editors commit, menus close, the board takes the keyboard. */
  beforePress(): void
}

export function toBoardKey(e: KeyboardEvent): BoardKey {
  return { key: e.key, shift: e.shiftKey, mod: e.ctrlKey || e.metaKey, alt: e.altKey, composing: e.isComposing || e.keyCode === 229 }
}

export class BoardInput {
  readonly pointers = new Map<number, PointerRecord>()
  private penDown = false
  private longPress = 0
  private readonly off: Array<() => void> = []

  constructor(
    private readonly el: HTMLElement,
    private readonly sink: InputSink,
  ) {
    const on = <K extends keyof HTMLElementEventMap>(type: K, fn: (e: HTMLElementEventMap[K]) => void, options?: AddEventListenerOptions) => {
      el.addEventListener(type, fn, options)
      this.off.push(() => el.removeEventListener(type, fn, options))
    }
    on('pointerdown', (e) => this.down(e))
    on('pointermove', (e) => this.move(e))
    on('pointerup', (e) => this.up(e, false))
    on('pointercancel', (e) => this.up(e, true))
    on('pointerleave', () => sink.pointerLeave())
    on('wheel', (e) => this.wheel(e), { passive: false })
    on('contextmenu', (e) => {
      e.preventDefault()
      // Touch long-press is ours (see above).
      if ([...this.pointers.values()].some((p) => p.type === 'touch')) return
      sink.contextMenu(this.screen(e))
    })
    on('keydown', (e) => {
      if (e.target !== el) return
      const result = sink.keyDown(toBoardKey(e))
      if (!result) return
      // Used by the board: the window's shortcuts must not act on it too.
      e.stopPropagation()
      if (result === true) e.preventDefault()
    })
    on('keyup', (e) => sink.keyUp(toBoardKey(e)))
  }

  destroy(): void {
    clearTimeout(this.longPress)
    for (const off of this.off) off()
  }

  private screen(e: { clientX: number; clientY: number }): Point {
    const r = this.el.getBoundingClientRect()
    return { x: e.clientX - r.left, y: e.clientY - r.top }
  }

  private event(e: PointerEvent): BoardPointer {
    const screen = this.screen(e)
    const type: PointerKind = e.pointerType === 'touch' || e.pointerType === 'pen' ? e.pointerType : 'mouse'
    return { id: e.pointerId, type, button: e.button, screen, world: this.sink.toWorld(screen), shift: e.shiftKey, mod: e.ctrlKey || e.metaKey, alt: e.altKey }
  }

  private down(e: PointerEvent): void {
    // Palm rejection: while a pen is down, touches are ignored.
    if (e.pointerType === 'touch' && this.penDown) return
    if (e.pointerType === 'pen') this.penDown = true
    this.sink.beforePress()
    const be = this.event(e)
    this.pointers.set(e.pointerId, { type: be.type, start: be.screen, pos: be.screen, onTarget: this.sink.grabbable(be.world) })
    try {
      this.el.setPointerCapture(e.pointerId)
    } catch {
      /* synthetic pointers cannot be captured */
    }
    if (be.type === 'touch') {
      const touches = [...this.pointers.values()].filter((p) => p.type === 'touch').length
      clearTimeout(this.longPress)
      if (touches > 2) return
      if (touches === 1) {
        this.longPress = window.setTimeout(() => {
          const p = this.pointers.get(e.pointerId)
          if (!p || Math.hypot(p.pos.x - p.start.x, p.pos.y - p.start.y) > 10) return
          this.sink.pointerCancel(be)
          this.sink.contextMenu(p.pos)
        }, LONG_PRESS_MS)
      }
    }
    if (e.button === 1) e.preventDefault()
    this.sink.pointerDown(be)
  }

  private move(e: PointerEvent): void {
    const be = this.event(e)
    const p = this.pointers.get(e.pointerId)
    if (p) {
      p.pos = be.screen
      if (Math.hypot(p.pos.x - p.start.x, p.pos.y - p.start.y) > 10) clearTimeout(this.longPress)
    }
    this.sink.pointerMove(be)
  }

  private up(e: PointerEvent, cancelled: boolean): void {
    if (e.pointerType === 'pen') this.penDown = false
    const known = this.pointers.delete(e.pointerId)
    clearTimeout(this.longPress)
    if (!known && e.pointerType === 'touch') return
    const be = this.event(e)
    if (cancelled) this.sink.pointerCancel(be)
    else this.sink.pointerUp(be)
  }

  private wheel(e: WheelEvent): void {
    e.preventDefault()
    const unit = e.deltaMode === 1 ? 16 : e.deltaMode === 2 ? this.el.clientHeight : 1
    // Trackpad pinch arrives as a wheel with ctrlKey; Shift turns a vertical wheel sideways.
    const zoom = e.ctrlKey || e.metaKey ? e.deltaY * unit : null
    const sideways = e.shiftKey && e.deltaX === 0
    this.sink.wheel(this.screen(e), { x: (sideways ? e.deltaY : e.deltaX) * unit, y: (sideways ? 0 : e.deltaY) * unit }, zoom)
  }
}
