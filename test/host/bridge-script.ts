/**
 * Installed in every page before the app's own scripts: the same
 * `window.journeywall` shape the Electron preload exposes, carried over
 * Playwright's binding instead of IPC. Runs in the browser, so it must be
 * self-contained (no imports, no closures over Node values).
 */
export function installBridge(): void {
  type Listener = (payload: unknown) => void
  const listeners = new Map<string, Set<Listener>>()
  const w = window as unknown as {
    __jwInvoke: (channel: string, payload: unknown) => Promise<unknown>
    __jwEmit: (channel: string, payload: unknown) => void
    __jwDropPaths: Map<File, string>
    journeywall: unknown
  }
  w.__jwDropPaths = new Map()
  w.__jwEmit = (channel, payload) => {
    for (const listener of listeners.get(channel) ?? []) listener(payload)
  }
  w.journeywall = Object.freeze({
    // Payloads cross as JSON text: Playwright's own value serializer walks every
    // object of a 5,000-card project and takes about a second; a string is cheap.
    invoke: async (channel: string, payload: unknown) => {
      const answer = (await w.__jwInvoke(channel, JSON.stringify(payload ?? null))) as string | undefined
      return answer === undefined ? undefined : JSON.parse(answer)
    },
    on: (channel: string, listener: Listener) => {
      let set = listeners.get(channel)
      if (!set) listeners.set(channel, (set = new Set()))
      set.add(listener)
      return () => set.delete(listener)
    },
    // Electron's webUtils.getPathForFile stand-in: tests register dropped files' paths.
    pathForFile: (file: File) => w.__jwDropPaths.get(file) ?? '',
  })
}
