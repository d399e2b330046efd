import type { Project } from '../model'
import { FORBIDDEN_KEYS } from './decode'
import { CURRENT_FORMAT_VERSION, FORMAT_ID } from './version'

/**
 * Writes a project as .journey text. The bytes depend only on the content,
 * never on the order keys were added in, so saving an unchanged project gives
 * an identical file (clean diffs, reliable "changed?" checks, easy merges).
 * Fields the schema doesn't know are written like any other: they came from
 * the file and must survive.
 */
export function serializeJourney(project: Project): string {
  // The envelope keeps a fixed order so format and version are the first
  // thing a person (or a quick sniff of the first bytes) sees.
  const container = { format: FORMAT_ID, version: CURRENT_FORMAT_VERSION, project: sortKeys(project) }
  return `${JSON.stringify(container, null, 2)}\n`
}

export function serializeJourneyBytes(project: Project): Uint8Array {
  return new TextEncoder().encode(serializeJourney(project))
}

/**
 * A copy with every object's keys in code-unit order; arrays keep their order
 * because it means something (card order, stage order). Keys that look like
 * array indices are ordered numerically by the engine itself, which is just as
 * stable.
 */
export function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys)
  if (typeof value !== 'object' || value === null) return value
  const source = value as Record<string, unknown>
  const out: Record<string, unknown> = {}
  for (const key of Object.keys(source).sort()) {
    const v = source[key]
    // undefined: skipped as JSON.stringify would. Forbidden keys: the parser
    // drops them anyway, and assigning "__proto__" would swap the prototype.
    if (v !== undefined && !FORBIDDEN_KEYS.has(key)) out[key] = sortKeys(v)
  }
  return out
}
