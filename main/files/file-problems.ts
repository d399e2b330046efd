import path from 'node:path'
import type { FileErrorCode, FileProblem } from '../../shared/api'

/** Thrown inside main/files so a problem can cross lowdb's Adapter boundary intact. */
export class FileProblemError extends Error {
  readonly problem: FileProblem
  constructor(problem: FileProblem, options?: { cause?: unknown }) {
    super(problem.message, options)
    this.name = 'FileProblemError'
    this.problem = problem
  }
}

export function makeProblem(
  code: FileErrorCode,
  filePath: string,
  message: string,
  params: Record<string, string | number> = {},
): FileProblem {
  const fileName = path.basename(filePath)
  return { code, message, fileName, params: { fileName, ...params } }
}

export type FileAction = 'read' | 'write'

/** The errno name (`ENOENT`, …) of a Node fs error, if it is one. */
export function errnoOf(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const code = (error as { code: unknown }).code
    return typeof code === 'string' ? code : undefined
  }
  return undefined
}

/** Turns whatever fs threw into a problem a person can act on. */
export function problemFromError(error: unknown, filePath: string, action: FileAction): FileProblem {
  if (error instanceof FileProblemError) return error.problem
  const name = path.basename(filePath)
  const code = errnoOf(error)
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return action === 'read'
        ? makeProblem('not-found', filePath, `"${name}" could not be found. It may have been moved, renamed or deleted.`)
        : makeProblem('not-found', filePath, `The folder for "${name}" no longer exists.`)
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return makeProblem(
        'permission-denied',
        filePath,
        action === 'read'
          ? `Journeywall is not allowed to open "${name}".`
          : `Journeywall is not allowed to save "${name}" there. Try saving it in another folder.`,
      )
    case 'ENOSPC':
    case 'EDQUOT':
      return makeProblem('disk-full', filePath, `There is not enough disk space to save "${name}".`)
    case 'EISDIR':
      return makeProblem('not-a-file', filePath, `"${name}" is a folder, not a Journeywall file.`)
    default:
      return action === 'read'
        ? makeProblem('read-failed', filePath, `"${name}" could not be read${code ? ` (${code})` : ''}.`)
        : makeProblem('write-failed', filePath, `"${name}" could not be saved${code ? ` (${code})` : ''}.`)
  }
}
