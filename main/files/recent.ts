/**
 * The "Open Recent" list. The renderer only ever sees opaque ids: it asks to
 * open a recent id, and main resolves it to a path it recorded itself.
 */
import { createHash } from 'node:crypto'
import { promises as fs } from 'node:fs'
import path from 'node:path'
import { Low } from 'lowdb'
import { z } from 'zod'
import type { RecentEntry } from '../../shared/api'
import { DurableJsonAdapter } from './durable-json-adapter'
import { errnoOf } from './file-problems'
import { KeyedSerializer } from './serial'

const RecentData = z.object({
  version: z.literal(1),
  paths: z.array(z.string().min(1).max(32_768)).max(1000),
})
type RecentData = z.infer<typeof RecentData>

const emptyData = (): RecentData => ({ version: 1, paths: [] })

/** Stable per path and shaped like a record Id (the request schema checks it as one). */
export function recentIdOf(filePath: string): string {
  return `r${createHash('sha256').update(filePath).digest('base64url').slice(0, 24)}`
}

/** Only "there is nothing there" removes an entry; a file on an unplugged drive or a locked folder stays. */
async function isGone(filePath: string): Promise<boolean> {
  try {
    await fs.stat(filePath)
    return false
  } catch (error) {
    const code = errnoOf(error)
    return code === 'ENOENT' || code === 'ENOTDIR'
  }
}

export interface RecentFilesOptions {
  max?: number
}

export class RecentFiles {
  readonly #adapter: DurableJsonAdapter<RecentData>
  readonly #max: number
  /** Every operation reads, changes and writes the whole list: they must not interleave. */
  readonly #queue = new KeyedSerializer()

  constructor(storeFile: string, options: RecentFilesOptions = {}) {
    this.#adapter = new DurableJsonAdapter(storeFile, RecentData)
    this.#max = options.max ?? 10
  }

  #transaction<T>(task: (db: Low<RecentData>) => Promise<T>): Promise<T> {
    return this.#queue.run('recent', async () => {
      const db = new Low<RecentData>(this.#adapter, emptyData())
      await db.read()
      return task(db)
    })
  }

  add(filePath: string): Promise<void> {
    const absolute = path.resolve(filePath)
    return this.#transaction(async (db) => {
      const others = db.data.paths.filter((p) => p !== absolute)
      db.data.paths = [absolute, ...others].slice(0, this.#max)
      await db.write()
    })
  }

  /** Most recent first; files that no longer exist are dropped, and the list is saved without them. */
  list(): Promise<RecentEntry[]> {
    return this.#transaction(async (db) => {
      const paths = db.data.paths.slice(0, this.#max)
      const gone = await Promise.all(paths.map(isGone))
      const kept = paths.filter((_, index) => !gone[index])
      if (kept.length !== db.data.paths.length) {
        db.data.paths = kept
        await db.write()
      }
      return kept.map((p) => ({ recentId: recentIdOf(p), name: path.basename(p), displayPath: p }))
    })
  }

  resolve(recentId: string): Promise<string | null> {
    return this.#transaction(async (db) => db.data.paths.find((p) => recentIdOf(p) === recentId) ?? null)
  }

  clear(): Promise<void> {
    return this.#transaction(async (db) => {
      db.data.paths = []
      await db.write()
    })
  }
}
