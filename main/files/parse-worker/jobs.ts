/**
 * What the parse worker does: plain functions from bytes to a result, so the
 * same code runs in the worker thread and, in tests, anywhere.
 */
import { readCsv, type CsvRead } from '../../../shared/csv/read'
import { parseJourney } from '../../../shared/format'
import { asJourneyRead, type JourneyRead } from '../parser'

export type ParseJob =
  | { kind: 'journey'; bytes: Uint8Array; fileName?: string }
  | { kind: 'csv'; bytes: Uint8Array; fileName: string }

export type ParseJobResult =
  | { kind: 'journey'; result: JourneyRead }
  | { kind: 'csv'; result: CsvRead }
  /** The job threw: a bug, since both readers promise never to throw. */
  | { kind: 'crashed'; message: string }

export function runParseJob(job: ParseJob): ParseJobResult {
  try {
    switch (job.kind) {
      case 'journey':
        return { kind: 'journey', result: asJourneyRead(parseJourney(job.bytes, job.fileName === undefined ? {} : { fileName: job.fileName })) }
      case 'csv':
        return { kind: 'csv', result: readCsv(job.bytes, job.fileName) }
    }
  } catch (error) {
    return { kind: 'crashed', message: error instanceof Error ? error.message : String(error) }
  }
}
