/**
 * Reading files that came from outside (projects, drafts, backups, CSV, and
 * later a second copy to merge) — as a port, so main/files never parses on
 * the thread that serves every window. The app uses OffThreadParser (a worker
 * thread with a time limit); tests may use the same, or parse in place.
 */
import type { FileProblem } from '../../shared/api'
import type { CsvRead } from '../../shared/csv/read'
import type { ParseResult } from '../../shared/format'

/**
 * A project as read, in the form main passes on: JSON text (and the name, for
 * titles and lists). Main never builds a big project's objects on its own
 * thread — neither from the worker nor for the window, which parses the text
 * itself.
 */
export interface ProjectText {
  name: string
  json: string
}

export type JourneyRead =
  | { ok: true; project: ProjectText; repairs: string[]; migratedFrom: number | null }
  | { ok: false; problem: FileProblem }

export interface FileParser {
  /** A .journey file's bytes (taken over: the caller must not use them afterwards). */
  parseJourney(bytes: Uint8Array, options: { fileName?: string }): Promise<JourneyRead>
  /** A CSV file's bytes (taken over likewise). */
  readCsv(bytes: Uint8Array, options: { fileName: string }): Promise<CsvRead>
}

/** What the worker hands back for a parse: the opened project as text. */
export function asJourneyRead(result: ParseResult): JourneyRead {
  if (!result.ok) return result
  return {
    ok: true,
    project: { name: result.project.name, json: JSON.stringify(result.project) },
    repairs: result.repairs,
    migratedFrom: result.migratedFrom,
  }
}
