/**
 * Notices when another program changes an open file. The folder is watched,
 * not the file: editors and sync tools replace files by renaming a new one
 * over them, and a watch on the old file would go quiet after that.
 */
import { watch, type FSWatcher } from 'node:fs'
import path from 'node:path'
import { sameFileStat, statOrNull, type FileStat } from './file-stat'

export interface WatchOptions {
  /** One save touches the folder several times (temp file, rename); wait for it to settle. */
  debounceMs?: number
}

/**
 * Calls `onChange` with the file's new stat (null when it is gone) when it no
 * longer matches `getKnownStat()` — what we last opened or saved. The caller
 * updates its known stat after each of its own saves, so those never fire.
 * Returns the unsubscribe function.
 */
export function watchForExternalChanges(
  filePath: string,
  getKnownStat: () => FileStat | null,
  onChange: (current: FileStat | null) => void,
  options: WatchOptions = {},
): () => void {
  const target = path.resolve(filePath)
  const fileName = path.basename(target).normalize('NFC')
  const debounceMs = options.debounceMs ?? 200
  let timer: NodeJS.Timeout | undefined
  let closed = false
  // The change we already told about: reported once, not again on every later event.
  let reported: { stat: FileStat | null } | null = null

  const check = async (): Promise<void> => {
    const current = await statOrNull(target)
    if (closed) return
    if (sameFileStat(current, getKnownStat())) {
      reported = null
      return
    }
    if (reported && sameFileStat(reported.stat, current)) return
    reported = { stat: current }
    onChange(current)
  }

  let watcher: FSWatcher
  try {
    watcher = watch(path.dirname(target), { persistent: false }, (_event, changedName) => {
      // Some platforms do not say which entry changed; then it may have been ours.
      if (changedName !== null && changedName.normalize('NFC') !== fileName) return
      clearTimeout(timer)
      timer = setTimeout(() => void check(), debounceMs)
    })
  } catch {
    // The folder is gone or cannot be watched: the stat comparison before each save still protects.
    return () => undefined
  }
  watcher.on('error', () => {
    // Same fallback as above; an error here (e.g. folder deleted) must not crash the main process.
  })

  return () => {
    closed = true
    clearTimeout(timer)
    watcher.close()
  }
}
