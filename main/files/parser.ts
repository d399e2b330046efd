/**
 * Reading files that came from outside (projects, drafts, backups, CSV, and
 * later a second copy to merge) — as a port, so main/files never parses on
 * the thread that serves every window. The app uses OffThreadParser (a worker
 * thread with a time limit); tests may use the same, or parse in place.
 */
import type { CsvRead } from '../../shared/csv/read'
import type { ParseResult } from '../../shared/format'

export interface FileParser {
  /** A .journey file's bytes (taken over: the caller must not use them afterwards). */
  parseJourney(bytes: Uint8Array, options: { fileName?: string }): Promise<ParseResult>
  /** A CSV file's bytes (taken over likewise). */
  readCsv(bytes: Uint8Array, options: { fileName: string }): Promise<CsvRead>
}
