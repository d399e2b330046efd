/**
 * Binds the JourneyApi handler table to ipcMain.
 *
 * Every request is checked before a handler sees it (Electron security
 * checklist, "17. Validate the sender of all IPC messages"; files arrive by
 * email, so the renderer is treated as untrusted):
 *   1. sender: the frame that sent it must be the MAIN frame of one of OUR
 *      project windows, currently showing app://journeywall/ (or, only in an
 *      unpackaged `npm run dev`, the dev server; main/renderer-origin.ts) — never a
 *      subframe, never a page that somehow navigated elsewhere;
 *   2. shape: the payload must pass the channel's zod schema from shared/api.ts.
 * The window the request came from becomes CallContext.windowId, so a handler
 * can only act on behalf of the window that asked.
 */
import { BrowserWindow, ipcMain } from 'electron'
import type { IpcMainInvokeEvent } from 'electron'
import { IPC_PREFIX, requestSchemas } from '../shared/api'
import type { RequestChannel, RequestOf, ResponseOf } from '../shared/api'
import type { Handlers } from './handlers'
import type { CallContext } from './ports'
import { validateRequest } from './validate-request'

export interface IpcBinding {
  handlers: Handlers
  /** True for windows created by main/window.ts (not devtools, not a print window). */
  isProjectWindow(win: BrowserWindow): boolean
  /** True for our pages: app://journeywall/ (plus the dev server in `npm run dev`; main/renderer-origin.ts). */
  isAppPage(url: string): boolean
  /** Called after a request succeeds (e.g. to refresh the Open Recent menu). */
  afterCall?(channel: RequestChannel, ctx: CallContext): void
}

/** Why a request was refused; the message reaches the renderer's rejected promise. */
export class IpcRefused extends Error {
  override name = 'IpcRefused'
}

/** Resolves the calling project window, or throws if the sender is not one we trust. */
export function callerWindow(
  event: IpcMainInvokeEvent,
  isProjectWindow: (win: BrowserWindow) => boolean,
  isAppPage: (url: string) => boolean,
): BrowserWindow {
  const frame = event.senderFrame
  // senderFrame is null when the frame navigated away or was destroyed meanwhile.
  if (!frame) throw new IpcRefused('sender frame is gone')
  // Only the top-level document may talk to main; a subframe (even our own) may not.
  // (Compared by process + routing id, not by object identity of the wrappers.)
  const main = event.sender.mainFrame
  if (frame.parent !== null || frame.processId !== main.processId || frame.routingId !== main.routingId) {
    throw new IpcRefused('sender is not a main frame')
  }
  if (!isAppPage(frame.url)) throw new IpcRefused('sender is not a Journeywall page')
  const win = BrowserWindow.fromWebContents(event.sender)
  if (!win || win.isDestroyed() || !isProjectWindow(win)) throw new IpcRefused('sender is not a Journeywall window')
  return win
}

/** Registers one `ipcMain.handle` per request channel; returns a function that removes them. */
export function bindIpc(binding: IpcBinding): () => void {
  const channels = Object.keys(requestSchemas) as RequestChannel[]
  for (const channel of channels) {
    ipcMain.handle(IPC_PREFIX + channel, (event, payload: unknown) => handle(binding, channel, event, payload))
  }
  return () => {
    for (const channel of channels) ipcMain.removeHandler(IPC_PREFIX + channel)
  }
}

async function handle<C extends RequestChannel>(
  binding: IpcBinding,
  channel: C,
  event: IpcMainInvokeEvent,
  payload: unknown,
): Promise<ResponseOf<C>> {
  const win = callerWindow(event, binding.isProjectWindow, binding.isAppPage)
  // The same zod check the test host runs (main/validate-request.ts): throws a
  // clear "Rejected <channel> request: … at <field>" error the renderer sees.
  const data = validateRequest(channel, payload)
  const ctx: CallContext = { windowId: String(win.id) }
  const handler = binding.handlers[channel] as (ctx: CallContext, payload: RequestOf<C>) => Promise<ResponseOf<C>>
  const result = await handler(ctx, data)
  binding.afterCall?.(channel, ctx)
  return result
}
