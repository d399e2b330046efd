/** Plain Node file access for exports and CSV import (no electron). */
import { open, rename, writeFile } from 'node:fs/promises'
import type { ExportFiles } from '../ports'

export const exportFiles: ExportFiles = {
  async write(path, bytes) {
    // Write beside, then rename: a half-written export never replaces a good file.
    const temp = `${path}.${process.pid}.tmp`
    await writeFile(temp, bytes)
    await rename(temp, path)
  },
  async read(path, limit) {
    let handle
    try {
      handle = await open(path, 'r')
      const stat = await handle.stat()
      if (!stat.isFile()) return { ok: false, message: 'That is not a file.' }
      if (stat.size > limit) return { ok: false, message: `The file is larger than ${Math.round(limit / 1024 / 1024)} MB.`, size: stat.size }
      const bytes = new Uint8Array(stat.size)
      let offset = 0
      while (offset < bytes.length) {
        const { bytesRead } = await handle.read(bytes, offset, bytes.length - offset, offset)
        if (bytesRead === 0) break
        offset += bytesRead
      }
      return { ok: true, bytes: bytes.subarray(0, offset) }
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      return { ok: false, message: code === 'ENOENT' ? 'The file was not found.' : code === 'EACCES' ? 'Permission denied.' : 'The file could not be read.' }
    } finally {
      await handle?.close()
    }
  },
}
