import { describe, expect, it } from 'vitest'
import type { FileErrorCode } from '../../../shared/api'
import { parseJourney, type ParseResult } from '../../../shared/format'
import { Project } from '../../../shared/model'
import { buildCorpus, getAt, walk, type CorpusItem } from './corpus'

const KNOWN_CODES: ReadonlySet<FileErrorCode> = new Set<FileErrorCode>([
  'not-found', 'not-a-file', 'permission-denied', 'too-large', 'too-deep', 'not-utf8', 'not-json',
  'not-journeywall', 'too-new', 'bad-version', 'invalid', 'disk-full', 'write-failed', 'read-failed', 'wrong-extension',
  'empty', 'picture', 'other-format', 'truncated', 'too-complex', 'too-slow', 'csv-too-many-rows',
])
const FORBIDDEN = ['__proto__', 'constructor', 'prototype']
const FILE_NAME = 'Checkout journey.journey'
/**
 * A hang guard, not the budget: the reading budgets (0.5 s up to 10 MB, 2 s up
 * to 64 MiB) are measured by `npm run bench:parse` — a timed test on a shared
 * machine would be flaky. This only catches something going badly wrong.
 */
const HANG_MS = 20_000

interface Outcome {
  item: CorpusItem
  result?: ParseResult
  thrown?: unknown
  ms: number
}

/** Everything that must hold for any input at all; returns what went wrong, if anything. */
function invariantFailures({ item, result, thrown, ms }: Outcome): string[] {
  const out: string[] = []
  if (thrown !== undefined) return [`threw ${String(thrown)}`]
  if (!result) return ['no result']
  if (ms > HANG_MS) out.push(`took ${ms.toFixed(0)} ms`)
  if (!result.ok) {
    if (!KNOWN_CODES.has(result.problem.code)) out.push(`unknown code ${result.problem.code}`)
    if (result.problem.message.length < 30) out.push('message too short to help')
    if (!result.problem.message.includes(FILE_NAME)) out.push('message does not name the file')
    return out
  }
  const strict = Project.safeParse(result.project)
  if (!strict.success) out.push(`result fails the schema at ${strict.error.issues[0]?.path.join('.')}`)
  walk(result.project, (v, path) => {
    if (v && typeof v === 'object') {
      for (const key of FORBIDDEN) if (Object.hasOwn(v, key)) out.push(`own "${key}" at ${path.join('.')}`)
      if (!Array.isArray(v) && Object.getPrototypeOf(v) !== Object.prototype) out.push(`odd prototype at ${path.join('.')}`)
    }
  })
  if (result.repairs.some((line) => typeof line !== 'string' || line.length < 10)) out.push('empty repair line')
  // Whenever the strict schema rejects the input, opening it must say what changed.
  const input = (item.doc as { project?: unknown } | undefined)?.project
  if (item.doc && !Project.safeParse(input).success && result.repairs.length === 0) out.push('repaired silently')
  return out
}

function expectationFailures({ item, result }: Outcome): string[] {
  const want = item.expect
  if (!want || !result) return []
  if (want.ok !== result.ok) {
    return [`expected ${want.ok ? 'to open' : 'an error'}, got ${result.ok ? `ok (${result.repairs.join('; ')})` : result.problem.code}: ${result.ok ? '' : result.problem.message}`]
  }
  if (!want.ok && !result.ok) {
    const codes: readonly string[] = typeof want.code === 'string' ? [want.code] : want.code
    return codes.includes(result.problem.code) ? [] : [`expected ${codes.join('/')}, got ${result.problem.code}`]
  }
  if (want.ok && result.ok) {
    const lines = result.repairs.join('\n')
    if (want.repaired === false && result.repairs.length > 0) return [`expected no repairs, got: ${lines}`]
    if (want.repaired === true && result.repairs.length === 0) return ['expected repairs, got none']
    if (want.repaired instanceof RegExp && !want.repaired.test(lines)) return [`expected a repair like ${want.repaired}, got: ${lines}`]
    if (item.verbatim && getAt(result.project, item.verbatim.path) !== item.verbatim.value) return ['text was not kept verbatim']
    const problem = item.check?.(result.project)
    if (problem) return [problem]
  }
  return []
}

describe('parseJourney on a generated corpus of broken and hostile files', () => {
  const corpus = buildCorpus()
  const outcomes: Outcome[] = []

  it('has at least 1,000 inputs', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(1000)
  })

  it('answers every input, never throws, and always gives a valid project or a human error', () => {
    const snapshot = Object.getOwnPropertyNames(Object.prototype).sort()
    for (const item of corpus) {
      const t0 = performance.now()
      let result: ParseResult | undefined
      let thrown: unknown
      try {
        result = parseJourney(item.bytes, { fileName: FILE_NAME, now: new Date('2026-01-01T00:00:00Z') })
      } catch (e) {
        thrown = e
      }
      outcomes.push({ item, result, thrown, ms: performance.now() - t0 })
    }
    const failures = outcomes.flatMap((o) => invariantFailures(o).map((f) => `[${o.item.category}] ${o.item.name}: ${f}`))
    expect(failures.slice(0, 20)).toEqual([])
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(snapshot)

    const max = outcomes.reduce((a, o) => (o.ms > a.ms ? o : a))
    console.log(`max parse time: ${max.ms.toFixed(1)} ms (${max.item.category}: ${max.item.name.slice(0, 60)})`)
  })

  it('gives the known right outcome where there is one', () => {
    const failures = outcomes.flatMap((o) => expectationFailures(o).map((f) => `[${o.item.category}] ${o.item.name}: ${f}`))
    expect(failures.slice(0, 20)).toEqual([])
  })

  it('names both versions when a file is too new', () => {
    const tooNew = outcomes.filter((o) => o.item.category === 'too new')
    expect(tooNew.length).toBeGreaterThan(0)
    for (const { item, result } of tooNew) {
      const v = (item.doc as { version: number }).version
      expect(result?.ok).toBe(false)
      if (result && !result.ok) {
        expect(result.problem.message).toContain(`format version ${v}`)
        expect(result.problem.message).toContain('reads up to version 1')
        expect(result.problem.message).toContain('Update Journeywall')
      }
    }
  })

  it('prints a summary per category', () => {
    const rows: Record<string, Record<string, number>> = {}
    for (const { item, result } of outcomes) {
      const row = (rows[item.category] ??= { inputs: 0, opened: 0, 'opened+repaired': 0 })
      row.inputs = (row.inputs ?? 0) + 1
      const column = !result ? 'threw' : result.ok ? (result.repairs.length > 0 ? 'opened+repaired' : 'opened') : result.problem.code
      row[column] = (row[column] ?? 0) + 1
    }
    console.log(`corpus: ${outcomes.length} inputs`)
    console.table(rows)
    expect(outcomes.length).toBe(corpus.length)
  })
})
