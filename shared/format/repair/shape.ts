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
/** One read's repair state; make it with `startRepair` and hand it to every `repairAt` of that read. */
export interface Run extends ShapeContext {
  verdicts: StringVerdicts
  /** Record schemas whose last record was refused: the next one likely is too (a hostile file repeats itself). */
  refusing: Set<z.ZodType>
}

export function startRepair(ctx: ShapeContext): Run {
  return { ...ctx, verdicts: new WeakMap(), refusing: new Set() }
}

/** What kind of value a field holds, for wording repair lines. */
export type FieldKind = 'enum' | 'list' | 'other'

interface FieldPlan {
  key: string
  presence: 'required' | 'optional' | 'default'
  inner: z.ZodType
  kind: FieldKind
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

const planIndexes = new WeakMap<z.ZodType, Map<string, FieldPlan>>()

/** The plans of just these fields (unknown fields have none: they are kept as they are). */
function fieldPlans(schema: z.ZodType, keys: ReadonlySet<string>): FieldPlan[] {
  let index = planIndexes.get(schema)
  if (!index) planIndexes.set(schema, (index = new Map(planOf(schema).map((f) => [f.key, f]))))
  const out: FieldPlan[] = []
  for (const key of keys) {
    const field = index.get(key)
    if (field) out.push(field)
  }
  return out
}

/** Where a value sits, in words: the record it belongs to and its field. */
export interface Place {
  noun: string
  field: string
  /** Position of the record in its list (used as a stand-in sort order). */
  index: number
}

export const PROJECT_PLACE: Place = { noun: 'project', field: 'project', index: 0 }

const keyCache = new Map<string, Map<string, Map<string, string>>>()

/**
 * "enum:card.color": the log key of one kind of fix. Made once per kind and
 * reused: a hostile file may need the same fix on 100,000 records.
 */
function logKey(kind: string, noun: string, field: string): string {
  let byNoun = keyCache.get(kind)
  if (!byNoun) keyCache.set(kind, (byNoun = new Map()))
  let byField = byNoun.get(noun)
  if (!byField) byNoun.set(noun, (byField = new Map()))
  let key = byField.get(field)
  if (key === undefined) byField.set(field, (key = `${kind}:${noun}.${field}`))
  return key
}

/** Repairs a whole value (used on garbage and in tests; reading repairs record by record). */
export function repairShape(schema: z.ZodType, value: unknown, ctx: ShapeContext): Fixed {
  return fixValue(schema, value, PROJECT_PLACE, startRepair(ctx))
}

/** Repairs one value at a known place: the record that strict validation refused. */
export function repairAt(schema: z.ZodType, value: unknown, at: Place, run: Run): Fixed {
  return fixValue(schema, value, at, run)
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

/**
 * Repairs only the named fields of one record, in place; the others passed
 * strict validation and are kept as they are. Reading uses this with the
 * fields zod refused, on records it alone holds, so a bad colour on a card
 * costs one field's repair, not a copy and a walk of the whole card.
 */
export function repairFieldsAt(schema: z.ZodType, value: unknown, fields: ReadonlySet<string>, at: Place, run: Run): Fixed {
  return fixObject(schema, value, at, run, fields)
}

function fixObject(schema: z.ZodType, value: unknown, at: Place, ctx: Run, only?: ReadonlySet<string>): Fixed {
  if (!isPlainObject(value)) return { ok: false }
  const out: Record<string, unknown> = only ? value : { ...value }
  let ok = true
  for (const field of only ? fieldPlans(schema, only) : planOf(schema)) {
    const { key, presence, inner, kind } = field
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
      noteStandIn(ctx, place, present)
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
    const mark = ctx.log.mark()
    // Items have no field name of their own: lines then read "3 tags", not "the tags of 3 tags".
    const fixed = fixValue(element, value[i], { noun, field: '', index: i }, ctx)
    if (fixed.ok) out.push(fixed.value)
    else {
      // A dropped item is reported as dropped, not also as half repaired.
      ctx.log.rollBack(mark)
      dropped++
    }
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
  if (max !== undefined && s.length > max && codePointsExceed(s, max)) {
    s = cutText(s, max)
    ctx.log.note(
      logKey('cut', at.noun, at.field),
      (n) => `Shortened ${subject(at, n)} to the ${max}-character limit`,
    )
  }
  if (stringNeedsFullCheck(schema) && !passes(schema, s, ctx.verdicts)) return { ok: false }
  return { ok: true, value: s }
}

/** Enough for the stage and lane ids every card repeats; unique ids (one per card) would only fill it. */
const MAX_REMEMBERED_VERDICTS = 4096

function passes(schema: z.ZodType, s: string, verdicts: StringVerdicts): boolean {
  let known = verdicts.get(schema)
  if (!known) verdicts.set(schema, (known = new Map()))
  let verdict = known.get(s)
  if (verdict === undefined) {
    verdict = schema.safeParse(s).success
    if (known.size < MAX_REMEMBERED_VERDICTS) known.set(s, verdict)
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
    ctx.log.note(logKey('round', at.noun, at.field), (n) => `Rounded ${subject(at, n)} to a whole number`)
  }
  if (x < min || x > max) {
    x = Math.min(max, Math.max(min, x))
    ctx.log.note(
      logKey('clamp', at.noun, at.field),
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

/** codePointLength(s) > max, counting only as far as needed (a 60 MB text costs `max` steps). */
export function codePointsExceed(s: string, max: number): boolean {
  let n = 0
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = s.charCodeAt(i + 1)
      if (next >= 0xdc00 && next <= 0xdfff) i++
    }
    if (++n > max) return true
  }
  return false
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
const STAND_INS: Record<string, (at: Place, ctx: ShapeContext) => unknown> = {
  id: () => newId(),
  name: () => 'Untitled',
  title: () => '',
  label: () => '',
  action: () => '',
  createdAt: (_at, ctx) => ctx.nowIso,
  updatedAt: (_at, ctx) => ctx.nowIso,
  takenAt: (_at, ctx) => ctx.nowIso,
  order: (at) => at.index,
  color: () => '#888888',
  kind: () => 'free',
}

export function standInFor(key: string, inner: z.ZodType, at: Place, ctx: ShapeContext): unknown {
  const make = Object.hasOwn(STAND_INS, key) ? STAND_INS[key] : undefined
  if (!make) return undefined
  const v = make(at, ctx)
  return inner.safeParse(v).success ? v : undefined
}

export function noteStandIn(ctx: ShapeContext, at: Place, present: boolean): void {
  const { noun, field } = at
  if (present) {
    ctx.log.note(logKey('replace', noun, field), (n) => `Replaced an unreadable ${fieldWords(field)} on ${count(n, noun)}`)
  } else {
    ctx.log.note(logKey('fill', noun, field), (n) => `Filled in a missing ${fieldWords(field)} on ${count(n, noun)}`)
  }
}

export function noteUnusable(ctx: ShapeContext, at: Place, presence: 'optional' | 'default', kind: FieldKind): void {
  const { noun, field } = at
  // Words are made once per line, when the log is read, not once per repaired record.
  if (presence === 'optional') {
    ctx.log.note(logKey('unset', noun, field), (n) => `Removed an unreadable ${fieldWords(field)} from ${count(n, noun)}`)
  } else if (kind === 'list') {
    // Say plainly that the entries are gone: "reset to default" would hide it.
    ctx.log.note(logKey('empty', noun, field), (n) => `Emptied an unreadable list of ${fieldWords(field)} on ${count(n, noun)}`)
  } else if (kind === 'enum') {
    ctx.log.note(logKey('enum', noun, field), (n) => `Replaced an unknown ${fieldWords(field)} with the default on ${count(n, noun)}`)
  } else {
    ctx.log.note(logKey('reset', noun, field), (n) => `Reset an unreadable ${fieldWords(field)} to its default on ${count(n, noun)}`)
  }
}

function noteConverted(ctx: ShapeContext, at: Place): void {
  ctx.log.note(
    logKey('convert', at.noun, at.field),
    (n) => `Converted ${subject(at, n)} to the expected kind of value`,
  )
}

/** "the text of 3 cards", or just "3 tags" for items of a plain list. */
function subject(at: Place, n: number): string {
  return at.field ? `the ${fieldWords(at.field)} of ${count(n, at.noun)}` : count(n, at.noun)
}
