/**
 * Autosaved drafts of unsaved work, kept in the app's data folder and offered
 * back at the next start. One file per draft: a one-line JSON header (so the
 * list can be built without parsing whole projects) followed by the project in
 * the ordinary .journey format (so drafts get the same limits, migrations and
 * repairs as files).
 */
import { promises as fs } from 'node:fs'
import path from 'node:path'
import { z } from 'zod'
import type { DraftInfo, FileProblem } from '../../shared/api'
import { serializeJourneyBytes } from '../../shared/format'
import type { Project } from '../../shared/model'
import { removeLeftoverTemps, writeFileDurably } from './durable-write'
import { FileProblemError, makeProblem, problemFromError } from './file-problems'
import { MAX_JOURNEY_FILE_BYTES, readFileBounded } from './read-bounded'
import type { FileParser, ProjectText } from './parser'
import { KeyedSerializer } from './serial'

const DRAFT_ID = /^[A-Za-z0-9_-]{1,64}$/
const DRAFT_EXTENSION = '.draft'
const NEWLINE = 0x0a
/** Title and display path are short; the header never needs more than this. */
const MAX_HEADER_BYTES = 64 * 1024

const DraftHeader = z.object({
  kind: z.literal('journeywall-draft'),
  version: z.literal(1),
  draftId: z.string().regex(DRAFT_ID),
  title: z.string().max(1000),
  displayPath: z.string().max(32_768).nullable(),
  savedAt: z.iso.datetime(),
  /** Length of the project part: a draft cut short is recognised without parsing it. */
  bodyBytes: z.number().int().min(0).max(MAX_JOURNEY_FILE_BYTES),
})
type DraftHeader = z.infer<typeof DraftHeader>

export interface DraftContent {
  title: string
  displayPath: string | null
  project: Project
}

export type DraftReadResult =
  | { ok: true; project: ProjectText; repairs: string[]; info: DraftInfo }
  | { ok: false; problem: FileProblem }

export function isValidDraftId(draftId: string): boolean {
  return DRAFT_ID.test(draftId)
}

/** Ids come from the renderer: anything else (like `../x`) could reach outside the drafts folder. */
function assertDraftId(draftId: string): void {
  if (!isValidDraftId(draftId)) {
    throw new RangeError('A draft id uses 1–64 letters, digits, "-" or "_".')
  }
}

function infoOf(header: DraftHeader): DraftInfo {
  return { draftId: header.draftId, title: header.title, savedAt: header.savedAt, displayPath: header.displayPath }
}

function parseHeader(headerBytes: Uint8Array): DraftHeader | null {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(headerBytes)
    const header = DraftHeader.safeParse(JSON.parse(text))
    return header.success ? header.data : null
  } catch {
    return null
  }
}

export interface DraftStoreOptions {
  /** Reads a draft's project part (off the main thread, with a time limit, in the app). */
  parser: FileParser
  /** Injected so tests can give drafts distinct, ordered times. */
  now?: () => Date
}

export class DraftStore {
  readonly dir: string
  readonly #now: () => Date
  readonly #parser: FileParser
  readonly #queue = new KeyedSerializer()

  constructor(dir: string, options: DraftStoreOptions) {
    this.dir = path.resolve(dir)
    this.#now = options.now ?? (() => new Date())
    this.#parser = options.parser
  }

  #fileOf(draftId: string): string {
    assertDraftId(draftId)
    return path.join(this.dir, `${draftId}${DRAFT_EXTENSION}`)
  }

  /** Rejects with RangeError for a bad id, FileProblemError when the draft cannot be written. */
  async write(draftId: string, content: DraftContent): Promise<DraftInfo> {
    const file = this.#fileOf(draftId)
    return this.#queue.run(draftId, async () => {
      const body = serializeJourneyBytes(content.project)
      const header: DraftHeader = {
        kind: 'journeywall-draft',
        version: 1,
        draftId,
        title: content.title,
        displayPath: content.displayPath,
        savedAt: this.#now().toISOString(),
        bodyBytes: body.byteLength,
      }
      const headerBytes = Buffer.from(`${JSON.stringify(header)}\n`, 'utf8')
      try {
        await fs.mkdir(this.dir, { recursive: true })
        await writeFileDurably(file, Buffer.concat([headerBytes, body]))
      } catch (error) {
        throw new FileProblemError(problemFromError(error, file, 'write'), { cause: error })
      }
      await removeLeftoverTemps(file)
      return infoOf(header)
    })
  }

  /** Newest first. A draft that cannot be read is left out: one bad file must not hide the others. */
  async list(): Promise<DraftInfo[]> {
    let names: string[]
    try {
      names = await fs.readdir(this.dir)
    } catch {
      return []
    }
    const ids = names
      .filter((name) => name.endsWith(DRAFT_EXTENSION))
      .map((name) => name.slice(0, -DRAFT_EXTENSION.length))
      .filter(isValidDraftId)
    const headers = await Promise.all(ids.map((id) => this.#readHeader(id)))
    return headers
      .filter((header): header is DraftHeader => header !== null)
      .sort((a, b) => (a.savedAt < b.savedAt ? 1 : a.savedAt > b.savedAt ? -1 : 0))
      .map(infoOf)
  }

  async #readHeader(draftId: string): Promise<DraftHeader | null> {
    let handle: fs.FileHandle | undefined
    try {
      handle = await fs.open(this.#fileOf(draftId), 'r')
      const stats = await handle.stat()
      const chunk = Buffer.alloc(Math.min(MAX_HEADER_BYTES, stats.size))
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, 0)
      const newline = chunk.subarray(0, bytesRead).indexOf(NEWLINE)
      if (newline < 0) return null
      const header = parseHeader(chunk.subarray(0, newline))
      if (!header || header.draftId !== draftId) return null
      return stats.size === newline + 1 + header.bodyBytes ? header : null
    } catch {
      return null
    } finally {
      await handle?.close().catch(() => undefined)
    }
  }

  async read(draftId: string): Promise<DraftReadResult> {
    const file = this.#fileOf(draftId)
    let bytes: Uint8Array
    try {
      ;({ bytes } = await readFileBounded(file, MAX_JOURNEY_FILE_BYTES + MAX_HEADER_BYTES))
    } catch (error) {
      return { ok: false, problem: problemFromError(error, file, 'read') }
    }
    const damaged = (): DraftReadResult => ({
      ok: false,
      problem: makeProblem('invalid', file, 'The autosaved draft is damaged and cannot be restored.'),
    })
    const newline = bytes.indexOf(NEWLINE)
    if (newline < 0 || newline > MAX_HEADER_BYTES) return damaged()
    const header = parseHeader(bytes.subarray(0, newline))
    const body = bytes.subarray(newline + 1)
    if (!header || header.draftId !== draftId || body.byteLength !== header.bodyBytes) return damaged()
    // Its own copy: the parser takes the bytes over, and `bytes` also holds the header.
    const parsed = await this.#parser.parseJourney(body.slice(), { fileName: header.title })
    if (!parsed.ok) return { ok: false, problem: parsed.problem }
    return { ok: true, project: parsed.project, repairs: parsed.repairs, info: infoOf(header) }
  }

  async discard(draftId: string): Promise<void> {
    const file = this.#fileOf(draftId)
    return this.#queue.run(draftId, async () => {
      await fs.rm(file, { force: true })
      await removeLeftoverTemps(file)
    })
  }
}
