import { promises as fs } from 'node:fs'

/** What we remember about a file to notice that someone else changed it. */
export interface FileStat {
  mtimeMs: number
  size: number
}

export function toFileStat(stats: { mtimeMs: number; size: number }): FileStat {
  return { mtimeMs: stats.mtimeMs, size: stats.size }
}

export function sameFileStat(a: FileStat | null, b: FileStat | null): boolean {
  if (a === null || b === null) return a === b
  return a.mtimeMs === b.mtimeMs && a.size === b.size
}

/** The file's stat, or null when there is no file there (any stat failure counts as "gone"). */
export async function statOrNull(filePath: string): Promise<FileStat | null> {
  try {
    const stats = await fs.stat(filePath)
    return stats.isFile() ? toFileStat(stats) : null
  } catch {
    return null
  }
}
