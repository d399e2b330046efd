/**
 * Reads what the repair pass needs to know out of the model's zod schemas
 * (defaults, ranges, length limits, enum values), so repairs can never drift
 * from the schemas that judge the result. Zod's internals are touched only
 * here, through the `_zod.def` structure zod 4 documents for library authors.
 */
import type { z } from 'zod'

interface Def {
  type: string
  innerType?: z.ZodType
  defaultValue?: unknown
  shape?: Record<string, z.ZodType>
  element?: z.ZodType
  entries?: Record<string, string | number>
  checks?: Array<{ _zod: { def: { check: string; maximum?: number; minimum?: number } } }>
  format?: string
}

export function defOf(schema: z.ZodType): Def {
  return (schema as unknown as { _zod: { def: Def } })._zod.def
}

export type Presence = 'required' | 'optional' | 'default'

export interface Field {
  presence: Presence
  /** The schema with optional/default peeled off. */
  inner: z.ZodType
}

export function unwrapField(schema: z.ZodType): Field {
  const def = defOf(schema)
  if ((def.type === 'optional' || def.type === 'default') && def.innerType) {
    return { presence: def.type, inner: defOf(def.innerType).type === 'optional' ? unwrapField(def.innerType).inner : def.innerType }
  }
  return { presence: 'required', inner: schema }
}

function lengthCheck(schema: z.ZodType, check: 'max_length' | 'min_length'): number | undefined {
  for (const c of defOf(schema).checks ?? []) {
    const d = c._zod.def
    if (d.check === check) return check === 'max_length' ? d.maximum : d.minimum
  }
  return undefined
}

export const maxLength = (schema: z.ZodType) => lengthCheck(schema, 'max_length')
export const minLength = (schema: z.ZodType) => lengthCheck(schema, 'min_length')

export interface NumberRange {
  min: number
  max: number
  int: boolean
}

export function numberRange(schema: z.ZodType): NumberRange {
  const n = schema as unknown as { minValue: number | null; maxValue: number | null; isInt: boolean }
  return {
    min: typeof n.minValue === 'number' && Number.isFinite(n.minValue) ? n.minValue : -Number.MAX_VALUE,
    max: typeof n.maxValue === 'number' && Number.isFinite(n.maxValue) ? n.maxValue : Number.MAX_VALUE,
    int: n.isInt === true,
  }
}

const enumCache = new WeakMap<z.ZodType, ReadonlySet<unknown>>()

export function enumValues(schema: z.ZodType): ReadonlySet<unknown> {
  let values = enumCache.get(schema)
  if (!values) enumCache.set(schema, (values = new Set(Object.values(defOf(schema).entries ?? {}))))
  return values
}

const needsFullCheckCache = new WeakMap<z.ZodType, boolean>()

/**
 * True when a string schema checks more than its length (a pattern, a format,
 * a refinement). Plain texts skip the full zod run: the repair walks every
 * string of a 100,000-card map and must stay fast.
 */
export function stringNeedsFullCheck(schema: z.ZodType): boolean {
  let known = needsFullCheckCache.get(schema)
  if (known === undefined) {
    const def = defOf(schema)
    known = def.format !== undefined || (def.checks ?? []).some((c) => c._zod.def.check !== 'max_length')
    needsFullCheckCache.set(schema, known)
  }
  return known
}
