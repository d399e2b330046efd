/**
 * The preload: exposes the JourneyApi contract as `window.journeywall`, and
 * nothing else. No logic lives here; main validates every payload.
 *
 * Electron rules followed here (Electron docs, "Process Sandboxing" and
 * "Context Isolation"):
 * - The window is sandboxed, so this runs as ONE classic CommonJS script whose
 *   only run-time `require` is `electron` (the sandbox polyfill loads nothing
 *   else). electron.vite.config.ts emits it as a single out/preload/preload.cjs;
 *   the imports below are inlined by the bundler or are type-only (erased).
 * - zod must NOT end up in this bundle: we import the plain channel lists from
 *   shared/channels.ts, never the schemas from shared/api.ts (types only).
 * - contextIsolation is on, so the page only sees what contextBridge copies
 *   over. We never hand it ipcRenderer itself, nor the IpcRendererEvent (its
 *   `sender` is the ipcRenderer and would let the page send on any channel).
 */
import { contextBridge, ipcRenderer, webUtils } from 'electron'
import type { EventChannel, EventMap, JourneyBridge, RequestChannel, RequestOf, ResponseOf } from '../shared/api'
import { IPC_PREFIX, eventChannelNames, requestChannelNames } from '../shared/channels'
import type { EventChannelName, RequestChannelName } from '../shared/channels'

// Compile-time guard: the plain lists in shared/channels.ts must name exactly
// the channels of the contract in shared/api.ts.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
const _requestListsMatch: Same<RequestChannel, RequestChannelName> = true
const _eventListsMatch: Same<EventChannel, EventChannelName> = true

const requestChannels: ReadonlySet<string> = new Set(requestChannelNames)
const eventChannels: ReadonlySet<string> = new Set(eventChannelNames)

const bridge: JourneyBridge = {
  invoke<C extends RequestChannel>(channel: C, payload: RequestOf<C>): Promise<ResponseOf<C>> {
    // Only channels of the contract; main checks the same again (defence in depth).
    if (typeof channel !== 'string' || !requestChannels.has(channel)) {
      return Promise.reject(new Error(`journeywall: unknown request channel "${String(channel)}"`))
    }
    return ipcRenderer.invoke(IPC_PREFIX + channel, payload) as Promise<ResponseOf<C>>
  },

  on<E extends EventChannel>(channel: E, listener: (payload: EventMap[E]) => void): () => void {
    if (typeof channel !== 'string' || !eventChannels.has(channel)) {
      throw new Error(`journeywall: unknown event channel "${String(channel)}"`)
    }
    if (typeof listener !== 'function') throw new TypeError('journeywall: listener must be a function')
    // Wrap the listener so the page never receives the IpcRendererEvent.
    const wrapped = (_event: Electron.IpcRendererEvent, payload: EventMap[E]): void => listener(payload)
    const wireChannel = IPC_PREFIX + channel
    ipcRenderer.on(wireChannel, wrapped)
    return () => {
      ipcRenderer.removeListener(wireChannel, wrapped)
    }
  },

  pathForFile(file: File): string {
    // Electron 32 removed File.path; webUtils is the supported way to get the
    // real path of a dropped file (it throws for non-File values: return '').
    try {
      return webUtils.getPathForFile(file)
    } catch {
      return ''
    }
  },
}

contextBridge.exposeInMainWorld('journeywall', bridge)
