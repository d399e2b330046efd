/**
 * `npm run bench:parse`: how long reading takes, file by file, as the app
 * does it — bytes handed to the parse worker (the bundle the app ships) and
 * the answer back on the main thread — for valid maps, every long-list
 * attack of the test corpus, dense worst cases, hostile JSON shapes and CSV
 * attacks. Budgets (issue 8): any file up to 10 MB answered in ≤ 0.5 s, any
 * file up to 64 MiB in ≤ 2 s. Prints a table and the worst cases, writes
 * bench/results/parse-<time>.json.
 */
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import { cpus, loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { OffThreadParser } from '../main/files/off-thread-parser'
import { planCsvImport } from '../shared/csv'
import { MAX_FILE_BYTES, serializeJourneyBytes } from '../shared/format'
import { makeMap, makeProject } from '../shared/model'
import { listAttacks } from '../test/unit/format/list-attacks'
import { buildWorkers } from '../workers.config'
import { generateProject } from './generate'

const ROOT = process.env.JOURNEYWALL_BENCH_ROOT ?? process.cwd()
const MB = 1e6
const SMALL = 10 * MB
const SMALL_BUDGET_MS = 500
const LARGE_BUDGET_MS = 2000

interface Case {
  group: string
  name: string
  kind: 'journey' | 'csv'
  make: () => Uint8Array
}

interface Row {
  group: string
  name: string
  MB: number
  /** Median over the runs: bytes handed over → answer on the main thread. */
  ms: number
  /** The longest the main thread went without running a 5 ms timer during the runs. */
  mainPauseMs: number
  outcome: string
  budgetMs: number
  pass: boolean
}

const enc = new TextEncoder()

// The benchmark makes big files on the main thread; collecting their garbage
// before each timed run keeps that out of the main-thread pauses it reports.
setFlagsFromString('--expose-gc')
const collectGarbage = runInNewContext('gc') as () => void

function projectText(maps: unknown[]): string {
  return JSON.stringify({
    format: 'journeywall',
    version: 1,
    project: { id: 'p', name: 'Bench', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', maps },
  })
}

/** Cards of the fewest bytes the schema allows, as many as fit in `bytes`, spread over maps of 100,000. */
function denseCards(bytes: number, extra = '', stageId = 's'): Uint8Array {
  const card = (i: number) => `{"id":"c${i}","stageId":"${stageId}","laneId":"l","order":${i}${extra}}`
  const per = card(100000).length + 1
  let total = Math.floor((bytes - 4096) / per)
  const maps: string[] = []
  for (let m = 0; total > 0; m++) {
    const n = Math.min(100_000, total)
    total -= n
    const cards = Array.from({ length: n }, (_, i) => card(i)).join(',')
    maps.push(`{"id":"m${m}","name":"M","stages":[{"id":"s","name":"S"}],"lanes":[{"id":"l","kind":"free","title":"L"}],"cards":[${cards}]}`)
  }
  return enc.encode(projectText([]).replace('"maps":[]', `"maps":[${maps.join(',')}]`))
}

/** The valid sample project with one unknown field holding `body` (the rest of the file). */
function withUnknownField(body: string): Uint8Array {
  const base = serializeJourneyBytes(makeProject('Bench', makeMap('Map', [{ name: 'S' }], [{ kind: 'actions', title: 'A' }])))
  const text = new TextDecoder().decode(base)
  return enc.encode(text.replace('"project": {', `"project": {"xJunk": ${body},`))
}

function fill(unit: string, bytes: number, open = '[', close = ']'): string {
  const n = Math.floor((bytes - 4096) / (unit.length + 1))
  return open + Array(n).fill(unit).join(',') + close
}

function cases(): Case[] {
  const list: Case[] = []
  for (const n of [500, 5000, 100_000]) {
    list.push({ group: 'valid map', name: `${n.toLocaleString('en-US')} cards (bench generator)`, kind: 'journey', make: () => serializeJourneyBytes(generateProject(n)) })
  }
  // The attack the issue measured first: 108 s before.
  list.push({
    group: 'issue table',
    name: 'emotionPoints: 50,004 copies of one point (same id)',
    kind: 'journey',
    make: () => {
      const p = generateProject(500)
      const map = p.maps[0]!
      const point = map.emotionPoints[0]!
      map.emotionPoints = Array.from({ length: 50_004 }, () => ({ ...point }))
      return serializeJourneyBytes(p)
    },
  })
  for (const attack of listAttacks()) {
    list.push({ group: `list attack: ${attack.kind}`, name: `${attack.list} × ${attack.count.toLocaleString('en-US')} (${attack.factor}× max${attack.capped ? ', capped' : ''})`, kind: 'journey', make: attack.make })
  }
  for (const size of [SMALL, MAX_FILE_BYTES]) {
    const label = size === SMALL ? '10 MB' : '64 MiB'
    list.push({ group: 'dense', name: `fewest-byte valid cards, ${label}`, kind: 'journey', make: () => denseCards(size) })
    list.push({ group: 'dense', name: `fewest-byte cards, each with a bad colour, ${label}`, kind: 'journey', make: () => denseCards(size, ',"color":"no"') })
    list.push({ group: 'dense', name: `fewest-byte cards, each with a bad stage reference, ${label}`, kind: 'journey', make: () => denseCards(size, '', 'gone') })
    list.push({ group: 'hostile JSON', name: `unknown field: [{},{},…] ${label}`, kind: 'journey', make: () => withUnknownField(fill('{}', size)) })
    list.push({ group: 'hostile JSON', name: `unknown field: [0,0,…] ${label}`, kind: 'journey', make: () => withUnknownField(fill('0', size)) })
    list.push({ group: 'hostile JSON', name: `one card text of ${label}`, kind: 'journey', make: () => withUnknownField(JSON.stringify('x'.repeat(size - 8192))) })
    list.push({ group: 'hostile JSON', name: `${label} of "[" (deep nesting)`, kind: 'journey', make: () => enc.encode('['.repeat(size - 16)) })
  }
  const rows = (n: number, row: (i: number) => string) => enc.encode(`stage,lane,text\r\n${Array.from({ length: n }, (_, i) => row(i)).join('\r\n')}\r\n`)
  list.push({ group: 'CSV', name: '1,000,000 short rows (refused: more than a map holds)', kind: 'csv', make: () => rows(1_000_000, (i) => `S,L,${i}`) })
  list.push({ group: 'CSV', name: '100,000 rows (a full map)', kind: 'csv', make: () => rows(100_000, (i) => `Stage ${i % 7},Lane ${i % 5},Card number ${i} with some words`) })
  list.push({ group: 'CSV', name: 'one 19 MB cell (cut to 10,000 characters)', kind: 'csv', make: () => enc.encode(`stage,lane,text\r\nS,L,${'x'.repeat(19 * 1024 * 1024)}\r\n`) })
  list.push({
    group: 'CSV',
    name: 'a quotation mark opened on line 2 and never closed, 19 MB after it',
    kind: 'csv',
    make: () => enc.encode(`stage,lane,text\r\nS,L,"never closed\r\n${Array.from({ length: 600_000 }, (_, i) => `Stage ${i % 7},Lane,note ${i}`).join('\r\n')}`),
  })
  list.push({ group: 'CSV', name: 'a formula in every cell, 100,000 rows', kind: 'csv', make: () => rows(100_000, (i) => `=1+${i},@SUM(A1:A9),"=HYPERLINK(""http://x"")"`) })
  return list
}

async function measure(parser: OffThreadParser, c: Case, runs: number): Promise<Omit<Row, 'group' | 'name' | 'budgetMs' | 'pass'>> {
  const times: number[] = []
  let outcome = ''
  let mainPause = 0
  let size = 0
  for (let r = 0; r < runs; r++) {
    const bytes = c.make()
    size = bytes.length
    collectGarbage()
    let last = performance.now()
    const ticker = setInterval(() => {
      const now = performance.now()
      mainPause = Math.max(mainPause, now - last)
      last = now
    }, 5)
    const t0 = performance.now()
    if (c.kind === 'journey') {
      const result = await parser.parseJourney(bytes, { fileName: 'bench.journey' })
      outcome = result.ok ? (result.repairs.length ? 'opened+repaired' : 'opened') : result.problem.code
    } else {
      const result = await parser.readCsv(bytes, { fileName: 'bench.csv' })
      outcome = result.ok ? `read ${result.rows.length.toLocaleString('en-US')} rows${result.warnings.length ? ` (${result.warnings.map((w) => w.code).join(', ')})` : ''}` : result.problem.code
    }
    times.push(performance.now() - t0)
    clearInterval(ticker)
  }
  times.sort((a, b) => a - b)
  return { MB: Number((size / MB).toFixed(2)), ms: Math.round(times[Math.floor(times.length / 2)] ?? 0), mainPauseMs: Math.round(mainPause), outcome }
}

/** Renderer side of a CSV import: planning 100,000 rows into a map (runs in the window, not in main). */
function planTime(): number {
  const project = makeProject('Bench', makeMap('Map', [], []))
  const csvRows = [['stage', 'lane', 'text'], ...Array.from({ length: 100_000 }, (_, i) => [`Stage ${i % 7}`, `Lane ${i % 5}`, `Card ${i}`])]
  const t0 = performance.now()
  planCsvImport(project, project.maps[0]!.id, { rows: csvRows, warnings: [] })
  return Math.round(performance.now() - t0)
}

export async function main(argv: string[]): Promise<number> {
  const runs = Number(argv.find((a) => a.startsWith('--runs='))?.slice(7) ?? 3)
  const only = argv.find((a) => a.startsWith('--only='))?.slice(7)
  const workers = await buildWorkers(ROOT, await mkdtemp(join(tmpdir(), 'jw-bench-workers-')))
  const parser = new OffThreadParser({ workerFile: workers['parse-worker'] as string })
  const load = loadavg().map((l) => l.toFixed(2)).join(' ')
  console.log(`parse benchmark · ${cpus().length} cores · load average at start ${load} · median of ${runs} runs per file`)
  const rows: Row[] = []
  // A first small file, so the worker is warm as it is after the app has read anything.
  await parser.parseJourney(serializeJourneyBytes(generateProject(500)), {})
  for (const c of cases()) {
    if (only && !`${c.group} ${c.name}`.includes(only)) continue
    const m = await measure(parser, c, runs)
    const budgetMs = m.MB * MB <= SMALL ? SMALL_BUDGET_MS : LARGE_BUDGET_MS
    const row: Row = { group: c.group, name: c.name, ...m, budgetMs, pass: m.ms <= budgetMs }
    rows.push(row)
    console.log(`${row.pass ? 'PASS' : 'FAIL'} ${String(row.ms).padStart(5)} ms  pause ${String(row.mainPauseMs).padStart(4)} ms  ${row.MB.toFixed(1).padStart(6)} MB  ${row.group}: ${row.name} → ${row.outcome}`)
  }
  await parser.close()
  const worst = (max: number) => rows.filter((r) => r.MB * MB <= max).reduce<Row | null>((a, r) => (!a || r.ms > a.ms ? r : a), null)
  const small = worst(SMALL)
  const large = worst(MAX_FILE_BYTES)
  const csvPlan = only ? null : planTime()
  const loadEnd = loadavg().map((l) => l.toFixed(2)).join(' ')
  console.log('')
  console.log(`files: ${rows.length}; over budget: ${rows.filter((r) => !r.pass).length}`)
  if (small) console.log(`worst ≤ 10 MB: ${small.ms} ms (budget ${SMALL_BUDGET_MS}) — ${small.group}: ${small.name}, ${small.MB} MB`)
  if (large) console.log(`worst ≤ 64 MiB: ${large.ms} ms (budget ${LARGE_BUDGET_MS}) — ${large.group}: ${large.name}, ${large.MB} MB`)
  console.log(`longest main-thread pause: ${Math.max(...rows.map((r) => r.mainPauseMs))} ms`)
  if (csvPlan !== null) console.log(`renderer: planning a 100,000-row CSV import: ${csvPlan} ms`)
  console.log(`load average at end: ${loadEnd}`)
  const dir = join(ROOT, 'bench', 'results')
  await mkdir(dir, { recursive: true })
  const stamp = new Date().toISOString().replace(/[:.]/g, '-')
  const report = { when: new Date().toISOString(), cores: cpus().length, loadStart: load, loadEnd, runs, rows, worstSmall: small, worstLarge: large, csvPlanMs: csvPlan }
  await writeFile(join(dir, `parse-${stamp}.json`), JSON.stringify(report, null, 2))
  await writeFile(join(dir, 'parse-latest.json'), JSON.stringify(report, null, 2))
  return 0
}
