/**
 * Quitting with unsaved work: every window goes through the same close check
 * as its close button, one after the other. Plain TypeScript over ports (no
 * electron import), so every path is unit-tested (test/unit/main/quit-flow).
 *
 * The close check answers per window:
 *   close  — clean, or the user chose "Don't save": close it, ask the next;
 *   cancel — the user chose Cancel: the quit is over, nothing else happens;
 *   save   — the user chose Save: the renderer saves and then closes the
 *            window itself (saveThenClose). The quit carries on only if that
 *            save completes AND the window then closes. A Save As dialog the
 *            user cancels, or a failed save, ends the quit: a later, unrelated
 *            close of any window never quits the app.
 */
import type { CloseDecision } from './handlers'

/** How long after a completed save we wait for its window to close before forgetting the quit. */
export const CLOSE_AFTER_SAVE_MS = 10_000

export interface QuitPorts {
  /** Open project windows, in the order to ask them. */
  windowIds(): string[]
  /** Windows with unsaved changes (brought to the front before asking). */
  dirtyWindowIds(): string[]
  focusWindow(windowId: string): void
  /** The same check as the window's close button (main/handlers.ts onWindowClosing). */
  closeCheck(windowId: string): Promise<CloseDecision>
  /** Close without asking again. */
  closeWindow(windowId: string): void
  /** Once approved, let every window close without asking. */
  allowAllToClose(): void
  /** app.quit(): emits before-quit again, which this flow then lets through. */
  quit(): void
  now(): number
  log(message: string, error: unknown): void
}

export interface QuitFlow {
  /** Electron's 'before-quit'. */
  beforeQuit(event: { preventDefault(): void }): void
  /** A save the close check handed to the renderer ended (saved or not). */
  saveSettled(windowId: string, saved: boolean): void
  /** A window has closed for good. */
  windowClosed(windowId: string): void
}

type State =
  | { kind: 'idle' }
  | { kind: 'asking' }
  | { kind: 'waiting-for-save'; windowId: string }
  | { kind: 'waiting-for-close'; windowId: string; until: number }
  | { kind: 'approved' }

export function createQuitFlow(ports: QuitPorts): QuitFlow {
  let state: State = { kind: 'idle' }

  /** Asks each window in turn; the first one that doesn't close stops the round. */
  async function askEachWindow(): Promise<State> {
    const dirty = new Set(ports.dirtyWindowIds())
    for (const windowId of ports.windowIds()) {
      if (dirty.has(windowId)) ports.focusWindow(windowId)
      const decision = await ports.closeCheck(windowId)
      if (decision === 'cancel') return { kind: 'idle' }
      if (decision === 'save') return { kind: 'waiting-for-save', windowId }
      ports.closeWindow(windowId)
    }
    return { kind: 'approved' }
  }

  return {
    beforeQuit(event) {
      // 'before-quit' comes before any window's 'close'. Once approved, let it
      // through: every window was asked (or was clean) and may close.
      if (state.kind === 'approved') return
      event.preventDefault()
      if (state.kind === 'asking') return
      state = { kind: 'asking' }
      askEachWindow()
        .then((next) => {
          state = next
          if (next.kind !== 'approved') return
          ports.allowAllToClose()
          ports.quit()
        })
        .catch((error: unknown) => {
          state = { kind: 'idle' }
          ports.log('journeywall: quit check failed; staying open', error)
        })
    },
    saveSettled(windowId, saved) {
      if (state.kind !== 'waiting-for-save' || state.windowId !== windowId) return
      state = saved ? { kind: 'waiting-for-close', windowId, until: ports.now() + CLOSE_AFTER_SAVE_MS } : { kind: 'idle' }
    },
    windowClosed(windowId) {
      if (state.kind === 'waiting-for-save' && state.windowId === windowId) {
        // Closed without the save completing (e.g. the page crashed): not a go-ahead.
        state = { kind: 'idle' }
        return
      }
      if (state.kind !== 'waiting-for-close' || state.windowId !== windowId) return
      const inTime = ports.now() <= state.until
      state = { kind: 'idle' }
      // Saved and closed: carry on quitting (asks the remaining windows).
      if (inTime) ports.quit()
    },
  }
}
