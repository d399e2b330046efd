import { promises as fs } from 'node:fs'
import path from 'node:path'
import { MAX_FILE_BYTES } from '../../shared/format'
import { FileProblemError, makeProblem, problemFromError } from './file-problems'
import { toFileStat, type FileStat } from './file-stat'

/** The format's own ceiling (64 MiB): anything bigger is refused before a byte is read. */
export const MAX_JOURNEY_FILE_BYTES = MAX_FILE_BYTES

export interface BoundedRead {
  bytes: Uint8Array
  stat: FileStat
}

function formatMiB(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MB`
}

/**
 * Reads a whole file, but checks its size on the open handle first: a 300 MB
 * attachment is refused at once instead of being pulled into memory. The read
 * itself is capped too, in case the file grows between the check and the read.
 */
export async function readFileBounded(filePath: string, maxBytes = MAX_JOURNEY_FILE_BYTES): Promise<BoundedRead> {
  const name = path.basename(filePath)
  let handle: fs.FileHandle | undefined
  try {
    handle = await fs.open(filePath, 'r')
    const stats = await handle.stat()
    if (!stats.isFile()) {
      throw new FileProblemError(makeProblem('not-a-file', filePath, `"${name}" is not a file.`))
    }
    if (stats.size > maxBytes) {
      throw new FileProblemError(
        makeProblem(
          'too-large',
          filePath,
          `"${name}" is ${formatMiB(stats.size)}; Journeywall opens files up to ${formatMiB(maxBytes)}.`,
          { bytes: stats.size, limit: maxBytes },
        ),
      )
    }
    // Exactly the file's size, so the parser can take the buffer over instead of copying it.
    const buffer = Buffer.alloc(Math.min(stats.size, maxBytes))
    let filled = 0
    while (filled < buffer.length) {
      const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, filled)
      if (bytesRead === 0) break
      filled += bytesRead
    }
    const beyond = await handle.read(Buffer.alloc(1), 0, 1, filled)
    if (beyond.bytesRead > 0) {
      // It grew while we read it: another program is writing it right now.
      throw new FileProblemError(
        makeProblem('read-failed', filePath, `"${name}" changed while it was being read. Try again.`),
      )
    }
    return { bytes: buffer.subarray(0, filled), stat: toFileStat(stats) }
  } catch (error) {
    throw new FileProblemError(problemFromError(error, filePath, 'read'), { cause: error })
  } finally {
    await handle?.close().catch(() => undefined)
  }
}
