/**
 * `npm run bench` (see bench/README.md). Generates the benchmark maps, builds
 * the app and the plain-Konva reference page, then in headless Debian Chromium
 * (software rendering, frame rate uncapped, 1280×800) measures for each size:
 * time to first render, frame times over a scripted pan + zoom, JS heap, and
 * on the largest board the keystroke-to-paint latency in the card editor.
 * Results: bench/results/<timestamp>.json, bench/results/latest.json, and a
 * table on stdout. Nothing goes to the network: every request is routed, and
 * any that is not the page's own files is recorded, refused, and fails the run.
 */
import { spawn } from 'node:child_process'
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { cpus, loadavg, tmpdir, totalmem } from 'node:os'
import { extname, join, normalize, resolve, sep } from 'node:path'
import { parseArgs } from 'node:util'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { CHROMIUM_ARGS, CHROMIUM_PATH, launchChromium } from '../test/host/chromium'
import { BENCH_SIZES, mapFileName, writeBenchMaps } from './generate'
import {
  hooksPresent,
  installKeyProbe,
  keyLatencies,
  keyLatencyCount,
  panZoomScript,
  startEditing,
  waitFirstRender,
  type PanZoomFrames,
} from './in-page'
import type { PrintBenchResult } from './print-a0'
import { referenceViteConfig } from './reference/vite.config'

const ROOT = process.env.JOURNEYWALL_BENCH_ROOT ?? process.cwd()
const APP_OUT_DIR = resolve(process.env.JOURNEYWALL_OUT_DIR ?? join(tmpdir(), 'jw-out-bench'))
const REFERENCE_ORIGIN = 'http://journeywall-reference.test'
const VIEWPORT = { width: 1280, height: 800 }

/**
 * Uncapped frames, software rendering. `--disable-gpu` makes Chromium raster
 * the 2D canvas on the CPU (Skia), as on a machine without a usable GPU.
 */
export const BENCH_CHROMIUM_ARGS = ['--disable-frame-rate-limit', '--disable-gpu-vsync', '--disable-gpu']

/** Targets from issue 3, "Performance". */
const TARGETS: Record<number, { medianMs?: number; p95Ms?: number; firstRenderMs?: number; keystrokeMs?: number }> = {
  2000: { medianMs: 10, p95Ms: 25 },
  5000: { medianMs: 12, p95Ms: 33, firstRenderMs: 1500, keystrokeMs: 16 },
}

interface FrameStats {
  frames: number
  medianMs: number
  p95Ms: number
  maxMs: number
}

interface Repetition {
  firstRenderMs: number
  heapAfterLoadMB: number
  heapAfterRunMB: number
  all: FrameStats
  pan: FrameStats
  zoom: FrameStats
  maxSetCameraMs: number
  board: { width: number; height: number }
  /** Reference page only: milestones of its first render, ms since navigation start. */
  phases?: Record<string, number> | null
}

interface KeystrokeResult {
  keys: number
  medianMs: number
  maxMs: number
  latenciesMs: number[]
  cardId: string | null
  focused: string
}

interface Row {
  target: 'app' | 'reference'
  size: number
  status: 'ok' | 'board hooks missing' | 'error'
  error?: string
  repetitions: Repetition[]
  /** Medians over the repetitions. */
  summary?: {
    firstRenderMs: number
    medianMs: number
    p95Ms: number
    panMedianMs: number
    panP95Ms: number
    zoomMedianMs: number
    zoomP95Ms: number
    heapAfterLoadMB: number
    heapAfterRunMB: number
  }
  keystroke?: KeystrokeResult
  ratioToReference?: { median: number; p95: number }
  verdict?: { pass: boolean; checks: Array<{ what: string; value: number; limit: number; pass: boolean }> }
}

function profileFile(options: Options, target: Row['target'], size: number): string | null {
  return options.profile ? join(options.resultsDir, `${options.stamp}-${target}-${size}.cpuprofile.json`) : null
}

interface Options {
  sizes: number[]
  repeats: number
  build: boolean
  targets: Array<'app' | 'reference'>
  panMs: number
  zoomMs: number
  keys: number
  warmup: boolean
  /** Write a CPU profile of the first pan + zoom of every row next to the results. */
  profile: boolean
  /** Also time a 2,000-card map printed to one A0 PDF. */
  print: boolean
  /** Keep the generated maps in this folder (otherwise a temp folder, removed at the end). */
  mapsDir: string | null
  resultsDir: string
  stamp: string
}

function parseOptions(argv: string[], started: Date): Options {
  const { values } = parseArgs({
    args: argv,
    options: {
      sizes: { type: 'string' },
      repeats: { type: 'string' },
      'no-build': { type: 'boolean' },
      only: { type: 'string' },
      quick: { type: 'boolean' },
      'no-warmup': { type: 'boolean' },
      profile: { type: 'boolean' },
      'no-print': { type: 'boolean' },
      maps: { type: 'string' },
      help: { type: 'boolean' },
    },
  })
  if (values.help) {
    console.log(`npm run bench -- [--sizes 500,2000,5000] [--repeats 3] [--only app|reference] [--no-build] [--quick]
  --sizes    card counts to generate and measure (default 500,2000,5000)
  --repeats  runs per size and page; the table shows medians over them (default 3)
  --only     measure only the app or only the reference page
  --no-build reuse the app build in $JOURNEYWALL_OUT_DIR (default ${APP_OUT_DIR})
  --no-warmup skip the unmeasured first load in each browser
  --profile  also save a V8 CPU profile of each row's first pan + zoom:
             bench/results/<time>-<page>-<cards>.cpuprofile.json (DevTools > Performance > Load profile)
  --no-print skip the A0 print measurement (2,000 cards to one A0 PDF)
  --maps DIR write the generated .journey maps to DIR and keep them (to open them in the app by hand)
  --quick    1 s pan + 1 s zoom, 1 repetition (a smoke run, numbers not comparable)`)
    process.exit(0)
  }
  const sizes = values.sizes ? values.sizes.split(',').map((s) => Number(s.trim())) : [...BENCH_SIZES]
  if (sizes.some((n) => !Number.isInteger(n) || n < 1 || n > 100_000)) throw new Error(`Bad --sizes ${values.sizes}`)
  const only = values.only
  if (only !== undefined && only !== 'app' && only !== 'reference') throw new Error('--only takes app or reference')
  return {
    sizes,
    repeats: values.quick ? 1 : Math.max(1, Number(values.repeats ?? 3)),
    build: !values['no-build'],
    targets: only === 'app' || only === 'reference' ? [only] : ['reference', 'app'],
    panMs: values.quick ? 1000 : 4000,
    zoomMs: values.quick ? 1000 : 4000,
    keys: 20,
    warmup: !values['no-warmup'],
    profile: Boolean(values.profile),
    print: !values['no-print'],
    mapsDir: values.maps ? resolve(values.maps) : null,
    resultsDir: join(ROOT, 'bench', 'results'),
    stamp: started.toISOString().replace(/[:.]/g, '-'),
  }
}

// ---------------------------------------------------------------- statistics

function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return NaN
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))
  return sorted[i] as number
}

function frameStats(values: number[]): FrameStats {
  const sorted = [...values].sort((a, b) => a - b)
  return { frames: sorted.length, medianMs: round(quantile(sorted, 0.5)), p95Ms: round(quantile(sorted, 0.95)), maxMs: round(sorted[sorted.length - 1] ?? NaN) }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  if (sorted.length === 0) return NaN
  const mid = sorted.length >> 1
  return round(sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2)
}

function round(n: number, digits = 2): number {
  const f = 10 ** digits
  return Math.round(n * f) / f
}

// ---------------------------------------------------------------- builds

function runCommand(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout.on('data', (d: Buffer) => (output += d.toString()))
    child.stderr.on('data', (d: Buffer) => (output += d.toString()))
    child.on('error', reject)
    child.on('exit', (code) => (code === 0 ? resolvePromise() : reject(new Error(`${command} ${args.join(' ')} failed (${code}):\n${output.slice(-4000)}`))))
  })
}

async function buildApp(): Promise<void> {
  // Vite doesn't empty an out folder outside the project: clear the bench's own one so hashed bundles don't pile up.
  if (APP_OUT_DIR === resolve(tmpdir(), 'jw-out-bench')) await rm(APP_OUT_DIR, { recursive: true, force: true })
  const bin = join(ROOT, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js')
  await runCommand(process.execPath, [bin, 'build'], { ...process.env, JOURNEYWALL_OUT_DIR: APP_OUT_DIR })
}

async function buildReference(outDir: string): Promise<void> {
  const { build } = await import('vite')
  await build({ ...referenceViteConfig(outDir), root: join(ROOT, 'bench', 'reference') })
}

// ---------------------------------------------------------------- measuring one page

async function heapUsedMB(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page)
  try {
    await cdp.send('HeapProfiler.enable')
    await cdp.send('HeapProfiler.collectGarbage')
    await cdp.send('Performance.enable')
    const { metrics } = await cdp.send('Performance.getMetrics')
    const used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN
    return round(used / 2 ** 20, 1)
  } finally {
    await cdp.detach().catch(() => {})
  }
}

async function waitForHooks(page: Page, timeoutMs: number): Promise<boolean> {
  try {
    await page.waitForFunction(hooksPresent, undefined, { timeout: timeoutMs, polling: 50 })
    return true
  } catch {
    return false
  }
}

/** Runs `work` under the V8 sampling profiler and writes a .cpuprofile (open it in Chrome DevTools > Performance). */
async function profiled<T>(page: Page, file: string | null, work: () => Promise<T>): Promise<T> {
  if (!file) return work()
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Profiler.enable')
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 })
  await cdp.send('Profiler.start')
  try {
    return await work()
  } finally {
    const { profile } = await cdp.send('Profiler.stop')
    await writeFile(file, JSON.stringify(profile))
    await cdp.detach().catch(() => {})
  }
}

interface ProfileNode {
  id: number
  hitCount?: number
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }
}

/** The functions with the most self time in a saved .cpuprofile, as "share  name  file:line". */
export async function topSelfTime(file: string, count = 12): Promise<string[]> {
  const profile = JSON.parse(await readFile(file, 'utf8')) as { nodes: ProfileNode[] }
  const byFrame = new Map<string, number>()
  let total = 0
  for (const node of profile.nodes) {
    const hits = node.hitCount ?? 0
    total += hits
    const { functionName, url, lineNumber, columnNumber } = node.callFrame
    const where = url ? `${url.replace(/^.*\//, '')}:${lineNumber + 1}:${columnNumber + 1}` : ''
    const key = `${functionName || '(anonymous)'}  ${where}`
    byFrame.set(key, (byFrame.get(key) ?? 0) + hits)
  }
  return [...byFrame.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([key, hits]) => `${((100 * hits) / Math.max(1, total)).toFixed(1).padStart(5)} %  ${key}`)
}

async function measurePage(page: Page, options: Options, profileFile: string | null = null): Promise<Repetition> {
  const firstRenderMs = round(await page.evaluate(waitFirstRender), 1)
  const phases = await page.evaluate(() => (window as { __referencePhases?: Record<string, number> }).__referencePhases ?? null)
  // Let the load settle (fonts, idle work) before measuring the heap and frames.
  await page.waitForTimeout(500)
  const heapAfterLoadMB = await heapUsedMB(page)
  const frames: PanZoomFrames = await profiled(page, profileFile, () => page.evaluate(panZoomScript, { panMs: options.panMs, zoomMs: options.zoomMs }))
  const heapAfterRunMB = await heapUsedMB(page)
  return {
    firstRenderMs,
    heapAfterLoadMB,
    heapAfterRunMB,
    all: frameStats([...frames.pan, ...frames.zoom]),
    pan: frameStats(frames.pan),
    zoom: frameStats(frames.zoom),
    maxSetCameraMs: round(frames.maxSetCameraMs),
    board: { width: frames.bounds.width, height: frames.bounds.height },
    ...(phases ? { phases } : {}),
  }
}

async function measureKeystrokes(page: Page, keys: number): Promise<KeystrokeResult> {
  await page.evaluate(installKeyProbe)
  const { cardId, focused } = await page.evaluate(startEditing)
  // Give the editor its frame to appear before typing.
  await page.waitForTimeout(300)
  const text = 'journey map note xyz'.padEnd(keys, 'q').slice(0, keys)
  for (let i = 0; i < text.length; i++) {
    await page.keyboard.press(text[i] === ' ' ? 'Space' : (text[i] as string))
    await page.waitForFunction(keyLatencyCount, i + 1, { polling: 10, timeout: 5000 })
    // Spaced like quick typing (~10 keys a second), so one key's work doesn't spill into the next.
    await page.waitForTimeout(80)
  }
  const latencies = (await page.evaluate(keyLatencies)).map((n) => round(n))
  const sorted = [...latencies].sort((a, b) => a - b)
  return { keys: latencies.length, medianMs: median(latencies), maxMs: sorted[sorted.length - 1] ?? NaN, latenciesMs: latencies, cardId, focused }
}

function summarize(reps: Repetition[]): NonNullable<Row['summary']> {
  const m = (f: (r: Repetition) => number) => median(reps.map(f))
  return {
    firstRenderMs: m((r) => r.firstRenderMs),
    medianMs: m((r) => r.all.medianMs),
    p95Ms: m((r) => r.all.p95Ms),
    panMedianMs: m((r) => r.pan.medianMs),
    panP95Ms: m((r) => r.pan.p95Ms),
    zoomMedianMs: m((r) => r.zoom.medianMs),
    zoomP95Ms: m((r) => r.zoom.p95Ms),
    heapAfterLoadMB: m((r) => r.heapAfterLoadMB),
    heapAfterRunMB: m((r) => r.heapAfterRunMB),
  }
}

// ---------------------------------------------------------------- the reference page

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.journey': 'application/json',
}

async function routeReference(context: BrowserContext, pageDir: string, mapsDir: string, foreign: string[]): Promise<void> {
  // Maps go to the page as compact JSON, read once: the app's renderer, too,
  // gets the project compact (the host's binding), not the pretty-printed file.
  const compact = new Map<string, Buffer>()
  const mapBytes = async (file: string) => {
    let bytes = compact.get(file)
    if (!bytes) compact.set(file, (bytes = Buffer.from(JSON.stringify(JSON.parse(await readFile(file, 'utf8'))))))
    return bytes
  }
  // Prepared before any page asks, so no page waits for it.
  for (const name of await readdir(mapsDir)) if (name.endsWith('.journey')) await mapBytes(join(mapsDir, name))
  await context.route('**/*', async (route) => {
    const url = route.request().url()
    if (!url.startsWith(`${REFERENCE_ORIGIN}/`)) {
      foreign.push(url)
      return route.abort('blockedbyclient')
    }
    const relative = decodeURIComponent(new URL(url).pathname).replace(/^\/+/, '')
    const isMap = relative.startsWith('data/')
    const [base, rest] = isMap ? [mapsDir, relative.slice(5)] : [pageDir, relative || 'index.html']
    const file = normalize(join(base, rest))
    if (!file.startsWith(base + sep)) return route.fulfill({ status: 403 })
    try {
      const body = isMap ? await mapBytes(file) : await readFile(file)
      return route.fulfill({ status: 200, body, contentType: MIME[extname(file)] ?? 'application/octet-stream' })
    } catch {
      return route.fulfill({ status: 404, body: 'not found' })
    }
  })
}

/** Chromium's own account of how it renders (e.g. 2d_canvas: unavailable_software). */
async function gpuFeatureStatus(browser: Browser): Promise<Record<string, string> | null> {
  try {
    const cdp = await browser.newBrowserCDPSession()
    const info = (await cdp.send('SystemInfo.getInfo')) as { gpu: { featureStatus: Record<string, string> } }
    await cdp.detach()
    return info.gpu.featureStatus
  } catch {
    return null
  }
}

interface Environment {
  gpu: Record<string, string> | null
  version: string
}

/** A page kind the bench can open a map in: the reference page or the app. */
interface Target {
  name: Row['target']
  /** A fresh page showing the map, once the bench hooks exist; or why not. */
  open(size: number, label: string): Promise<{ page: Page } | { missing: string }>
  consoleErrors(): string[]
  close(): Promise<void>
}

async function referenceTarget(pageDir: string, mapsDir: string, foreign: string[], environment: Environment): Promise<Target> {
  const chromium = await launchChromium(BENCH_CHROMIUM_ARGS)
  environment.gpu = await gpuFeatureStatus(chromium.browser)
  environment.version = chromium.browser.version()
  const context = await chromium.browser.newContext({ viewport: VIEWPORT, locale: 'en-US' })
  await routeReference(context, pageDir, mapsDir, foreign)
  const errors: string[] = []
  return {
    name: 'reference',
    async open(size) {
      const page = await context.newPage()
      page.on('pageerror', (e) => errors.push(String(e)))
      await page.goto(`${REFERENCE_ORIGIN}/index.html?map=${encodeURIComponent(mapFileName(size))}`)
      if (!(await waitForHooks(page, 30_000))) throw new Error(`the reference page did not start: ${errors.join('; ') || 'no hooks'}`)
      return { page }
    },
    consoleErrors: () => errors,
    async close() {
      await chromium.browser.close().catch(() => {})
      chromium.kill()
    },
  }
}

async function appTarget(mapsDir: string, workDir: string, foreign: string[]): Promise<Target> {
  // Loaded here (not at the top): the host reads JOURNEYWALL_OUT_DIR when its module loads.
  const { TestHost } = await import('../test/host/host')
  const dataDir = join(workDir, 'app-data')
  const copies = join(workDir, 'opened')
  await mkdir(dataDir, { recursive: true })
  await mkdir(copies, { recursive: true })
  const host = await TestHost.start({ dataDir, windowQuery: '?bench=1', chromiumArgs: BENCH_CHROMIUM_ARGS, viewport: VIEWPORT })
  return {
    name: 'app',
    async open(size, label) {
      // A fresh copy each time: the app would only focus a file it already has open.
      const file = join(copies, `app-${size}-${label}.journey`)
      await copyFile(join(mapsDir, mapFileName(size)), file)
      const before = new Set(host.windowIds())
      const outcome = await host.services.openPath(file, null)
      if (outcome.kind !== 'opened-in-new-window' && outcome.kind !== 'opened') throw new Error(`openPath: ${JSON.stringify(outcome)}`)
      const page = await host.window(await newWindowId(host, before))
      if (!(await waitForHooks(page, 20_000))) {
        await page.close()
        return { missing: 'board hooks missing' }
      }
      return { page }
    },
    consoleErrors: () => host.consoleErrors,
    async close() {
      foreign.push(...host.foreignRequests)
      await host.close()
    },
  }
}

async function newWindowId(host: { windowIds(): string[] }, before: Set<string>): Promise<string> {
  const deadline = Date.now() + 15_000
  while (Date.now() < deadline) {
    const fresh = host.windowIds().find((id) => !before.has(id))
    if (fresh) return fresh
    await new Promise((r) => setTimeout(r, 10))
  }
  throw new Error('the app did not open a window for the file')
}

/**
 * Sizes × repetitions, and within each repetition every target in turn
 * (reference, then app), so both see the same machine load and the ratio
 * between them stays meaningful when other work comes and goes.
 */
async function runAll(targets: Target[], options: Options, log: (s: string) => void): Promise<Row[]> {
  const rows = new Map<string, Row>()
  const key = (target: string, size: number) => `${target}/${size}`
  for (const target of targets) for (const size of options.sizes) rows.set(key(target.name, size), { target: target.name, size, status: 'ok', repetitions: [] })
  const largest = Math.max(...options.sizes)

  if (options.warmup) {
    // One unmeasured load per browser, so the first measured row doesn't pay for a cold start.
    for (const target of targets) {
      const opened = await target.open(Math.min(...options.sizes), 'warmup').catch(() => null)
      if (opened && 'page' in opened) {
        await opened.page.evaluate(panZoomScript, { panMs: 500, zoomMs: 500 })
        await opened.page.close()
      }
    }
  }

  for (const size of options.sizes) {
    for (let r = 0; r < options.repeats; r++) {
      for (const target of targets) {
        const row = rows.get(key(target.name, size)) as Row
        if (row.status !== 'ok') continue
        try {
          const opened = await target.open(size, String(r + 1))
          if ('missing' in opened) {
            log(`  ${target.name} ${size}: ${opened.missing} (window.__journeywallBench not installed with ?bench=1)`)
            // Every size would say the same.
            for (const other of rows.values()) if (other.target === target.name) other.status = 'board hooks missing'
            continue
          }
          const { page } = opened
          const rep = await measurePage(page, options, r === 0 ? profileFile(options, target.name, size) : null)
          row.repetitions.push(rep)
          log(`  ${target.name} ${size} #${r + 1}: first ${rep.firstRenderMs} ms, median ${rep.all.medianMs} ms, p95 ${rep.all.p95Ms} ms, ${rep.all.frames} frames`)
          if (target.name === 'app' && r === 0 && size === largest) {
            try {
              row.keystroke = await measureKeystrokes(page, options.keys)
              log(`  ${target.name} ${size} keystrokes: median ${row.keystroke.medianMs} ms, max ${row.keystroke.maxMs} ms (focus: ${row.keystroke.focused})`)
            } catch (error) {
              log(`  ${target.name} ${size} keystrokes failed: ${String(error)}`)
            }
          }
          await page.close()
        } catch (error) {
          row.status = 'error'
          row.error = String(error)
          log(`  ${target.name} ${size}: ${row.error}`)
        }
      }
    }
  }
  for (const row of rows.values()) if (row.repetitions.length > 0 && row.status === 'ok') row.summary = summarize(row.repetitions)
  for (const target of targets) {
    const errors = [...new Set(target.consoleErrors())]
    if (errors.length) log(`  ${target.name} console errors (${errors.length} distinct): ${errors.slice(0, 3).map((e) => e.trim().slice(0, 160)).join(' | ')}`)
  }
  return [...rows.values()]
}

// ---------------------------------------------------------------- verdicts and the table

function judge(rows: Row[]): void {
  for (const row of rows) {
    const ref = rows.find((r) => r.target === 'reference' && r.size === row.size && r.summary)
    if (row.target === 'app' && row.summary && ref?.summary) {
      row.ratioToReference = { median: round(row.summary.medianMs / ref.summary.medianMs), p95: round(row.summary.p95Ms / ref.summary.p95Ms) }
    }
    const target = TARGETS[row.size]
    if (!row.summary || !target) continue
    const checks: NonNullable<Row['verdict']>['checks'] = []
    if (target.medianMs !== undefined) checks.push({ what: 'median frame', value: row.summary.medianMs, limit: target.medianMs, pass: row.summary.medianMs <= target.medianMs })
    if (target.p95Ms !== undefined) checks.push({ what: 'p95 frame', value: row.summary.p95Ms, limit: target.p95Ms, pass: row.summary.p95Ms <= target.p95Ms })
    if (target.firstRenderMs !== undefined) {
      checks.push({ what: 'first render', value: row.summary.firstRenderMs, limit: target.firstRenderMs, pass: row.summary.firstRenderMs <= target.firstRenderMs })
    }
    if (target.keystrokeMs !== undefined && row.target === 'app') {
      const value = row.keystroke?.medianMs ?? NaN
      checks.push({ what: 'keystroke (median)', value, limit: target.keystrokeMs, pass: value <= target.keystrokeMs })
    }
    row.verdict = { pass: checks.every((c) => c.pass), checks }
  }
}

function table(rows: Row[]): string {
  const header = ['page', 'cards', 'first render', 'median', 'p95', 'pan med/p95', 'zoom med/p95', 'heap load/run MB', '× ref med/p95', 'keys med/max', 'verdict']
  const fmt = (n: number | undefined, unit = '') => (n === undefined || Number.isNaN(n) ? '–' : `${n}${unit}`)
  const lines = rows.map((row) => {
    const s = row.summary
    if (!s) return [row.target, String(row.size), row.status === 'ok' ? '–' : row.status + (row.error ? `: ${row.error.split('\n')[0]}` : '')]
    const failed = row.verdict?.checks.filter((c) => !c.pass).map((c) => `${c.what} ${c.value} > ${c.limit}`) ?? []
    return [
      row.target,
      String(row.size),
      fmt(s.firstRenderMs, ' ms'),
      fmt(s.medianMs, ' ms'),
      fmt(s.p95Ms, ' ms'),
      `${fmt(s.panMedianMs)}/${fmt(s.panP95Ms)}`,
      `${fmt(s.zoomMedianMs)}/${fmt(s.zoomP95Ms)}`,
      `${fmt(s.heapAfterLoadMB)}/${fmt(s.heapAfterRunMB)}`,
      row.ratioToReference ? `${row.ratioToReference.median}/${row.ratioToReference.p95}` : '–',
      row.keystroke ? `${row.keystroke.medianMs}/${row.keystroke.maxMs}` : '–',
      !row.verdict ? 'no target' : row.verdict.pass ? 'PASS' : `FAIL (${failed.join('; ')})`,
    ]
  })
  const widths = header.map((h, i) => Math.max(h.length, ...lines.filter((l) => l.length > 3).map((l) => (l[i] ?? '').length)))
  const render = (cells: string[]) =>
    cells.length <= 3 ? `${cells[0]!.padEnd(widths[0]!)}  ${cells[1]!.padStart(widths[1]!)}  ${cells[2]}` : cells.map((c, i) => (i <= 1 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ')
  return [render(header), widths.map((w) => '-'.repeat(w)).join('  '), ...lines.map(render)].join('\n')
}

// ---------------------------------------------------------------- main

export async function main(argv: string[]): Promise<number> {
  const started = new Date()
  const options = parseOptions(argv, started)
  const loadAtStart = loadavg().map((n) => round(n))
  const log = (s: string) => console.log(s)
  const workDir = await mkdtemp(join(tmpdir(), 'jw-bench-'))
  const mapsDir = options.mapsDir ?? join(workDir, 'maps')
  const referenceDir = join(workDir, 'reference')
  const foreign: string[] = []
  const environment: Environment = { gpu: null, version: '' }
  try {
    await mkdir(options.resultsDir, { recursive: true })
    log(`Generating maps (${options.sizes.join(', ')} cards) in ${mapsDir}`)
    await writeBenchMaps(mapsDir, options.sizes)
    if (options.targets.includes('app') && options.build) {
      log(`Building the app into ${APP_OUT_DIR}`)
      await buildApp()
    }
    if (options.targets.includes('reference')) {
      log('Building the reference page')
      await buildReference(referenceDir)
    }
    const targets: Target[] = []
    let rows: Row[]
    try {
      if (options.targets.includes('reference')) targets.push(await referenceTarget(referenceDir, mapsDir, foreign, environment))
      if (options.targets.includes('app')) targets.push(await appTarget(mapsDir, workDir, foreign))
      log(`Measuring ${targets.map((t) => t.name).join(' and ')}, ${options.repeats} run(s) per size:`)
      rows = await runAll(targets, options, log)
    } finally {
      for (const target of targets) await target.close()
    }
    // Issue 4: a 2,000-card map to one A0 PDF, through the same Chromium print engine.
    let print: PrintBenchResult | { error: string } | null = null
    if (options.targets.includes('app') && options.print) {
      log('Printing a 2,000-card map to an A0 PDF')
      process.env.JOURNEYWALL_OUT_DIR ??= APP_OUT_DIR
      const { runPrintA0Bench } = await import('./print-a0')
      print = await runPrintA0Bench(2000).catch((error: unknown) => ({ error: String(error) }))
    }
    const order = (r: Row) => r.size * 2 + (r.target === 'app' ? 0 : 1)
    rows.sort((a, b) => order(a) - order(b))
    judge(rows)

    const result = {
      startedAt: started.toISOString(),
      finishedAt: new Date().toISOString(),
      machine: {
        cpus: cpus().length,
        cpuModel: cpus()[0]?.model ?? '',
        memoryGB: round(totalmem() / 2 ** 30, 1),
        node: process.version,
        // Other work on the machine skews frame times: 1/5/15-minute load averages.
        loadAverageAtStart: loadAtStart,
        loadAverageAtEnd: loadavg().map((n) => round(n)),
      },
      chromium: {
        path: CHROMIUM_PATH,
        version: environment.version,
        args: [...CHROMIUM_ARGS, ...BENCH_CHROMIUM_ARGS],
        viewport: VIEWPORT,
        headless: true,
        gpuFeatureStatus: environment.gpu,
      },
      script: { panMs: options.panMs, zoomMs: options.zoomMs, zoom: [1, 2, 0.25, 1], repeats: options.repeats },
      targets: TARGETS,
      foreignRequests: foreign,
      rows,
      print,
    }
    const { resultsDir, stamp } = options
    const json = `${JSON.stringify(result, null, 2)}\n`
    await writeFile(join(resultsDir, `${stamp}.json`), json)
    await writeFile(join(resultsDir, 'latest.json'), json)

    log('')
    log(`Journeywall bench — ${options.repeats} run(s) per row, medians; frame = interval between requestAnimationFrame callbacks`)
    log(`load average at start ${loadAtStart.join(' ')}, at end ${result.machine.loadAverageAtEnd.join(' ')} (${cpus().length} cores)`)
    log(table(rows))
    if (print && 'error' in print) log(`\nPrint A0, 2,000 cards: ERROR ${print.error}`)
    else if (print) {
      const verdict = print.totalMs <= 10_000 ? 'PASS' : 'FAIL'
      log(
        `\nPrint A0, 2,000 cards: ${(print.totalMs / 1000).toFixed(2)} s from Save PDF to file ` +
          `(${(print.pdfMs / 1000).toFixed(2)} s in print-to-PDF), ${print.pages} page ${print.pageSizeMm} mm, ` +
          `${(print.bytes / 1e6).toFixed(1)} MB — target ≤ 10 s: ${verdict}`,
      )
    }
    log(`\nResults: bench/results/${stamp}.json (and latest.json)`)
    if (options.profile) {
      for (const row of rows) {
        const file = profileFile(options, row.target, row.size)
        if (!file || row.repetitions.length === 0) continue
        log(`\nCPU profile ${row.target} ${row.size} (self time during pan + zoom): ${file}`)
        for (const line of await topSelfTime(file).catch(() => [])) log(`  ${line}`)
      }
    }
    if (foreign.length) {
      log(`FAIL: ${foreign.length} request(s) left the page's own files: ${foreign.slice(0, 5).join(', ')}`)
      return 2
    }
    return rows.some((r) => r.status === 'error') ? 1 : 0
  } finally {
    await rm(workDir, { recursive: true, force: true }).catch(() => {})
  }
}
