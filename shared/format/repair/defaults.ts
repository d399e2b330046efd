/**
 * For schemas that only check (no transforms), zod's output for a valid
 * record is the record itself with defaults filled in. Reading a big file,
 * building that copy for each of 100,000 cards is half the cost of checking
 * them (and most of the garbage), so sound records are checked with zod's
 * compiled validator and get their defaults filled in place instead.
 *
 * Whether a schema qualifies is read from the schema, so a later model that
 * adds a transform simply goes back to zod's own output for that record.
 * A test compares both outputs on generated projects.
 */
import type { z } from 'zod'
import { isPlainObject } from '../container'
import { defOf, unwrapField } from './schema-info'

/** Zod types whose output equals a valid input. */
const CHECK_ONLY = new Set(['string', 'number', 'boolean', 'enum', 'literal', 'unknown', 'any', 'null'])

interface CheckDef {
  type: string
  innerType?: z.ZodType
  element?: z.ZodType
  shape?: Record<string, z.ZodType>
  catchall?: z.ZodType
  coerce?: boolean
  checks?: Array<{ _zod: { def: { check: string } } }>
}

const pureCache = new WeakMap<z.ZodType, boolean>()

/** True when a valid value's parsed output is the value itself plus defaults. */
export function outputIsInput(schema: z.ZodType): boolean {
  let known = pureCache.get(schema)
  if (known === undefined) {
    // Assume yes while looking inside, so a schema that refers to itself doesn't loop.
    pureCache.set(schema, true)
    known = judgePure(schema)
    pureCache.set(schema, known)
  }
  return known
}

function judgePure(schema: z.ZodType): boolean {
  const def = defOf(schema) as unknown as CheckDef
  // A check that rewrites the value (trim, toLowerCase …) or coercion changes the output.
  if (def.coerce) return false
  if ((def.checks ?? []).some((c) => c._zod.def.check === 'overwrite')) return false
  if (CHECK_ONLY.has(def.type)) return true
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
      return def.innerType !== undefined && outputIsInput(def.innerType)
    case 'array':
      return def.element !== undefined && outputIsInput(def.element)
    case 'object': {
      // Only loose (unknown keys kept) or strict (unknown keys refused) objects
      // give back what they got; a plain z.object() strips unknown keys.
      const catchall = def.catchall ? (defOf(def.catchall) as unknown as CheckDef).type : undefined
      if (catchall !== 'unknown' && catchall !== 'never' && catchall !== 'any') return false
      return Object.values(def.shape ?? {}).every(outputIsInput)
    }
    default:
      return false
  }
}

interface DefaultField {
  key: string
  /** Makes a fresh default, or null when the field has none (optional or required). */
  make: (() => unknown) | null
  /** A record inside (walked for its own defaults). */
  record: z.ZodType | null
  /** Records in a list inside (each walked for its own defaults). */
  listOf: z.ZodType | null
}

const planCache = new WeakMap<z.ZodType, DefaultField[]>()

function planOf(schema: z.ZodType): DefaultField[] {
  let plan = planCache.get(schema)
  if (plan) return plan
  plan = []
  planCache.set(schema, plan)
  for (const [key, field] of Object.entries(defOf(schema).shape ?? {})) {
    const { presence, inner } = unwrapField(field)
    const innerDef = defOf(inner)
    const record = innerDef.type === 'object' && needsWalk(inner) ? inner : null
    const element = innerDef.type === 'array' ? innerDef.element : undefined
    const listOf = element && defOf(element).type === 'object' && needsWalk(element) ? element : null
    const make = presence === 'default' ? defaultMaker(field) : null
    if (make || record || listOf) plan.push({ key, make, record, listOf })
  }
  return plan
}

function needsWalk(schema: z.ZodType): boolean {
  return planOf(schema).length > 0
}

/**
 * Fresh default values without a zod call per record: zod hands out a
 * shallow copy of the declared default each time, and so does this.
 */
function defaultMaker(field: z.ZodType): () => unknown {
  const parsed = field.safeParse(undefined)
  const sample: unknown = parsed.success ? parsed.data : undefined
  if (Array.isArray(sample)) {
    const items = [...sample]
    return () => [...items]
  }
  if (isPlainObject(sample)) {
    const copy = { ...sample }
    return () => ({ ...copy })
  }
  return () => sample
}

/** Fills in the defaults of a valid record (and of the records inside it), in place. */
export function fillDefaults(schema: z.ZodType, value: Record<string, unknown>): void {
  for (const field of planOf(schema)) {
    const v = value[field.key]
    if (v === undefined) {
      if (field.make) value[field.key] = field.make()
    } else if (field.record) {
      fillDefaults(field.record, v as Record<string, unknown>)
    } else if (field.listOf && Array.isArray(v)) {
      for (const item of v) fillDefaults(field.listOf, item as Record<string, unknown>)
    }
  }
}
