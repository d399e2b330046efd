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

const ASK_SENDER = 'If someone sent it to you, ask them for a fresh copy; if it is yours, open a backup.'
const NOTHING_CHANGED = 'Nothing was changed.'

export const problems = {
  tooLarge: (fileName: string | undefined, bytes: number, limit: number) =>
    problem(
      'too-large',
      fileName,
      `it is ${megabytes(bytes)}, more than the ${megabytes(limit)} a Journeywall project can be.`,
      'Check that this is the right file; a project this big is most likely something else.',
      { bytes, limit },
    ),
  empty: (fileName: string | undefined) =>
    problem(
      'empty',
      fileName,
      'the file is empty — there is nothing in it.',
      'It was probably not finished copying or downloading. ' + ASK_SENDER,
    ),
  picture: (fileName: string | undefined, format: string) =>
    problem(
      'picture',
      fileName,
      `it is a picture (${format}), not a Journeywall project; it was probably renamed to .journey by mistake.`,
      'Open it with a picture viewer, or ask the sender for the .journey file itself.',
      { format },
    ),
  otherFormat: (fileName: string | undefined, format: string) =>
    problem(
      'other-format',
      fileName,
      `it is a ${format} file, not a Journeywall project; it was probably renamed to .journey by mistake.`,
      'Ask the sender for the .journey file itself.',
      { format },
    ),
  notUtf8: (fileName: string | undefined) =>
    problem(
      'not-utf8',
      fileName,
      'it is not a Journeywall project, or it is damaged: parts of it are not text.',
      ASK_SENDER,
    ),
  tooDeep: (fileName: string | undefined, limit: number) =>
    problem(
      'too-deep',
      fileName,
      `its contents are nested more than ${limit} levels deep, which no Journeywall project is; it may be damaged or made to be slow.`,
      NOTHING_CHANGED,
      { limit },
    ),
  tooComplex: (fileName: string | undefined, limit: number) =>
    problem(
      'too-complex',
      fileName,
      `it holds more than ${limit.toLocaleString('en-US')} entries, far more than any Journeywall project; it may be damaged or made to be slow.`,
      NOTHING_CHANGED,
      { limit },
    ),
  truncated: (fileName: string | undefined) =>
    problem(
      'truncated',
      fileName,
      'the file is incomplete: it stops part-way, probably because it was cut off while being copied, downloaded or saved.',
      ASK_SENDER,
    ),
  notJson: (fileName: string | undefined) =>
    problem(
      'not-json',
      fileName,
      'the file is damaged: parts of it are garbled, so Journeywall cannot make sense of it.',
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
      'it does not say which Journeywall format it uses, so the file is damaged.',
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
  tooMuchMemory: (fileName: string | undefined) =>
    problem(
      'too-complex',
      fileName,
      'it needs far more memory to read than any Journeywall project; it may be damaged or made to be slow.',
      NOTHING_CHANGED,
    ),
  readFailed: (fileName: string | undefined) =>
    problem('read-failed', fileName, 'something went wrong while reading it.', 'Try again; if it keeps happening, ask the sender for a fresh copy.'),
  tooSlow: (fileName: string | undefined, seconds: number): FileProblem => {
    const out: FileProblem = {
      code: 'too-slow',
      message: `${subjectOf(fileName)} took too long to read; it may be damaged or made to be slow. ${NOTHING_CHANGED}`,
      params: { seconds },
    }
    if (fileName) out.fileName = fileName
    return out
  },
}

function subjectOf(fileName: string | undefined): string {
  return fileName ? `“${fileName}”` : 'This file'
}

function megabytes(bytes: number): string {
  return `${Math.ceil(bytes / (1024 * 1024))} MB`
}
