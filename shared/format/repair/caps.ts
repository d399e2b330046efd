/**
 * The first repair, before anything is validated: every list longer than its
 * schema maximum is cut to the maximum. A hostile file of 50,000 copies of one
 * stage is then 500 stages before any per-record work starts, so nothing after
 * this step can be made to run long by a long list. Cheap: one walk over the
 * records, no copying.
 */
import type { z } from 'zod'
import { isPlainObject } from '../container'
import type { RepairLog } from './log'
import { isObjectSchema, structureOf } from './structure'
import { formatCount, itemNoun, plural } from './words'

interface Tally {
  noun: string
  owner: string
  max: number
  lists: number
  total: number
}

export function capLists(schema: z.ZodType, value: unknown, log: RepairLog): void {
  const tallies = new Map<string, Tally>()
  walk(schema, value, 'project', tallies)
  for (const [key, t] of tallies) log.note(key, () => capLine(t))
}

function walk(schema: z.ZodType, value: unknown, owner: string, tallies: Map<string, Tally>): void {
  if (!isPlainObject(value)) return
  const { lists, records } = structureOf(schema)
  for (const list of lists) {
    const items = value[list.key]
    if (!Array.isArray(items)) continue
    const noun = itemNoun(list.key)
    if (list.max !== undefined && items.length > list.max) {
      const key = `cap:${owner}.${list.key}`
      const t = tallies.get(key) ?? { noun, owner, max: list.max, lists: 0, total: 0 }
      t.lists++
      t.total += items.length
      tallies.set(key, t)
      // The parsed value belongs to this read alone, so it is cut in place.
      items.length = list.max
    }
    if (holdsLists(list.element)) {
      for (let i = 0; i < items.length; i++) walk(list.element, items[i], noun, tallies)
    }
  }
  for (const record of records) walk(record.record, value[record.key], owner, tallies)
}

const holdsListsCache = new WeakMap<z.ZodType, boolean>()

function holdsLists(schema: z.ZodType): boolean {
  let known = holdsListsCache.get(schema)
  if (known === undefined) {
    const { lists, records } = isObjectSchema(schema) ? structureOf(schema) : { lists: [], records: [] }
    known = lists.length > 0 || records.some((r) => holdsLists(r.record))
    holdsListsCache.set(schema, known)
  }
  return known
}

/** "Kept the first 500 of 50,005 stages", or per owner when several lists were cut. */
function capLine(t: Tally): string {
  const nouns = plural(t.noun)
  if (t.lists === 1) return `Kept the first ${formatCount(t.max)} of ${formatCount(t.total)} ${nouns}`
  const dropped = t.total - t.max * t.lists
  return `Kept the first ${formatCount(t.max)} ${nouns} in each of ${formatCount(t.lists)} ${plural(t.owner)} (${formatCount(dropped)} more were dropped)`
}
