/**
 * One keydown listener for the whole window: the key goes to the registry's
 * action bound to it, if that action may act here and now. A focused text
 * field keeps its own keys (typing, its undo, select all) unless the action
 * says otherwise (save, print, the palette); board actions act only while
 * the board has the keyboard. Keys the board's interaction states used
 * (typing into a note, Space to pan, Escape ending a drag) never get here.
 */
import type { ActionRegistry } from './registry'

export interface KeyboardEnvironment {
  /** The board canvas has the keyboard. */
  boardHasFocus(): boolean
}

export function isTextField(el: Element | EventTarget | null): boolean {
  return el instanceof HTMLElement && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName))
}

export function installKeyboard(registry: ActionRegistry, env: KeyboardEnvironment): () => void {
  const onKey = (e: KeyboardEvent) => {
    if (e.defaultPrevented || e.isComposing) return
    const inField = isTextField(e.target)
    for (const action of registry.forKey(e)) {
      if (action.scope === 'board' && !env.boardHasFocus()) continue
      if (inField && action.inTextField !== 'run') continue
      if (!registry.isEnabled(action, { source: 'keyboard' })) continue
      // The browser turns these keys into the DOM clipboard events the board handles.
      if (action.nativeKeys) return
      e.preventDefault()
      registry.run(action.id, { source: 'keyboard' })
      return
    }
  }
  window.addEventListener('keydown', onKey)
  return () => window.removeEventListener('keydown', onKey)
}
