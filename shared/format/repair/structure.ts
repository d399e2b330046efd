/**
 * The shape of the model as reading needs it, derived from the zod schemas
 * alone — so a list added to the model later is capped, checked record by
 * record and attacked by the test corpus without anyone listing it here.
 */
import type { z } from 'zod'
import { defOf, maxLength, minLength, unwrapField, type Presence } from './schema-info'

/** A list field of some record, with what the schema allows. */
export interface ListField {
  key: string
  presence: Presence
  /** The field's schema as declared (with its default), to produce the default. */
  field: z.ZodType
  list: z.ZodType
  element: z.ZodType
  max: number | undefined
  min: number | undefined
}

/** A field holding one record (an object), such as a snapshot's map. */
export interface RecordField {
  key: string
  presence: Presence
  field: z.ZodType
  record: z.ZodType
}

export const isObjectSchema = (schema: z.ZodType): boolean => defOf(schema).type === 'object'

function fieldsOf(schema: z.ZodType): { lists: ListField[]; records: RecordField[] } {
  const lists: ListField[] = []
  const records: RecordField[] = []
  for (const [key, field] of Object.entries(defOf(schema).shape ?? {})) {
    const { presence, inner } = unwrapField(field)
    const def = defOf(inner)
    if (def.type === 'array' && def.element) {
      lists.push({ key, presence, field, list: inner, element: def.element, max: maxLength(inner), min: minLength(inner) })
    } else if (def.type === 'object') {
      records.push({ key, presence, field, record: inner })
    }
  }
  return { lists, records }
}

const fieldsCache = new WeakMap<z.ZodType, ReturnType<typeof fieldsOf>>()

/** The list and record fields of an object schema (cached: asked once per record read). */
export function structureOf(schema: z.ZodType): { lists: ListField[]; records: RecordField[] } {
  let known = fieldsCache.get(schema)
  if (!known) fieldsCache.set(schema, (known = fieldsOf(schema)))
  return known
}

/** Where a list sits in a project: keys, with '*' standing for "every item of the list above". */
export type SchemaPath = Array<string | '*'>

export interface SchemaList extends ListField {
  /** Path of the list itself, e.g. ['maps', '*', 'cards']. */
  path: SchemaPath
}

/**
 * Every list in the schema, outermost first. A snapshot's map is walked like
 * any map, so its lists appear under ['snapshots', '*', 'map', …] too.
 */
export function schemaLists(root: z.ZodType): SchemaList[] {
  const out: SchemaList[] = []
  const visit = (schema: z.ZodType, at: SchemaPath, seen: ReadonlySet<z.ZodType>) => {
    // A schema that contains itself would never end; the model has none, but a later one might.
    if (seen.has(schema)) return
    const inside = new Set(seen).add(schema)
    const { lists, records } = structureOf(schema)
    for (const list of lists) {
      const path = [...at, list.key]
      out.push({ ...list, path })
      if (isObjectSchema(list.element)) visit(list.element, [...path, '*'], inside)
    }
    for (const record of records) visit(record.record, [...at, record.key], inside)
  }
  visit(root, [], new Set())
  return out
}

/**
 * Upper bound of the records (objects) one value of this schema can hold,
 * itself included: what one failed record could cost to re-check.
 */
export function recordBound(schema: z.ZodType, seen: ReadonlySet<z.ZodType> = new Set()): number {
  if (!isObjectSchema(schema)) return 0
  if (seen.has(schema)) return Infinity
  const inside = new Set(seen).add(schema)
  const { lists, records } = structureOf(schema)
  let n = 1
  for (const list of lists) {
    const each = recordBound(list.element, inside)
    if (each > 0) n += (list.max ?? Infinity) * each
  }
  for (const record of records) n += recordBound(record.record, inside)
  return n
}
