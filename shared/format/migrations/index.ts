/**
 * Format migrations: one small pure function per version step, in its own
 * file (`v1-to-v2.ts`, …), registered here under the version it upgrades FROM.
 *
 * A step receives the `project` value of a file at version N (unknown: it is
 * untrusted and not yet validated) and returns the project as version N+1
 * expects it. It must not throw on odd input it doesn't care about; the strict
 * validation and the repair pass after the last step deal with damage. It
 * must not put one object in two places: reading fills defaults and repairs
 * records in place.
 *
 * Version 1 is the first format, so there are no steps yet.
 */
import { CURRENT_FORMAT_VERSION } from '../version'

export type Migration = (project: unknown) => unknown
export type MigrationRegistry = Readonly<Record<number, Migration>>

export const migrations: MigrationRegistry = {}

export class MissingMigrationError extends Error {
  constructor(readonly fromVersion: number) {
    super(`No migration from format version ${fromVersion} to ${fromVersion + 1}`)
    this.name = 'MissingMigrationError'
  }
}

/** Applies every step from `fromVersion` up to `toVersion`, in order. */
export function migrate(
  project: unknown,
  fromVersion: number,
  registry: MigrationRegistry = migrations,
  toVersion: number = CURRENT_FORMAT_VERSION,
): unknown {
  let doc = project
  for (let v = fromVersion; v < toVersion; v++) {
    const step = registry[v]
    // A gap is a programming error, never the file's fault; the registry test catches it.
    if (!step) throw new MissingMigrationError(v)
    doc = step(doc)
  }
  return doc
}
