/**
 * The parse worker, as the app runs it: the bundle built from the current
 * sources (test/setup/workers.ts), in real worker threads.
 */
import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterEach, beforeAll, describe, expect, inject, test } from 'vitest'
import { asJourneyRead, OffThreadParser } from '../../../main/files'
import { parseJourney, serializeJourneyBytes } from '../../../shared/format'
import { SLOW_MARK } from '../../host/slow-file'
import { largeProject, makeTempDir, smallProject } from './helpers'

const workerFile = inject('parseWorkerFile')
const slowWorkerFile = inject('slowParseWorkerFile')
const parsers: OffThreadParser[] = []
let scripts: string

function parser(options: Partial<ConstructorParameters<typeof OffThreadParser>[0]> = {}): OffThreadParser {
  const p = new OffThreadParser({ workerFile, ...options })
  parsers.push(p)
  return p
}

beforeAll(async () => {
  scripts = (await makeTempDir('worker-scripts')).dir
})

afterEach(async () => {
  await Promise.all(parsers.splice(0).map((p) => p.close()))
})

/** Counts ticks of a 20 ms interval on this (the "main") thread while `work` runs. */
async function ticksDuring<T>(work: Promise<T>): Promise<{ result: T; ticks: number }> {
  let ticks = 0
  const timer = setInterval(() => ticks++, 20)
  try {
    return { result: await work, ticks }
  } finally {
    clearInterval(timer)
  }
}

describe('OffThreadParser', () => {
  test('gives exactly what parsing on this thread gives: project, repairs, problems', async () => {
    const p = parser()
    const project = largeProject(500)
    const bytes = serializeJourneyBytes(project)
    const inline = asJourneyRead(parseJourney(bytes.slice(), { fileName: 'Big.journey' }))
    expect(await p.parseJourney(bytes, { fileName: 'Big.journey' })).toEqual(inline)

    const damaged = new TextEncoder().encode('{"format":"journeywall","version":1,"project":{')
    const answer = await p.parseJourney(damaged, { fileName: 'Cut.journey' })
    expect(answer).toMatchObject({ ok: false, problem: { code: 'truncated', fileName: 'Cut.journey' } })
  })

  test('reads CSV in the worker too', async () => {
    const csv = await parser().readCsv(new TextEncoder().encode('stage,lane,text\nA,B,"x, y"\n'), { fileName: 'cards.csv' })
    expect(csv).toEqual({ ok: true, rows: [['stage', 'lane', 'text'], ['A', 'B', 'x, y']], warnings: [] })
  })

  test('stops a file that takes too long, says so plainly, and the calling thread runs on meanwhile', async () => {
    const p = parser({ workerFile: slowWorkerFile, timeLimitMs: 600 })
    const slow = serializeJourneyBytes(smallProject(`A ${SLOW_MARK} project`))
    const { result, ticks } = await ticksDuring(p.parseJourney(slow, { fileName: 'Slow.journey' }))
    expect(result).toEqual({
      ok: false,
      problem: {
        code: 'too-slow',
        fileName: 'Slow.journey',
        message: '“Slow.journey” took too long to read; it may be damaged or made to be slow. Nothing was changed.',
        params: { seconds: 1 },
      },
    })
    // The worker spun the whole time; this thread kept serving its timer.
    expect(ticks).toBeGreaterThan(3)
    // The hung worker is gone; the next file gets a fresh one.
    const next = await p.parseJourney(serializeJourneyBytes(smallProject('Fine')), { fileName: 'Fine.journey' })
    expect(next.ok && next.project.name).toBe('Fine')
  })

  test('a worker that runs out of its memory allowance is stopped and reported, not fatal', async () => {
    const hog = path.join(scripts, 'memory-hog.cjs')
    await writeFile(
      hog,
      "const { parentPort } = require('node:worker_threads'); parentPort.on('message', () => { const keep = []; for (;;) keep.push(new Array(1e5).fill({ x: 1 })) })",
    )
    const result = await parser({ workerFile: hog, memoryLimitMb: 64 }).parseJourney(new Uint8Array([0x7b]), { fileName: 'Huge.journey' })
    expect(result).toMatchObject({ ok: false, problem: { code: 'too-complex', fileName: 'Huge.journey' } })
    expect(result.ok || result.problem.message).toContain('Nothing was changed.')
  })

  test('a worker that crashes is reported as a read failure', async () => {
    const crash = path.join(scripts, 'crash.cjs')
    await writeFile(crash, "require('node:worker_threads').parentPort.on('message', () => { throw new Error('boom') })")
    const result = await parser({ workerFile: crash }).parseJourney(new Uint8Array([0x7b]), { fileName: 'X.journey' })
    expect(result).toMatchObject({ ok: false, problem: { code: 'read-failed', fileName: 'X.journey' } })
  })

  test('jobs beyond the worker limit wait their turn and are all answered', async () => {
    const p = parser({ maxWorkers: 2 })
    const names = ['a', 'b', 'c', 'd', 'e']
    const results = await Promise.all(names.map((n) => p.parseJourney(serializeJourneyBytes(smallProject(n)), { fileName: `${n}.journey` })))
    expect(results.map((r) => r.ok && r.project.name)).toEqual(names)
  })
})
