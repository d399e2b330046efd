/**
 * ACCEPTANCE: saving survives being killed at any moment. A child process
 * saves a ~2.7 MB project in a loop and is SIGKILLed at random moments; after
 * every kill the file on disk must parse and hold exactly either the last
 * content confirmed written or the content that was being written.
 */
import { spawn } from 'node:child_process'
import { readdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { build } from 'rolldown'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { backupPathFor, ProjectFiles } from '../../../main/files'
import { listLeftoverTemps } from '../../../main/files/durable-write'
import { parseJourney, serializeJourneyBytes } from '../../../shared/format'
import type { Project } from '../../../shared/model'
import { crashRoundContent, inlineParser, largeProject, makeTempDir, roundOf } from './helpers'

const KILLS = Number(process.env.JW_CRASH_KILLS ?? 200)
const CHILD_SOURCE = path.join(import.meta.dirname, 'crash-child.ts')

interface ChildRun {
  lines: string[]
  startRound: number
}

let work: Awaited<ReturnType<typeof makeTempDir>>
let childBundle: string
let target: string
let backupsDir: string
let basePath: string
let base: Project

beforeAll(async () => {
  work = await makeTempDir('crash')
  childBundle = path.join(work.dir, 'crash-child.mjs')
  // Bundled once: the child then starts as plain Node, with no TypeScript loader.
  await build({
    input: CHILD_SOURCE,
    platform: 'node',
    logLevel: 'silent',
    output: { file: childBundle, format: 'esm' },
  })
  const docs = path.join(work.dir, 'Documents')
  await import('node:fs/promises').then((fs) => fs.mkdir(docs))
  target = path.join(docs, 'Workshop map.journey')
  backupsDir = path.join(work.dir, 'app-data', 'backups')
  basePath = path.join(work.dir, 'base.json')
  base = largeProject(3000)
  await writeFile(basePath, JSON.stringify(base))
  await writeFile(target, serializeJourneyBytes(crashRoundContent(base, 0)))
}, 120_000)

afterAll(async () => {
  await work?.cleanUp()
})

function runChildUntilKilled(startRound: number, pickDelayMs: () => number): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [childBundle, target, backupsDir, basePath, String(startRound)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    const lines: string[] = []
    let pending = ''
    child.stdout.setEncoding('utf8')
    child.stdout.on('data', (chunk: string) => {
      pending += chunk
      const parts = pending.split('\n')
      pending = parts.pop() ?? ''
      for (const line of parts) {
        lines.push(line)
        if (line === 'ready') setTimeout(() => child.kill('SIGKILL'), pickDelayMs())
      }
    })
    child.on('error', reject)
    // 'close' comes after stdout is drained, so every line the child printed is in `lines`.
    child.on('close', (_code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`child ended by itself: ${lines.join(' | ')}`))
      else resolve({ lines, startRound })
    })
  })
}

/** Which rounds may be on disk: the last confirmed one, plus the one in flight if any. */
function allowedRounds(run: ChildRun): { allowed: number[]; midSave: boolean } {
  let confirmed = run.startRound
  let inFlight: number | null = null
  for (const line of run.lines) {
    const [word, value] = line.split(' ')
    if (word === 'start') inFlight = Number(value)
    if (word === 'done') {
      confirmed = Number(value)
      inFlight = null
    }
  }
  return { allowed: inFlight === null ? [confirmed] : [confirmed, inFlight], midSave: inFlight !== null }
}

function expectRoundContent(project: Project, round: number): void {
  const expected = crashRoundContent(base, round).maps[0]?.cards ?? []
  const actual = project.maps[0]?.cards ?? []
  expect(actual.length).toBe(expected.length)
  for (let i = 0; i < expected.length; i++) {
    if (actual[i]?.id !== expected[i]?.id || actual[i]?.text !== expected[i]?.text) {
      throw new Error(`card ${i} differs from round ${round}`)
    }
  }
}

describe('crash safety', () => {
  it(`keeps the file whole across ${KILLS} SIGKILLs during saves`, async () => {
    const began = performance.now()
    const saveTimes: number[] = []
    let round = 0
    let midSaveKills = 0
    let completedSaves = 0
    let maxLeftoverTemps = 0
    let killsWithTempOnDisk = 0
    let killsAfterRenameBeforeDone = 0
    let backupChecks = 0

    // Kill anywhere from right after opening to a few saves in: a spread over every step of a save.
    const typicalSaveMs = (): number => {
      const sorted = [...saveTimes].sort((a, b) => a - b)
      return sorted[Math.floor(sorted.length / 2)] ?? 150
    }
    const pickDelayMs = (): number => Math.random() * typicalSaveMs() * 2.5

    for (let kill = 1; kill <= KILLS; kill++) {
      const run = await runChildUntilKilled(round, pickDelayMs)
      expect(run.lines.some((l) => /failed|crashed/.test(l)), run.lines.join(' | ')).toBe(false)
      for (const line of run.lines) {
        const [word, , ms] = line.split(' ')
        if (word === 'done') {
          completedSaves++
          if (ms) saveTimes.push(Number(ms))
        }
      }
      const { allowed, midSave } = allowedRounds(run)
      if (midSave) midSaveKills++

      const parsed = parseJourney(await readFile(target), { fileName: path.basename(target) })
      if (!parsed.ok) throw new Error(`after kill ${kill} the file is damaged: ${parsed.problem.message}`)
      round = roundOf(parsed.project)
      expect(allowed, `after kill ${kill}`).toContain(round)
      if (midSave && round === allowed[1]) killsAfterRenameBeforeDone++
      expectRoundContent(parsed.project, round)

      // The last good copy is written the same careful way: whenever it exists, it is a whole earlier
      // round. Checked after every 4th kill (and at the end) to keep the test inside its time budget.
      const backupBytes = kill % 4 === 0 || kill === KILLS ? await readFile(backupPathFor(backupsDir, target)).catch(() => null) : null
      if (backupBytes) {
        backupChecks++
        const backup = parseJourney(backupBytes)
        if (!backup.ok) throw new Error(`after kill ${kill} the backup is damaged: ${backup.problem.message}`)
        const backupRound = roundOf(backup.project)
        expect(backupRound).toBeLessThanOrEqual(round)
        expectRoundContent(backup.project, backupRound)
      }

      // The killed child may leave its own temp file; every earlier one was cleaned on open.
      const leftovers = (await listLeftoverTemps(target)).length + (await listLeftoverTemps(backupPathFor(backupsDir, target))).length
      maxLeftoverTemps = Math.max(maxLeftoverTemps, leftovers)
      if (leftovers > 0) killsWithTempOnDisk++
      expect(leftovers, `temp files after kill ${kill}`).toBeLessThanOrEqual(2)
      expect((await listLeftoverTemps(target)).length).toBeLessThanOrEqual(1)
    }

    const final = await new ProjectFiles({ backupsDir, parser: inlineParser }).open(target)
    expect(final.ok && final.repairs).toEqual([])
    expect(await listLeftoverTemps(target)).toEqual([])
    expect(await listLeftoverTemps(backupPathFor(backupsDir, target))).toEqual([])
    expect((await readdir(path.dirname(target))).sort()).toEqual([path.basename(target)])

    const seconds = (performance.now() - began) / 1000
    console.log(
      `crash safety: ${KILLS} kills (${midSaveKills} while a save was in flight, ${killsWithTempOnDisk} with a temp file ` +
        `on disk, ${killsAfterRenameBeforeDone} after the rename but before the save returned), ${completedSaves} completed saves, ` +
        `median save ${typicalSaveMs()} ms, file ${(await readFile(target)).length} bytes, ` +
        `max leftover temps ${maxLeftoverTemps}, backup checked ${backupChecks} times, ${seconds.toFixed(1)} s`,
    )
    // The test only proves something if kills really landed inside the write window.
    expect(midSaveKills).toBeGreaterThan(KILLS / 2)
    expect(killsWithTempOnDisk).toBeGreaterThan(KILLS / 20)
    expect(backupChecks).toBeGreaterThan(0)
  }, 600_000)
})
