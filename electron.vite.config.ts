import { resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'electron-vite'
import type { Plugin } from 'vite'
import { META_CONTENT_SECURITY_POLICY, devContentSecurityPolicy, devServerOrigin } from './main/renderer-origin'
import { fontsourcePackage, keepShippedFontFaces } from './renderer/font-subsets'
import { workersPlugin } from './workers.config'

// Tests may build into their own folder (parallel work on one machine); the app uses out/.
const outRoot = process.env.JOURNEYWALL_OUT_DIR ? resolve(process.env.JOURNEYWALL_OUT_DIR) : resolve(__dirname, 'out')

/**
 * The page's Content-Security-Policy <meta>, from the one definition in
 * main/renderer-origin.ts (main sends the same policy as a header). In a build:
 * the strict policy. Under `npm run dev` only (the dev server; never in out/):
 * relaxed for that server's origin, so Vite's inline React-refresh preamble
 * runs and its HMR websocket connects.
 */
function contentSecurityPolicy(): Plugin {
  const placeholder = /<!-- Content-Security-Policy: [^>]*-->/
  return {
    name: 'journeywall-content-security-policy',
    transformIndexHtml: {
      order: 'pre',
      handler(html, ctx) {
        let policy = META_CONTENT_SECURITY_POLICY
        if (ctx.server) {
          // electron-vite dev sets ELECTRON_RENDERER_URL once the server listens; that is what Electron loads.
          const origin = devServerOrigin(process.env.ELECTRON_RENDERER_URL ?? ctx.server.resolvedUrls?.local[0])
          if (origin) policy = devContentSecurityPolicy(origin)
        }
        // In place of the placeholder: after <meta charset>, before every script.
        if (!placeholder.test(html)) throw new Error('renderer/index.html lost its Content-Security-Policy placeholder')
        return html.replace(placeholder, `<meta http-equiv="Content-Security-Policy" content="${policy}" />`)
      },
    },
  }
}

/** Ships only the font subsets the app's languages use, woff2 only (renderer/font-subsets.ts). */
function shippedFontSubsets(): Plugin {
  return {
    name: 'journeywall-font-subsets',
    // Before Vite's CSS plugin turns the url()s into bundled files.
    enforce: 'pre',
    transform(code, id) {
      const pkg = fontsourcePackage(id)
      return pkg ? { code: keepShippedFontFaces(pkg, code), map: null } : null
    },
  }
}

export default defineConfig({
  main: {
    // Worker threads (file parsing) as self-contained .cjs files beside index.js.
    plugins: [workersPlugin(__dirname)],
    build: {
      outDir: resolve(outRoot, 'main'),
      rollupOptions: { input: { index: resolve(__dirname, 'main/index.ts') } },
    },
  },
  preload: {
    build: {
      outDir: resolve(outRoot, 'preload'),
      rollupOptions: {
        input: { preload: resolve(__dirname, 'main/preload.ts') },
        // A sandboxed preload is one classic script: CommonJS, no chunks, only
        // `electron` may be required at run time (Electron docs, "Process Sandboxing").
        output: { format: 'cjs', entryFileNames: '[name].cjs', codeSplitting: false },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    // Relative asset URLs so the same build loads from app:// and from the test host.
    base: './',
    plugins: [contentSecurityPolicy(), shippedFontSubsets(), react()],
    build: {
      outDir: resolve(outRoot, 'renderer'),
      rollupOptions: { input: { index: resolve(__dirname, 'renderer/index.html') } },
    },
  },
})
