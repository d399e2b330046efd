/**
 * Strict validation record by record, repairing only what it refuses.
 *
 * Validating a whole project in one zod call and, when anything is wrong,
 * repairing and validating the whole project again costs two or three full
 * passes for one bad card. Here every record that can hold many others (a
 * project, a map, a snapshot) is checked in parts: its own fields in one zod
 * call, then each of its big lists item by item. A refused item alone is
 * repaired (repairAt) and checked again, so a damaged file costs about what a
 * sound one does, plus its damage.
 *
 * Everything is derived from the schemas: any list of the model that can hold
 * more than RECORD_CHUNK records is checked item by item, whatever its name.
 * Where zod's meaning can't be reproduced in parts (a refinement over a whole
 * record or list), that record is checked whole.
 */
import { z } from 'zod'
import { FORBIDDEN_KEYS } from '../decode'
import { isPlainObject } from '../container'
import { fillDefaults, outputIsInput } from './defaults'
import { defOf } from './schema-info'
import { noteStandIn, noteUnusable, repairAt, repairFieldsAt, standInFor, type Fixed, type Place, type Run } from './shape'
import { isObjectSchema, recordBound, structureOf, type ListField, type RecordField } from './structure'
import { count, itemNoun, plural, was } from './words'

/** A list that may hold more records than this is checked item by item. */
export const RECORD_CHUNK = 200

type Part = { key: string; presence: ListField['presence']; field: z.ZodType } & (
  | { kind: 'list'; list: ListField }
  | { kind: 'record'; record: RecordField }
)

interface RecordPlan {
  /** The record without its big parts, or null when it is checked whole. */
  own: z.ZodType | null
  parts: Part[]
  partKeys: ReadonlySet<string>
}

const plans = new WeakMap<z.ZodType, RecordPlan>()

function planFor(schema: z.ZodType): RecordPlan {
  let plan = plans.get(schema)
  if (!plan) plans.set(schema, (plan = makePlan(schema)))
  return plan
}

const WHOLE: RecordPlan = { own: null, parts: [], partKeys: new Set() }

/** Only min/max on a list can be judged item by item; any other list check needs the whole list. */
function listChecksArePlain(list: z.ZodType): boolean {
  return (defOf(list).checks ?? []).every((c) => c._zod.def.check === 'max_length' || c._zod.def.check === 'min_length')
}

function makePlan(schema: z.ZodType): RecordPlan {
  if (!isObjectSchema(schema)) return WHOLE
  const { lists, records } = structureOf(schema)
  const parts: Part[] = []
  for (const list of lists) {
    const big = (list.max ?? Infinity) * recordBound(list.element) > RECORD_CHUNK
    if (big && isObjectSchema(list.element) && listChecksArePlain(list.list)) {
      parts.push({ key: list.key, presence: list.presence, field: list.field, kind: 'list', list })
    }
  }
  for (const record of records) {
    if (recordBound(record.record) > RECORD_CHUNK) {
      parts.push({ key: record.key, presence: record.presence, field: record.field, kind: 'record', record })
    }
  }
  if (parts.length === 0) return WHOLE
  const mask = Object.fromEntries(parts.map((p) => [p.key, true as const]))
  try {
    // zod refuses .omit() on an object with refinements: such a record is checked whole.
    const own = (schema as unknown as { omit(mask: Record<string, true>): z.ZodType }).omit(mask)
    return { own, parts, partKeys: new Set(parts.map((p) => p.key)) }
  } catch {
    return WHOLE
  }
}

/**
 * Validates (and where needed repairs) one record; the result is what zod's
 * parse would give. Works in place: pass only freshly parsed data that
 * nothing else holds, with no object in two places.
 */
export function checkRecord(schema: z.ZodType, value: unknown, at: Place, run: Run): Fixed {
  const plan = planFor(schema)
  if (plan.own === null) return checkWhole(schema, value, at, run)
  if (!isPlainObject(value)) return { ok: false }

  const own: Record<string, unknown> = {}
  for (const key of Object.keys(value)) {
    if (!plan.partKeys.has(key) && !FORBIDDEN_KEYS.has(key)) own[key] = value[key]
  }
  const ownChecked = checkWhole(plan.own, own, at, run)
  if (!ownChecked.ok) return { ok: false, partial: 'partial' in ownChecked ? ownChecked.partial : own }
  const out = ownChecked.value as Record<string, unknown>

  let ok = true
  for (const part of plan.parts) {
    const raw = value[part.key]
    const place: Place = { noun: at.noun, field: part.key, index: at.index }
    const checked: Fixed =
      raw === undefined
        ? { ok: false }
        : part.kind === 'list'
          ? checkList(part.list, raw, run)
          : checkRecord(part.record.record, raw, place, run)
    if (checked.ok) {
      out[part.key] = checked.value
      continue
    }
    const present = raw !== undefined
    if (part.presence !== 'required') {
      if (part.presence === 'default') out[part.key] = defaultOf(part.field)
      if (present) noteUnusable(run, place, part.presence, part.kind === 'list' ? 'list' : 'other')
      continue
    }
    const standIn = standInFor(part.key, part.kind === 'list' ? part.list.list : part.record.record, place, run)
    if (standIn !== undefined) {
      out[part.key] = standIn
      noteStandIn(run, place, present)
      continue
    }
    // Kept for the final message, which points at the first gap it finds.
    if (present) out[part.key] = 'partial' in checked ? checked.partial : raw
    ok = false
  }
  return ok ? { ok: true, value: out } : { ok: false, partial: out }
}

function checkList(list: ListField, raw: unknown, run: Run): Fixed {
  if (!Array.isArray(raw)) return { ok: false }
  const noun = itemNoun(list.key)
  const out: unknown[] = []
  let dropped = 0
  for (let i = 0; i < raw.length; i++) {
    const item: unknown = raw[i]
    // The parsed input belongs to this read alone: letting go of each item once
    // it is checked halves what the garbage collector must keep marking.
    raw[i] = undefined
    // Not even a record (null, a number, a text …): nothing to repair, no zod call.
    if (!isPlainObject(item)) {
      dropped++
      continue
    }
    const mark = run.log.mark()
    const checked = checkRecord(list.element, item, { noun, field: '', index: i }, run)
    if (checked.ok) out.push(checked.value)
    else {
      // A dropped record is reported as dropped, not also as half repaired.
      run.log.rollBack(mark)
      dropped++
    }
  }
  if (dropped > 0) {
    run.log.note(`drop:${noun}`, (n) => `Removed ${count(n, noun)} that ${was(n)} damaged beyond repair`, dropped)
  }
  // capLists has cut every list already; this only guards callers that skipped it.
  if (list.max !== undefined && out.length > list.max) {
    const max = list.max
    run.log.note(`cap:${noun}`, (n) => `Removed ${n} ${plural(noun)} beyond the limit of ${max}`, out.length - max)
    out.length = max
  }
  if (out.length < (list.min ?? 0)) return { ok: false, partial: out }
  return { ok: true, value: out }
}

/**
 * One check with zod's compiled validator; on refusal only the fields zod
 * named are repaired (the whole record when it named the record itself), and
 * the record is judged once more. A sound record of a check-only schema is
 * kept as it is, with its defaults filled in (see defaults.ts); others get
 * zod's parsed output.
 */
function checkWhole(schema: z.ZodType, value: unknown, at: Place, run: Run): Fixed {
  const fast = compiled(schema)
  // After a refused record, the next of its kind goes straight to the parser
  // that names what is wrong: one pass instead of the fast check, its fallback
  // and then that parser (a file of 100,000 damaged cards repeats itself).
  if (!run.refusing.has(schema)) {
    const first = accept(schema, fast, value)
    if (first.ok) return first
    run.refusing.add(schema)
  }
  const verdict = refusedFields(schema, value)
  if (verdict.ok) {
    run.refusing.delete(schema)
    return verdict
  }
  const { fields } = verdict
  const fixed = fields ? repairFieldsAt(schema, value, fields, at, run) : repairAt(schema, value, at, run)
  if (!fixed.ok) return fixed
  const again = accept(schema, fast, fixed.value)
  return again.ok ? again : { ok: false, partial: fixed.value }
}

function accept(schema: z.ZodType, fast: z.ZodType, value: unknown): Fixed {
  if (outputIsInput(schema) && isPlainObject(value)) {
    if (!fast.validate(value)) return { ok: false }
    fillDefaults(schema, value)
    return { ok: true, value }
  }
  const payload = run(fast, value)
  return payload.issues.length === 0 ? { ok: true, value: payload.value } : { ok: false }
}

interface RawIssue {
  path?: PropertyKey[]
}
interface Runnable {
  _zod: { run(payload: { value: unknown; issues: RawIssue[] }, ctx: { async: false }): { value: unknown; issues: RawIssue[] } }
}

/**
 * What safeParse does, minus building a ZodError (an Error, with a stack
 * trace and worded messages) for every refused record: `_zod.run` is the
 * entry point safeParse itself calls, and only the raw issues' paths are read.
 */
function run(schema: z.ZodType, value: unknown): { value: unknown; issues: RawIssue[] } {
  return (schema as unknown as Runnable)._zod.run({ value, issues: [] }, { async: false })
}

/**
 * Zod's full parse: the record as parsed when it is sound, else the
 * top-level fields it refuses (null when it refuses the record as a whole).
 */
function refusedFields(schema: z.ZodType, value: unknown): { ok: true; value: unknown } | { ok: false; fields: Set<string> | null } {
  const payload = run(schema, value)
  if (payload.issues.length === 0) return { ok: true, value: payload.value }
  const fields = new Set<string>()
  for (const issue of payload.issues) {
    const first = issue.path?.[0]
    if (typeof first !== 'string') return { ok: false, fields: null }
    fields.add(first)
  }
  return { ok: false, fields }
}

const compiledCache = new WeakMap<z.ZodType, z.ZodType>()

/**
 * zod's ahead-of-time compiled validator of a schema: the same judgement,
 * several times faster on sound records (it falls back to the ordinary parser
 * for refused ones). Compiling uses `new Function`, which a page under our
 * Content-Security-Policy may not; where zod is told to stay jitless (the
 * renderer), the schema is used as it is.
 */
function compiled(schema: z.ZodType): z.ZodType {
  let fast = compiledCache.get(schema)
  if (!fast) {
    fast = z.config().jitless ? schema : z.compile(schema)
    compiledCache.set(schema, fast)
  }
  return fast
}

function defaultOf(field: z.ZodType): unknown {
  const parsed = field.safeParse(undefined)
  return parsed.success ? parsed.data : undefined
}
