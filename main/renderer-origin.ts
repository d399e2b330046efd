/**
 * Where the renderer comes from, and the three rules that follow from it:
 * the Content-Security-Policy, which requests the session lets through
 * (main/index.ts), and which page may talk to main over IPC (main/ipc.ts).
 * No electron import: the rules are unit-tested (test/unit/main/renderer-origin).
 *
 * Normally (always in a packaged app) the renderer is the built files in
 * out/renderer, served by our own `app://journeywall/` protocol.
 *
 * `npm run dev` (electron-vite dev) serves the renderer from Vite's dev server
 * instead and tells Electron where through ELECTRON_RENDERER_URL. Dev mode
 * exists only when the app is NOT packaged and that variable names a loopback
 * http(s) origin; then exactly those three rules are relaxed for that one
 * origin: the request filter and the IPC sender check accept it, and the page's
 * CSP (injected by the Vite plugin in electron.vite.config.ts) lets Vite's
 * inline React-refresh preamble run and its HMR socket connect. A packaged app
 * never reads the variable.
 */

export const APP_SCHEME = 'app'
export const APP_HOST = 'journeywall'
/** The only origin pages are served from outside development. */
export const APP_ORIGIN_PREFIX = `${APP_SCHEME}://${APP_HOST}/`

/** The policy of every page we serve (as a header from main/index.ts, and as a meta tag in the built index.html). */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "style-src 'self' 'unsafe-inline'",
  "connect-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ')

/** The same policy for a <meta> tag, which can't carry frame-ancestors (the header does). */
export const META_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY.split('; ')
  .filter((directive) => !directive.startsWith('frame-ancestors'))
  .join('; ')

/**
 * The page's policy while developing with Vite's dev server at `devOrigin`:
 * the packaged policy plus, for that origin only, inline scripts (Vite's
 * React-refresh preamble) and connections to it (module fetches and the HMR
 * websocket). Never used in a build.
 */
export function devContentSecurityPolicy(devOrigin: string): string {
  const socket = devOrigin.replace(/^http/, 'ws')
  return META_CONTENT_SECURITY_POLICY.split('; ')
    .map((directive) => (directive.startsWith('connect-src') ? `connect-src 'self' ${socket}` : directive))
    .concat(`script-src 'self' 'unsafe-inline'`)
    .join('; ')
}

export interface RendererOrigin {
  /** What every project window loads. */
  startUrl: string
  /** Vite's dev server origin in development, else null. */
  devServer: string | null
  /** May a page at this URL talk to main (IPC sender check)? */
  isAppPage(url: string): boolean
  /** May the session let this request through (everything else is cancelled)? */
  isAllowedRequest(url: string): boolean
}

/** Same as the URL's origin, with ws(s) mapped to http(s) (HMR's socket lives on the dev server's origin). */
function originOf(url: string): string | null {
  try {
    const parsed = new URL(url)
    const protocol = parsed.protocol === 'ws:' ? 'http:' : parsed.protocol === 'wss:' ? 'https:' : parsed.protocol
    return `${protocol}//${parsed.host}`
  } catch {
    return null
  }
}

/** A dev server URL we accept: http(s) on this machine only (localhost, 127.0.0.1, ::1). */
export function devServerOrigin(url: string | undefined): string | null {
  if (!url) return null
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return null
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null
  if (!['localhost', '127.0.0.1', '[::1]'].includes(parsed.hostname)) return null
  return parsed.origin
}

function isBuiltAppUrl(url: string): boolean {
  return url.startsWith(APP_ORIGIN_PREFIX)
}

/** Our app files, devtools' own pages, and in-page data:/blob: images, which never leave the machine. */
function isAlwaysAllowed(url: string): boolean {
  return isBuiltAppUrl(url) || url.startsWith('devtools://') || url.startsWith('data:') || url.startsWith('blob:')
}

export function rendererOrigin({ isPackaged, devServerUrl }: { isPackaged: boolean; devServerUrl: string | undefined }): RendererOrigin {
  // A packaged app has no dev mode, whatever its environment says.
  const devServer = isPackaged ? null : devServerOrigin(devServerUrl)
  if (devServer === null) {
    return { startUrl: `${APP_ORIGIN_PREFIX}index.html`, devServer: null, isAppPage: isBuiltAppUrl, isAllowedRequest: isAlwaysAllowed }
  }
  const fromDevServer = (url: string) => originOf(url) === devServer
  return {
    startUrl: `${devServer}/`,
    devServer,
    isAppPage: (url) => isBuiltAppUrl(url) || (fromDevServer(url) && !url.startsWith('ws')),
    isAllowedRequest: (url) => isAlwaysAllowed(url) || fromDevServer(url),
  }
}
