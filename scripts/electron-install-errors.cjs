/**
 * Loaded with `node --require` in front of electron's install.js by
 * scripts/electron-launcher.mjs. On failure install.js prints `err.stack` and
 * exits 1; the launcher wants only the message, to put it into its own plain
 * two-line advice. So errors go to file descriptor 3 (a pipe the launcher
 * reads), first line only, while stdout/stderr stay on the terminal for the
 * download's progress bar.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded by `node --require`, so CommonJS
const { writeSync } = require('node:fs')

// @electron/get downloads with the global fetch, whose network errors all read
// "fetch failed"; name the host and the reason (ENOTFOUND, ECONNREFUSED…) instead.
const fetchWithReason = globalThis.fetch
globalThis.fetch = (input, init) =>
  fetchWithReason(input, init).catch((error) => {
    const host = URL.canParse(String(input?.url ?? input)) ? new URL(String(input?.url ?? input)).host : String(input)
    const cause = error?.cause
    const reason = cause?.code ?? cause?.message ?? error?.message ?? String(error)
    throw new Error(`cannot reach ${host}: ${reason}`, { cause: error })
  })

console.error = (...args) => {
  const text = args.map((a) => (a instanceof Error ? a.message : String(a))).join(' ')
  const firstLine = (text.split('\n').find((line) => line.trim() !== '') ?? '').replace(/^\w*Error: /, '')
  try {
    writeSync(3, `${firstLine}\n`)
  } catch {
    // No fd 3 (run by hand): say it on stderr as usual, still without the stack.
    process.stderr.write(`${firstLine}\n`)
  }
}
