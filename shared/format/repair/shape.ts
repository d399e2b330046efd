/**
 * Field-level repair, driven by the model's schemas: a value the schema would
 * reject is coerced, clamped, cut, reset to its default, dropped (optional
 * fields, list items) or, for a few required fields, given a safe stand-in.
 * It never throws and never looks at references or duplicate ids; that is the
 * integrity pass's job once the shape is sound.
 *
 * Unknown fields of every record are copied as they are: a newer or older
 * Journeywall may have written them, and they must survive a round trip.
 */
import type { z } from 'zod'
import { newId } from '../../model'
import { isPlainObject } from '../container'
import type { RepairLog } from './log'
import { defOf, enumValues, maxLength, minLength, numberRange, stringNeedsFullCheck, unwrapField } from './schema-info'
import { count, fieldWords, itemNoun, plural, was } from './words'

/** `partial` is the best effort so far, kept so a final error can point at the real gap. */
export type Fixed = { ok: true; value: unknown } | { ok: false; partial?: unknown }

export interface ShapeContext {
  log: RepairLog
  /** Stand-in for timestamps that are missing or unreadable. */
  nowIso: string
}

/** Per-run memo of pattern checks: the same stage and lane ids recur on every card. */
type StringVerdicts = WeakMap<z.ZodType, Map<string, boolean>>
interface Run extends ShapeContext {
  verdicts: StringVerdicts
}

interface FieldPlan {
  key: string
  presence: 'required' | 'optional' | 'default'
  inner: z.ZodType
  /** What kind of value the field holds, for wording repair lines. */
  kind: 'enum' | 'list' | 'other'
}

const plans = new WeakMap<z.ZodType, FieldPlan[]>()

/** The fields of an object schema, unwrapped once rather than for every record. */
function planOf(schema: z.ZodType): FieldPlan[] {
  let plan = plans.get(schema)
  if (!plan) {
    plan = Object.entries(defOf(schema).shape ?? {}).map(([key, fieldSchema]) => {
      const { presence, inner } = unwrapField(fieldSchema)
      const type = defOf(inner).type
      return { key, presence, inner, kind: type === 'enum' ? 'enum' : type === 'array' ? 'list' : 'other' }
    })
    plans.set(schema, plan)
  }
  return plan
}

/** Where a value sits, in words: the record it belongs to and its field. */
interface Place {
  noun: string
  field: string
  /** Position of the record in its list (used as a stand-in sort order). */
  index: number
}

export function repairShape(schema: z.ZodType, value: unknown, ctx: ShapeContext): Fixed {
  return fixValue(schema, value, { noun: 'project', field: 'project', index: 0 }, { ...ctx, verdicts: new WeakMap() })
}

function fixValue(schema: z.ZodType, value: unknown, at: Place, ctx: Run): Fixed {
  switch (defOf(schema).type) {
    case 'object':
      return fixObject(schema, value, at, ctx)
    case 'array':
      return fixArray(schema, value, at, ctx)
    case 'string':
      return fixString(schema, value, at, ctx)
    case 'number':
      return fixNumber(schema, value, at, ctx)
    case 'enum':
      return enumValues(schema).has(value) ? { ok: true, value } : { ok: false }
    default:
      // Booleans and anything the model adds later: accept what the schema accepts.
      return schema.safeParse(value).success ? { ok: true, value } : { ok: false }
  }
}

function fixObject(schema: z.ZodType, value: unknown, at: Place, ctx: Run): Fixed {
  if (!isPlainObject(value)) return { ok: false }
  const out: Record<string, unknown> = { ...value }
  let ok = true
  for (const { key, presence, inner, kind } of planOf(schema)) {
    const place: Place = { noun: at.noun, field: key, index: at.index }
    const present = out[key] !== undefined
    const fixed: Fixed = present ? fixValue(inner, out[key], place, ctx) : { ok: false }
    if (fixed.ok) {
      out[key] = fixed.value
      continue
    }
    if (presence !== 'required') {
      // Zod fills the default of a missing field, so removing the bad value is the reset.
      delete out[key]
      if (present) noteUnusable(ctx, place, presence, kind)
      continue
    }
    const standIn = standInFor(key, inner, place, ctx)
    if (standIn !== undefined) {
      out[key] = standIn
      if (present) {
        ctx.log.note(`replace:${place.noun}.${key}`, (n) => `Replaced an unreadable ${fieldWords(key)} on ${count(n, place.noun)}`)
      } else {
        ctx.log.note(`fill:${place.noun}.${key}`, (n) => `Filled in a missing ${fieldWords(key)} on ${count(n, place.noun)}`)
      }
      continue
    }
    if (present && 'partial' in fixed) out[key] = fixed.partial
    ok = false
  }
  return ok ? { ok: true, value: out } : { ok: false, partial: out }
}

function fixArray(schema: z.ZodType, value: unknown, at: Place, ctx: Run): Fixed {
  if (!Array.isArray(value)) return { ok: false }
  const element = defOf(schema).element
  if (!element) return { ok: false }
  const noun = itemNoun(at.field)
  const out: unknown[] = []
  let dropped = 0
  for (let i = 0; i < value.length; i++) {
    // Items have no field name of their own: lines then read "3 tags", not "the tags of 3 tags".
    const fixed = fixValue(element, value[i], { noun, field: '', index: i }, ctx)
    if (fixed.ok) out.push(fixed.value)
    else dropped++
  }
  if (dropped > 0) {
    ctx.log.note(
      `drop:${noun}`,
      (n) => `Removed ${count(n, noun)} that ${was(n)} damaged beyond repair`,
      dropped,
    )
  }
  const max = maxLength(schema)
  if (max !== undefined && out.length > max) {
    const extra = out.length - max
    out.length = max
    ctx.log.note(`cap:${noun}`, (n) => `Removed ${n} ${plural(noun)} beyond the limit of ${max}`, extra)
  }
  if (out.length < (minLength(schema) ?? 0)) return { ok: false, partial: out }
  return { ok: true, value: out }
}

function fixString(schema: z.ZodType, value: unknown, at: Place, ctx: Run): Fixed {
  let s: string
  if (typeof value === 'string') s = value
  else if ((typeof value === 'number' && Number.isFinite(value)) || typeof value === 'boolean') {
    s = String(value)
    noteConverted(ctx, at)
  } else return { ok: false }
  const max = maxLength(schema)
  // Units ≥ code points, so the cheap test rules out almost every text.
  if (max !== undefined && s.length > max && codePointLength(s) > max) {
    s = cutText(s, max)
    ctx.log.note(
      `cut:${at.noun}.${at.field}`,
      (n) => `Shortened ${subject(at, n)} to the ${max}-character limit`,
    )
  }
  if (stringNeedsFullCheck(schema) && !passes(schema, s, ctx.verdicts)) return { ok: false }
  return { ok: true, value: s }
}

function passes(schema: z.ZodType, s: string, verdicts: StringVerdicts): boolean {
  let known = verdicts.get(schema)
  if (!known) verdicts.set(schema, (known = new Map()))
  let verdict = known.get(s)
  if (verdict === undefined) {
    verdict = schema.safeParse(s).success
    known.set(s, verdict)
  }
  return verdict
}

function fixNumber(schema: z.ZodType, value: unknown, at: Place, ctx: Run): Fixed {
  let x: number
  if (typeof value === 'number') x = value
  else if (typeof value === 'string' && /^\s*-?\d+(\.\d+)?([eE][-+]?\d+)?\s*$/.test(value)) {
    x = Number(value)
    noteConverted(ctx, at)
  } else return { ok: false }
  // JSON.parse turns 1e999 into Infinity; there is no sensible number to keep.
  if (!Number.isFinite(x)) return { ok: false }
  const { min, max, int } = numberRange(schema)
  if (int && !Number.isInteger(x)) {
    x = Math.round(x)
    ctx.log.note(`round:${at.noun}.${at.field}`, (n) => `Rounded ${subject(at, n)} to a whole number`)
  }
  if (x < min || x > max) {
    x = Math.min(max, Math.max(min, x))
    ctx.log.note(
      `clamp:${at.noun}.${at.field}`,
      (n) => `Brought ${subject(at, n)} back into the allowed range (${min} to ${max})`,
    )
  }
  return schema.safeParse(x).success ? { ok: true, value: x } : { ok: false }
}

/**
 * Zod measures text in code points (not UTF-16 units), so this does too: a
 * text of 150 emoji is within a 200 limit. Cutting by code point also never
 * halves a surrogate pair, which would leave a broken character.
 */
export function codePointLength(s: string): number {
  let n = 0
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = s.charCodeAt(i + 1)
      if (next >= 0xdc00 && next <= 0xdfff) i++
    }
    n++
  }
  return n
}

export function cutText(s: string, maxCodePoints: number): string {
  let n = 0
  let i = 0
  while (i < s.length && n < maxCodePoints) {
    const c = s.charCodeAt(i)
    const pair = c >= 0xd800 && c <= 0xdbff && s.charCodeAt(i + 1) >= 0xdc00 && s.charCodeAt(i + 1) <= 0xdfff
    i += pair ? 2 : 1
    n++
  }
  return s.slice(0, i)
}

/**
 * Stand-ins for required fields that have no default but a harmless value.
 * Fields not listed here (a card's stage, a link's ends, an emotion score,
 * an image's bytes …) carry meaning nothing can guess, so their record goes.
 */
function standInFor(key: string, inner: z.ZodType, at: Place, ctx: ShapeContext): unknown {
  const candidates: Record<string, () => unknown> = {
    id: () => newId(),
    name: () => 'Untitled',
    title: () => '',
    label: () => '',
    action: () => '',
    createdAt: () => ctx.nowIso,
    updatedAt: () => ctx.nowIso,
    takenAt: () => ctx.nowIso,
    order: () => at.index,
    color: () => '#888888',
    kind: () => 'free',
  }
  const make = candidates[key]
  if (!make) return undefined
  const v = make()
  return inner.safeParse(v).success ? v : undefined
}

function noteUnusable(ctx: ShapeContext, at: Place, presence: 'optional' | 'default', kind: FieldPlan['kind']): void {
  const field = fieldWords(at.field)
  if (presence === 'optional') {
    ctx.log.note(`unset:${at.noun}.${at.field}`, (n) => `Removed an unreadable ${field} from ${count(n, at.noun)}`)
  } else if (kind === 'list') {
    // Say plainly that the entries are gone: "reset to default" would hide it.
    ctx.log.note(`empty:${at.noun}.${at.field}`, (n) => `Emptied an unreadable list of ${field} on ${count(n, at.noun)}`)
  } else if (kind === 'enum') {
    ctx.log.note(`enum:${at.noun}.${at.field}`, (n) => `Replaced an unknown ${field} with the default on ${count(n, at.noun)}`)
  } else {
    ctx.log.note(`reset:${at.noun}.${at.field}`, (n) => `Reset an unreadable ${field} to its default on ${count(n, at.noun)}`)
  }
}

function noteConverted(ctx: ShapeContext, at: Place): void {
  ctx.log.note(
    `convert:${at.noun}.${at.field}`,
    (n) => `Converted ${subject(at, n)} to the expected kind of value`,
  )
}

/** "the text of 3 cards", or just "3 tags" for items of a plain list. */
function subject(at: Place, n: number): string {
  return at.field ? `the ${fieldWords(at.field)} of ${count(n, at.noun)}` : count(n, at.noun)
}
