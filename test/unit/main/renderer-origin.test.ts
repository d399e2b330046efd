/**
 * Where the renderer comes from and the three rules that follow
 * (main/renderer-origin.ts). The packaged rules must stay exactly as strict as
 * before dev mode existed, whatever the environment says; dev mode relaxes
 * them for one loopback origin only.
 */
import { readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, test } from 'vitest'
import {
  CONTENT_SECURITY_POLICY,
  META_CONTENT_SECURITY_POLICY,
  devContentSecurityPolicy,
  rendererOrigin,
  type RendererOrigin,
} from '../../../main/renderer-origin'

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..')

/** The policy as it was before dev mode existed (main/index.ts at 29cf34b), character for character. */
const STRICT_POLICY =
  "default-src 'self'; img-src 'self' data: blob:; font-src 'self' data:; style-src 'self' 'unsafe-inline'; connect-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

const REQUESTS: Array<[string, boolean]> = [
  ['app://journeywall/index.html', true],
  ['app://journeywall/assets/index.js', true],
  ['devtools://devtools/bundled/inspector.html', true],
  ['data:image/png;base64,AAAA', true],
  ['blob:app://journeywall/1234', true],
  ['http://localhost:5173/', false],
  ['http://localhost:5173/@vite/client', false],
  ['ws://localhost:5173/?token=abc', false],
  ['http://127.0.0.1:5173/', false],
  ['https://example.com/', false],
  ['file:///etc/passwd', false],
  ['app://other/index.html', false],
]

const PAGES: Array<[string, boolean]> = [
  ['app://journeywall/index.html', true],
  ['app://journeywall/', true],
  ['http://localhost:5173/', false],
  ['https://example.com/', false],
  ['file:///work/out/renderer/index.html', false],
]

function expectStrict(origin: RendererOrigin): void {
  expect(origin.startUrl).toBe('app://journeywall/index.html')
  expect(origin.devServer).toBeNull()
  expect(REQUESTS.map(([url]) => [url, origin.isAllowedRequest(url)])).toEqual(REQUESTS)
  expect(PAGES.map(([url]) => [url, origin.isAppPage(url)])).toEqual(PAGES)
}

describe('packaged: no dev mode, ever', () => {
  test('the policy is exactly the strict one', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(STRICT_POLICY)
    expect(META_CONTENT_SECURITY_POLICY).toBe(STRICT_POLICY.replace("; frame-ancestors 'none'", ''))
  })

  test.each([undefined, 'http://localhost:5173', 'http://127.0.0.1:5173'])('ELECTRON_RENDERER_URL=%s changes nothing', (url) => {
    expectStrict(rendererOrigin({ isPackaged: true, devServerUrl: url }))
  })

  test('the built index.html carries the strict policy, not the dev one', () => {
    const html = readFileSync(join(repoRoot, 'out/renderer/index.html'), 'utf8')
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)
    expect(meta?.[1]).toBe(META_CONTENT_SECURITY_POLICY)
    expect(html).not.toContain('script-src')
    expect(html).not.toContain('ws://')
    // The meta comes before any script, so it governs them all.
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'))
  })
})

describe('not packaged', () => {
  test('without ELECTRON_RENDERER_URL: the same strict rules', () => {
    expectStrict(rendererOrigin({ isPackaged: false, devServerUrl: undefined }))
  })

  test.each(['https://example.com:5173', 'http://192.168.1.20:5173', 'file:///tmp/index.html', 'javascript:alert(1)', 'not a url', ''])(
    'a dev server URL off this machine (%s) is refused: strict rules',
    (url) => {
      expectStrict(rendererOrigin({ isPackaged: false, devServerUrl: url }))
    },
  )

  test('npm run dev: that one origin is added to the request filter and the IPC check, nothing else', () => {
    const dev = rendererOrigin({ isPackaged: false, devServerUrl: 'http://localhost:5173' })
    expect(dev.devServer).toBe('http://localhost:5173')
    expect(dev.startUrl).toBe('http://localhost:5173/')
    const allowed = (url: string) => dev.isAllowedRequest(url)
    expect(allowed('http://localhost:5173/@vite/client')).toBe(true)
    expect(allowed('http://localhost:5173/node_modules/.vite/deps/react.js')).toBe(true)
    expect(allowed('ws://localhost:5173/?token=abc')).toBe(true)
    expect(allowed('app://journeywall/index.html')).toBe(true)
    // Another port, a look-alike port, another host, the network: still cancelled.
    expect(allowed('http://localhost:5174/')).toBe(false)
    expect(allowed('http://localhost:51730/')).toBe(false)
    expect(allowed('http://127.0.0.1:5173/')).toBe(false)
    expect(allowed('https://example.com/')).toBe(false)
    expect(dev.isAppPage('http://localhost:5173/')).toBe(true)
    expect(dev.isAppPage('http://localhost:5174/')).toBe(false)
    expect(dev.isAppPage('ws://localhost:5173/')).toBe(false)
    expect(dev.isAppPage('https://example.com/')).toBe(false)
  })

  test("the dev page's policy lets Vite's preamble run and its socket connect, for that origin only", () => {
    const policy = devContentSecurityPolicy('http://localhost:5173')
    expect(policy).toContain("connect-src 'self' ws://localhost:5173")
    expect(policy).toContain("script-src 'self' 'unsafe-inline'")
    // Everything else as strict as the packaged policy.
    const rest = policy
      .split('; ')
      .filter((d) => !d.startsWith('connect-src') && !d.startsWith('script-src'))
      .join('; ')
    expect(rest).toBe(META_CONTENT_SECURITY_POLICY.replace("; connect-src 'none'", ''))
  })
})
