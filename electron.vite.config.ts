import { resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'electron-vite'
import { workersPlugin } from './workers.config'

// Tests may build into their own folder (parallel work on one machine); the app uses out/.
const outRoot = process.env.JOURNEYWALL_OUT_DIR ? resolve(process.env.JOURNEYWALL_OUT_DIR) : resolve(__dirname, 'out')

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
    plugins: [react()],
    build: {
      outDir: resolve(outRoot, 'renderer'),
      rollupOptions: { input: { index: resolve(__dirname, 'renderer/index.html') } },
    },
  },
})
