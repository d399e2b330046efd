import type { FileProblem } from '../api'
import { problems } from './problems'
import { CURRENT_FORMAT_VERSION, FORMAT_ID } from './version'

export type ContainerOutcome =
  | { ok: true; version: number; project: unknown }
  | { ok: false; problem: FileProblem }

/**
 * Reads the outer `{ format, version, project }` envelope. The version decides
 * everything after it, so it is judged before the project is looked at.
 */
export function readContainer(
  doc: unknown,
  fileName: string | undefined,
  supported: number = CURRENT_FORMAT_VERSION,
): ContainerOutcome {
  if (!isPlainObject(doc) || doc.format !== FORMAT_ID) {
    return { ok: false, problem: problems.notJourneywall(fileName) }
  }
  const version = doc.version
  // A string "1" is refused too: only Journeywall writes this field, and it
  // always writes a number, so anything else means damage.
  if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 1) {
    return { ok: false, problem: problems.badVersion(fileName) }
  }
  if (version > supported) {
    return { ok: false, problem: problems.tooNew(fileName, version, supported) }
  }
  return { ok: true, version, project: doc.project }
}

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}
