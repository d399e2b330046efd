/**
 * The long-list class of hostile files (list-attacks.ts) through the real
 * reader: every file is answered — opened within the schema's limits, or
 * refused with a clear message — and the outcome table is printed. Speed is
 * measured by `npm run bench:parse`, not asserted here; the times printed are
 * for reading the table.
 */
import { afterAll, describe, expect, it } from 'vitest'
import { parseJourney, type ParseResult } from '../../../shared/format'
import { Project } from '../../../shared/model'
import { listAttacks, listIn, type ListAttack } from './list-attacks'

const FILE_NAME = 'From a stranger.journey'

interface Row {
  list: string
  kind: string
  'items (× max)': string
  MB: string
  ms: number
  outcome: string
}

function failuresOf(attack: ListAttack, result: ParseResult): string[] {
  if (!result.ok) {
    const out: string[] = []
    // Refusing is a fine answer for the biggest files, as long as it is a clear one.
    if (!['too-complex', 'too-large', 'invalid'].includes(result.problem.code)) out.push(`refused as ${result.problem.code}`)
    if (!result.problem.message.includes(FILE_NAME)) out.push('message does not name the file')
    if (attack.count <= attack.max && attack.kind !== 'wrong types') out.push(`a list within its limit was refused: ${result.problem.message}`)
    return out
  }
  const out: string[] = []
  const strict = Project.safeParse(result.project)
  if (!strict.success) out.push(`result fails the schema at ${strict.error.issues[0]?.path.join('.')}`)
  const list = listIn(result.project, attack.list)
  if (list && list.length > attack.max) out.push(`kept ${list.length} items, over the limit of ${attack.max}`)
  const lines = result.repairs.join('\n')
  if (attack.count > attack.max && !/Kept the first/.test(lines)) out.push(`no line says the list was cut: ${lines}`)
  if (attack.kind !== 'duplicated' && result.repairs.length === 0) out.push('repaired silently')
  return out
}

describe('the long-list class, for every list in the schema', () => {
  const attacks = listAttacks()

  it('covers every list the model has (found in the schemas, not named here)', () => {
    const lists = new Set(attacks.map((a) => a.list.split('.').pop()))
    for (const name of ['maps', 'stages', 'lanes', 'cards', 'links', 'emotionPoints', 'actionItems', 'personas', 'teams', 'channels', 'metricDefinitions', 'snapshots', 'assets', 'tags', 'teamIds', 'teamRoles', 'metrics']) {
      expect(lists, name).toContain(name)
    }
    // 1×, 10× and 100× of each, with duplicated ids, dangling references (where a record has references) and wrong types.
    expect(new Set(attacks.map((a) => a.kind))).toEqual(new Set(['duplicated', 'dangling', 'wrong types']))
  })

  const rows: Row[] = []
  afterAll(() => {
    console.log(`long-list attacks: ${rows.length} files, slowest ${Math.max(...rows.map((r) => r.ms))} ms`)
    console.table(rows)
  })

  const byList = new Map<string, ListAttack[]>()
  for (const attack of attacks) byList.set(attack.list, [...(byList.get(attack.list) ?? []), attack])

  // One test per list: each builds its files one at a time and lets them go.
  it.each([...byList.keys()])('answers every file for %s: opened within the limits, or refused with a clear message', (list) => {
    const failures: string[] = []
    for (const attack of byList.get(list) ?? []) {
      const bytes = attack.make()
      const t0 = performance.now()
      let result: ParseResult | undefined
      try {
        result = parseJourney(bytes, { fileName: FILE_NAME })
      } catch (error) {
        failures.push(`${attack.kind} ×${attack.factor}: threw ${String(error)}`)
        continue
      }
      const ms = performance.now() - t0
      failures.push(...failuresOf(attack, result).map((f) => `${attack.kind} ×${attack.factor}: ${f}`))
      rows.push({
        list: attack.list,
        kind: attack.kind,
        'items (× max)': `${attack.count.toLocaleString('en-US')} (${attack.capped ? `${attack.factor}×, capped at 64 MiB` : `${attack.factor}×`})`,
        MB: (bytes.length / 1e6).toFixed(1),
        ms: Math.round(ms),
        outcome: result.ok ? (result.repairs.length ? 'opened+repaired' : 'opened') : result.problem.code,
      })
    }
    expect(failures).toEqual([])
  }, 180_000)
})
