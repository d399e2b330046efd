/**
 * Opening and saving `.journey` files, through lowdb with the durable adapter.
 * Results are plain unions so handlers can pass problems to the UI unchanged.
 */
import path from 'node:path'
import { Low } from 'lowdb'
import type { FileProblem } from '../../shared/api'
import type { Project } from '../../shared/model'
import { JourneyFileAdapter } from './durable-adapter'
import { makeProblem, problemFromError } from './file-problems'
import { sameFileStat, statOrNull, type FileStat } from './file-stat'
import type { FileParser, ProjectText } from './parser'

export const JOURNEY_EXTENSION = '.journey'

export type OpenResult =
  | { ok: true; project: ProjectText; repairs: string[]; stat: FileStat }
  | { ok: false; problem: FileProblem }

export type SaveResult = { ok: true; stat: FileStat } | { ok: false; problem: FileProblem }

export interface ProjectFilesOptions {
  /** Where last-good copies are kept: the app's data folder, never beside the user's file. */
  backupsDir: string
  /** Reads the bytes of files and backups (off the main thread, with a time limit, in the app). */
  parser: FileParser
}

export function hasJourneyExtension(filePath: string): boolean {
  // Windows and macOS users see `.JOURNEY` as the same extension.
  return path.extname(filePath).toLowerCase() === JOURNEY_EXTENSION
}

export class ProjectFiles {
  readonly #backupsDir: string
  readonly #parser: FileParser
  /**
   * One adapter per file: it remembers whether the file on disk is known good
   * (so a damaged file never replaces the backup) and queues saves of that file.
   */
  readonly #adapters = new Map<string, JourneyFileAdapter>()

  constructor(options: ProjectFilesOptions) {
    this.#backupsDir = options.backupsDir
    this.#parser = options.parser
  }

  #adapterFor(filePath: string): JourneyFileAdapter {
    const key = path.resolve(filePath)
    let adapter = this.#adapters.get(key)
    if (!adapter) {
      adapter = new JourneyFileAdapter(key, { backupsDir: this.#backupsDir, parser: this.#parser })
      this.#adapters.set(key, adapter)
    }
    return adapter
  }

  async open(filePath: string): Promise<OpenResult> {
    if (!hasJourneyExtension(filePath)) {
      const name = path.basename(filePath)
      return {
        ok: false,
        problem: makeProblem(
          'wrong-extension',
          filePath,
          `"${name}" is not a Journeywall project; Journeywall opens files ending in ${JOURNEY_EXTENSION}.`,
          { extension: path.extname(filePath) },
        ),
      }
    }
    const adapter = this.#adapterFor(filePath)
    try {
      // load(), not lowdb's read(): the project stays JSON text on this thread.
      const loaded = await adapter.load()
      return { ok: true, project: loaded.project, repairs: loaded.repairs, stat: loaded.stat }
    } catch (error) {
      return { ok: false, problem: problemFromError(error, filePath, 'read') }
    }
  }

  async save(filePath: string, project: Project): Promise<SaveResult> {
    const adapter = this.#adapterFor(filePath)
    const db = new Low<Project | null>(adapter, project)
    try {
      await db.write()
    } catch (error) {
      return { ok: false, problem: problemFromError(error, filePath, 'write') }
    }
    const stat = adapter.lastSavedStat
    if (stat === null) {
      return { ok: false, problem: makeProblem('write-failed', filePath, `"${path.basename(filePath)}" vanished right after saving.`) }
    }
    return { ok: true, stat }
  }

  /** Null when there is no file at that path. */
  stat(filePath: string): Promise<FileStat | null> {
    return statOrNull(filePath)
  }

  /** True when the file is not what we last opened or saved (including: it is gone). */
  async hasChangedOnDisk(filePath: string, knownStat: FileStat): Promise<boolean> {
    return !sameFileStat(await statOrNull(filePath), knownStat)
  }
}
