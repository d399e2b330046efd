/**
 * lowdb adapter for `.journey` files. lowdb's own TextFile (through steno)
 * writes a temp file and renames it, but never fsyncs, keeps no backup and
 * trusts whatever it reads back. This one:
 * - writes durably (see durable-write.ts) and keeps the previous good file as
 *   a backup in the app's data folder, never beside the user's file (which may
 *   be an e-mail attachment folder);
 * - reads through shared/format (size limit first, then parse, migrate, repair)
 *   and falls back to that backup when the file itself is damaged;
 * - never writes anything while reading: a file that failed to parse is only
 *   replaced when the user explicitly saves over it.
 */
import { createHash } from 'node:crypto'
import { promises as fs } from 'node:fs'
import path from 'node:path'
import type { Adapter } from 'lowdb'
import type { FileErrorCode } from '../../shared/api'
import { serializeJourneyBytes } from '../../shared/format'
import type { Project } from '../../shared/model'
import { copyFileDurably, removeLeftoverTemps, writeFileDurably } from './durable-write'
import { FileProblemError, problemFromError } from './file-problems'
import { sameFileStat, statOrNull, type FileStat } from './file-stat'
import type { FileParser, ProjectText } from './parser'
import { readFileBounded } from './read-bounded'
import { KeyedSerializer } from './serial'

/**
 * Parse failures that mean "these bytes are broken", where the last good copy
 * helps. A too-new or too-large file is not damaged, and must never be quietly
 * swapped for an older copy.
 */
const DAMAGE_CODES: ReadonlySet<FileErrorCode> = new Set<FileErrorCode>([
  'empty',
  'truncated',
  'not-utf8',
  'not-json',
  'not-journeywall',
  'bad-version',
  'invalid',
])

/** One backup per file, named by a hash of its absolute path so names never clash or leak folders. */
export function backupPathFor(backupsDir: string, filePath: string): string {
  const digest = createHash('sha256').update(path.resolve(filePath)).digest('hex')
  return path.join(backupsDir, `${digest.slice(0, 32)}.journey`)
}

export interface LoadedJourney {
  /** As JSON text: read in the parse worker, passed on to the window without being rebuilt here. */
  project: ProjectText
  /** What was repaired or recovered, in plain words for the user. */
  repairs: string[]
  /** Stat of the file at `filePath` as read (also when the content came from the backup). */
  stat: FileStat
  fromBackup: boolean
}

export interface JourneyFileAdapterOptions {
  /** Folder for last-good copies: the app's data folder. */
  backupsDir: string
  /** Reads the bytes (off the main thread, with a time limit, in the app). */
  parser: FileParser
}

function describeSavedAt(mtimeMs: number): string {
  return new Date(mtimeMs).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' })
}

export class JourneyFileAdapter implements Adapter<Project | null> {
  readonly filePath: string
  readonly backupPath: string
  readonly #backupsDir: string
  readonly #parser: FileParser
  /** Stat of the file when we last saw it parse or wrote it ourselves: only such a file may become the backup. */
  #knownGood: FileStat | null = null
  #lastLoad: LoadedJourney | null = null
  #lastSavedStat: FileStat | null = null
  /** Reads and writes of one file take turns, so a read never sees our half-finished bookkeeping. */
  readonly #turns = new KeyedSerializer()

  constructor(filePath: string, options: JourneyFileAdapterOptions) {
    this.filePath = path.resolve(filePath)
    this.#backupsDir = options.backupsDir
    this.#parser = options.parser
    this.backupPath = backupPathFor(options.backupsDir, this.filePath)
  }

  /** Details of the last successful read (lowdb's Adapter can only hand back the data). */
  get lastLoad(): LoadedJourney | null {
    return this.#lastLoad
  }

  /** Stat of the file right after our last successful save. */
  get lastSavedStat(): FileStat | null {
    return this.#lastSavedStat
  }

  /**
   * lowdb's read. Throws FileProblemError; lowdb's "null means no file yet"
   * does not fit opening a document. Builds the project's objects on this
   * thread: the app opens files with `load()`, which doesn't.
   */
  async read(): Promise<Project | null> {
    const loaded = await this.load()
    return JSON.parse(loaded.project.json) as Project
  }

  #serialize<T>(task: () => Promise<T>): Promise<T> {
    return this.#turns.run(this.filePath, task)
  }

  load(): Promise<LoadedJourney> {
    return this.#serialize(async () => {
      await this.#removeLeftovers()
      const { bytes, stat } = await readFileBounded(this.filePath)
      const parsed = await this.#parser.parseJourney(bytes, { fileName: path.basename(this.filePath) })
      let loaded: LoadedJourney
      if (parsed.ok) {
        this.#knownGood = stat
        loaded = { project: parsed.project, repairs: parsed.repairs, stat, fromBackup: false }
      } else {
        this.#knownGood = null
        const fromBackup = DAMAGE_CODES.has(parsed.problem.code) ? await this.#loadBackup() : null
        if (!fromBackup) throw new FileProblemError(parsed.problem)
        loaded = { ...fromBackup, stat, fromBackup: true }
      }
      this.#lastLoad = loaded
      return loaded
    })
  }

  async #loadBackup(): Promise<Pick<LoadedJourney, 'project' | 'repairs'> | null> {
    try {
      const { bytes, stat } = await readFileBounded(this.backupPath)
      const parsed = await this.#parser.parseJourney(bytes, { fileName: path.basename(this.filePath) })
      if (!parsed.ok) return null
      const note = `The file was damaged; Journeywall opened the last good copy saved on ${describeSavedAt(stat.mtimeMs)}.`
      return { project: parsed.project, repairs: [note, ...parsed.repairs] }
    } catch {
      return null
    }
  }

  write(project: Project | null): Promise<void> {
    // lowdb's Low.write() skips falsy data, so null never arrives; there is nothing to save.
    if (project === null) return Promise.resolve()
    return this.#serialize(async () => {
      const bytes = serializeJourneyBytes(project)
      try {
        await writeFileDurably(this.filePath, bytes, { beforeReplace: () => this.#backUpPrevious() })
      } catch (error) {
        throw new FileProblemError(problemFromError(error, this.filePath, 'write'), { cause: error })
      }
      this.#knownGood = this.#lastSavedStat = await statOrNull(this.filePath)
      await this.#removeLeftovers()
    })
  }

  /**
   * Keeps the file we are about to replace as the last good copy, but only if
   * it is good: a damaged file must never push out the copy that could save
   * the user. Failing to back up does not fail the save: the save itself is
   * atomic, and refusing it because the data folder is full would lose more.
   */
  async #backUpPrevious(): Promise<void> {
    try {
      const current = await statOrNull(this.filePath)
      if (current === null) return
      const good = sameFileStat(current, this.#knownGood) || (await this.#parsesCleanly())
      if (!good) return
      await fs.mkdir(this.#backupsDir, { recursive: true })
      await copyFileDurably(this.filePath, this.backupPath)
    } catch {
      // See above: a missing backup is acceptable, a refused save is not.
    }
  }

  async #parsesCleanly(): Promise<boolean> {
    try {
      const { bytes } = await readFileBounded(this.filePath)
      return (await this.#parser.parseJourney(bytes, {})).ok
    } catch {
      return false
    }
  }

  async #removeLeftovers(): Promise<void> {
    await Promise.all([removeLeftoverTemps(this.filePath), removeLeftoverTemps(this.backupPath)])
  }
}
