/**
 * A lowdb adapter for small app-data JSON files (recent files and the like):
 * durable writes, and a file that is missing, damaged or of the wrong shape
 * reads as "no data yet". Such files are conveniences; starting fresh beats
 * refusing to start.
 */
import { promises as fs } from 'node:fs'
import path from 'node:path'
import type { Adapter } from 'lowdb'
import type { z } from 'zod'
import { removeLeftoverTemps, writeFileDurably } from './durable-write'

/** App-data JSON stays tiny; a bigger file is not ours. */
const MAX_JSON_BYTES = 1024 * 1024

export class DurableJsonAdapter<T> implements Adapter<T> {
  readonly filePath: string
  readonly #schema: z.ZodType<T>

  constructor(filePath: string, schema: z.ZodType<T>) {
    this.filePath = path.resolve(filePath)
    this.#schema = schema
  }

  async read(): Promise<T | null> {
    try {
      const stats = await fs.stat(this.filePath)
      if (!stats.isFile() || stats.size > MAX_JSON_BYTES) return null
      const parsed = this.#schema.safeParse(JSON.parse(await fs.readFile(this.filePath, 'utf8')))
      return parsed.success ? parsed.data : null
    } catch {
      return null
    }
  }

  async write(data: T): Promise<void> {
    await fs.mkdir(path.dirname(this.filePath), { recursive: true })
    await writeFileDurably(this.filePath, `${JSON.stringify(data, null, 2)}\n`)
    await removeLeftoverTemps(this.filePath)
  }
}
