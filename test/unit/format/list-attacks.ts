/**
 * The long-list class of hostile files, for EVERY list of the model — found
 * in the zod schemas (schemaLists), so a list added to the model later is
 * attacked too without anyone naming it here. For each list: 1×, 10× and
 * 100× its maximum (capped at what fits in the 64 MiB file limit), filled
 * with
 *   - copies of one record (every copy with the same id),
 *   - records whose references all point nowhere,
 *   - records each of a different wrong type.
 * Files are built lazily, one at a time, from JSON text (never as object
 * graphs), so the corpus costs little memory and time to make.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { z } from 'zod'
import { MAX_FILE_BYTES } from '../../../shared/format'
import { defOf, numberRange, unwrapField } from '../../../shared/format/repair/schema-info'
import { isObjectSchema, schemaLists, type SchemaList } from '../../../shared/format/repair/structure'
import { Project } from '../../../shared/model'

type Json = unknown
type JsonObject = Record<string, Json>

export type ListAttackKind = 'duplicated' | 'dangling' | 'wrong types'

export interface ListAttack {
  list: string
  kind: ListAttackKind
  /** 1, 10 or 100 (× the list's maximum). */
  factor: number
  /** Items actually written (smaller than factor × max when capped at the file limit). */
  count: number
  max: number
  capped: boolean
  make: () => Uint8Array
}

// import.meta.dirname (not import.meta.url): the parse benchmark bundles this file and maps the dirname back.
const SAMPLE = readFileSync(resolve(import.meta.dirname, '../../fixtures/format/v1.journey'), 'utf8')
/** Leaves room for the rest of the project within the file limit. */
const BYTE_BUDGET = MAX_FILE_BYTES - 512 * 1024
const MARKER_TEXT = '__journeywall_list_attack__'
const MARKER = JSON.stringify(MARKER_TEXT)

/** A value the schema accepts, made from the schema alone (for lists the sample leaves empty). */
export function minimalValue(schema: z.ZodType, key = ''): Json {
  const { inner } = unwrapField(schema)
  const def = defOf(inner) as ReturnType<typeof defOf> & { values?: unknown[] }
  let value: Json
  switch (def.type) {
    case 'object': {
      const out: JsonObject = {}
      for (const [k, field] of Object.entries(def.shape ?? {})) {
        if (unwrapField(field).presence === 'required') out[k] = minimalValue(field, k)
      }
      value = out
      break
    }
    case 'array':
      value = []
      break
    case 'number': {
      const { min, int } = numberRange(inner)
      value = min > -Number.MAX_VALUE ? (int ? Math.ceil(min) : min) : 0
      break
    }
    case 'boolean':
      value = false
      break
    case 'enum':
      value = Object.values(def.entries ?? {})[0]
      break
    case 'string':
      value = ['x1', 'image/png', '#888888', '2026-01-01T00:00:00.000Z', '', 'QUJD'].find((s) => inner.safeParse(s).success)
      break
    default:
      value = undefined
  }
  if (!inner.safeParse(value).success) throw new Error(`list attacks: cannot make a valid "${key || def.type}" — teach minimalValue about it`)
  return value
}

/** Fields that point at other records, by the model's naming: `…Id` and `…Ids`. */
function withDanglingRefs(record: Json): Json {
  if (typeof record !== 'object' || record === null || Array.isArray(record)) return record
  const out: JsonObject = { ...(record as JsonObject) }
  for (const key of Object.keys(out)) {
    if (key !== 'id' && key.endsWith('Id')) out[key] = 'gone-ref'
    else if (key.endsWith('Ids')) out[key] = ['gone-ref']
  }
  return out
}

function hasRefs(schema: z.ZodType): boolean {
  return isObjectSchema(schema) && Object.keys(defOf(schema).shape ?? {}).some((k) => (k !== 'id' && k.endsWith('Id')) || k.endsWith('Ids'))
}

function wrongFor(value: Json): Json {
  if (typeof value === 'string') return 12345
  if (typeof value === 'number') return 'not a number'
  if (typeof value === 'boolean') return 'maybe'
  if (Array.isArray(value)) return 'not a list'
  if (value && typeof value === 'object') return 'not a record'
  return { unexpected: true }
}

/** Items each of a different wrong type: whole items of every JSON kind, then the template with one field at a time wrong. */
function wrongTypeVariants(template: Json, element: z.ZodType): Json[] {
  const variants: Json[] = [null, 7, -1.5, 'a plain text', true, [], {}, [template]]
  if (isObjectSchema(element) && template && typeof template === 'object') {
    for (const key of Object.keys(defOf(element).shape ?? {})) {
      variants.push({ ...(template as JsonObject), [key]: wrongFor((template as JsonObject)[key]) })
    }
  }
  return variants
}

/** The value at a list path in a document, with '*' read as the first item. */
function containerOf(project: JsonObject, path: SchemaList['path']): JsonObject | null {
  let v: Json = project
  for (const key of path.slice(0, -1)) {
    if (key === '*') v = Array.isArray(v) ? v[0] : undefined
    else v = (v as JsonObject | undefined)?.[key]
    if (typeof v !== 'object' || v === null) return null
  }
  return v as JsonObject
}

/** One existing item of this list anywhere in the document (following every '*'), or none. */
function existingItem(node: Json, path: SchemaList['path']): Json | undefined {
  if (path.length === 0) return Array.isArray(node) && node.length > 0 ? node[0] : undefined
  const [key, ...rest] = path
  if (key === '*') {
    if (!Array.isArray(node)) return undefined
    for (const child of node) {
      const found = existingItem(child, rest)
      if (found !== undefined) return found
    }
    return undefined
  }
  return typeof node === 'object' && node !== null ? existingItem((node as JsonObject)[key as string], rest) : undefined
}

/** The sample, with one record in every list a path goes through (a snapshot, an image …). */
function baseProject(): JsonObject {
  const doc = JSON.parse(SAMPLE) as { project: JsonObject }
  const project = doc.project
  const maps = project.maps as JsonObject[]
  if ((project.snapshots as Json[]).length === 0) {
    project.snapshots = [{ id: 'snap-1', label: 'March review', takenAt: '2026-03-01T00:00:00.000Z', map: structuredClone(maps[0]) }]
  }
  return project
}

/** One list per (owner, field): a snapshot's map has the same lists as any map, attacked once. */
function distinctLists(): SchemaList[] {
  const seen = new Set<string>()
  const out: SchemaList[] = []
  for (const list of schemaLists(Project)) {
    const owner = list.path.length === 1 ? 'project' : list.path.slice(0, -1).filter((k) => k !== '*').join('.')
    const ownerSchema = owner.split('.').pop() === 'map' ? 'maps' : owner
    const key = `${ownerSchema}:${list.key}`
    if (seen.has(key)) continue
    seen.add(key)
    out.push(list)
  }
  return out
}

export function listAttacks(): ListAttack[] {
  const base = baseProject()
  const attacks: ListAttack[] = []
  for (const list of distinctLists()) {
    const max = list.max
    if (max === undefined) continue
    const template = existingItem(base, list.path) ?? minimalValue(list.element, list.key)
    const name = list.path.join('.')
    const kinds: Array<[ListAttackKind, Json[]]> = [['duplicated', [template]]]
    if (hasRefs(list.element)) kinds.push(['dangling', [withDanglingRefs(template)]])
    kinds.push(['wrong types', wrongTypeVariants(template, list.element)])
    for (const [kind, variants] of kinds) {
      const texts = variants.map((v) => JSON.stringify(v))
      const averageBytes = texts.reduce((a, t) => a + t.length + 1, 0) / texts.length
      const fits = Math.floor(BYTE_BUDGET / averageBytes)
      let previous = -1
      for (const factor of [1, 10, 100]) {
        const count = Math.min(max * factor, fits)
        // 10× and 100× are the same file once both are capped by the file limit.
        if (count === previous) continue
        previous = count
        attacks.push({
          list: name,
          kind,
          factor,
          count,
          max,
          capped: count < max * factor,
          make: () => buildFile(base, list.path, texts, count),
        })
      }
    }
  }
  return attacks
}

function buildFile(base: JsonObject, path: SchemaList['path'], items: string[], count: number): Uint8Array {
  const project = structuredClone(base)
  const container = containerOf(project, path)
  const key = path[path.length - 1] as string
  if (!container) throw new Error(`list attacks: no record holds ${path.join('.')}`)
  container[key] = MARKER_TEXT
  const text = JSON.stringify({ format: 'journeywall', version: 1, project })
  const list = items.length === 1 ? Array(count).fill(items[0]) : Array.from({ length: count }, (_, i) => items[i % items.length])
  if (!text.includes(MARKER)) throw new Error('list attacks: marker not written')
  return new TextEncoder().encode(text.replace(MARKER, () => `[${list.join(',')}]`))
}

/** The list's records in an opened project, wherever the path leads (first item at each '*'). */
export function listIn(project: unknown, path: string): unknown[] | null {
  const container = containerOf(project as JsonObject, path.split('.'))
  const value = container?.[path.split('.').pop() as string]
  return Array.isArray(value) ? value : null
}

