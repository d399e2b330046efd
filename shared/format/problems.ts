import type { FileErrorCode, FileProblem } from '../api'
import { CURRENT_FORMAT_VERSION } from './version'

/**
 * Every refusal says which file, what is wrong and what to do, in words a
 * workshop participant understands. The renderer may re-word from `code` and
 * `params`; `message` is the English fallback and what goes to logs.
 */
export function problem(
  code: FileErrorCode,
  fileName: string | undefined,
  what: string,
  todo: string,
  params?: Record<string, string | number>,
): FileProblem {
  const out: FileProblem = { code, message: `${subjectOf(fileName)} can't be opened: ${what} ${todo}` }
  if (fileName) out.fileName = fileName
  if (params) out.params = params
  return out
}

const ASK_SENDER = 'Ask the person who sent it for a fresh copy, or open a backup.'

export const problems = {
  tooLarge: (fileName: string | undefined, bytes: number, limit: number) =>
    problem(
      'too-large',
      fileName,
      `it is ${megabytes(bytes)}, more than the ${megabytes(limit)} a Journeywall project can be.`,
      'Check that this is the right file; a project this big is most likely something else.',
      { bytes, limit },
    ),
  notUtf8: (fileName: string | undefined) =>
    problem(
      'not-utf8',
      fileName,
      'it is not a text file (it is not UTF-8), so it is not a Journeywall project or it is damaged.',
      ASK_SENDER,
    ),
  tooDeep: (fileName: string | undefined, limit: number) =>
    problem(
      'too-deep',
      fileName,
      `its contents are nested more than ${limit} levels deep, which no Journeywall project is.`,
      ASK_SENDER,
      { limit },
    ),
  notJson: (fileName: string | undefined, truncated: boolean) =>
    problem(
      'not-json',
      fileName,
      truncated
        ? 'the file ends too early; it was probably cut off while being copied or saved.'
        : 'it is damaged or is not a Journeywall project (its contents are not valid JSON).',
      ASK_SENDER,
    ),
  notJourneywall: (fileName: string | undefined) =>
    problem(
      'not-journeywall',
      fileName,
      'it is not a Journeywall project (it lacks the Journeywall file marker).',
      'Open a file that was saved by Journeywall (usually ending in .journey).',
    ),
  badVersion: (fileName: string | undefined) =>
    problem(
      'bad-version',
      fileName,
      'its format version is missing or is not a whole number, so the file is damaged.',
      ASK_SENDER,
    ),
  tooNew: (fileName: string | undefined, fileVersion: number, supported = CURRENT_FORMAT_VERSION): FileProblem => {
    // Not "damaged": the file is fine, this app is old. Say so plainly.
    const out: FileProblem = {
      code: 'too-new',
      message:
        `${subjectOf(fileName)} was made by a newer Journeywall (format version ${fileVersion}); ` +
        `this app reads up to version ${supported}. Update Journeywall to open it.`,
      params: { fileVersion, supportedVersion: supported },
    }
    if (fileName) out.fileName = fileName
    return out
  },
  migrationFailed: (fileName: string | undefined, fromVersion: number, toVersion: number) =>
    problem(
      'invalid',
      fileName,
      `it uses the older format version ${fromVersion}, and upgrading it to version ${toVersion} failed.`,
      'Keep the file and report the problem; a later Journeywall may open it.',
      { fromVersion, toVersion },
    ),
  invalid: (fileName: string | undefined, where: string) =>
    problem('invalid', fileName, `it is damaged beyond repair: ${where}.`, ASK_SENDER, { where }),
}

function subjectOf(fileName: string | undefined): string {
  return fileName ? `“${fileName}”` : 'This file'
}

function megabytes(bytes: number): string {
  return `${Math.ceil(bytes / (1024 * 1024))} MB`
}
