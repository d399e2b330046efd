/**
 * The JourneyApi contract between the renderer and the main process.
 *
 * One table of request channels, each with a zod schema for its payload. Main
 * validates every payload against these before a handler sees it (ipc.ts in the
 * app, test/host in tests), so a compromised renderer can send nothing else.
 * The renderer never names a file path: main runs the dialogs and hands back an
 * opaque document id.
 */
import { z } from 'zod'
import { eventChannelNames, IPC_PREFIX, requestChannelNames, type EventChannelName, type RequestChannelName } from './channels'
import type { CsvWarning } from './csv/rfc4180'
import { Id, Project } from './model'

export const DocumentId = z.string().regex(/^doc-[A-Za-z0-9_-]{1,64}$/)
export type DocumentId = z.infer<typeof DocumentId>

export const Locale = z.enum(['en', 'fa', 'ro', 'ru', 'zh'])
export type Locale = z.infer<typeof Locale>

const Empty = z.strictObject({})
const WithDoc = z.strictObject({ documentId: DocumentId })
const WithProject = z.strictObject({ documentId: DocumentId, project: Project })

/** Limits of the print and export channels: big posters, but never unbounded. */
export const EXPORT_LIMITS = {
  /** Bytes of one exported file (a 300 DPI poster PNG stays far below). */
  fileBytes: 256 * 1024 * 1024,
  /** Files of one export (PNG tiles). */
  files: 400,
  /** A CSV file to import. */
  csvBytes: 20 * 1024 * 1024,
  /** The largest PDF page side (200 in, the PDF 1.x user-space limit). */
  pageMm: 5080,
} as const

export const ExportFormat = z.enum(['png', 'svg', 'csv'])
export type ExportFormat = z.infer<typeof ExportFormat>
/** A suggested file name without folder: no path separators, no control characters. */
const ExportName = z
  .string()
  .min(1)
  .max(200)
  // eslint-disable-next-line no-control-regex -- control characters are exactly what a file name must not hold
  .regex(/^[^/\\\u0000-\u001f:*?"<>|]+$/u, 'a file name without folders')
const Base64 = z
  .string()
  .max(Math.ceil(EXPORT_LIMITS.fileBytes / 3) * 4)
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'base64')
const PageSizeMm = z.strictObject({
  widthMm: z.number().min(10).max(EXPORT_LIMITS.pageMm),
  heightMm: z.number().min(10).max(EXPORT_LIMITS.pageMm),
})

/** Payload schemas of every renderer → main request. */
export const requestSchemas = {
  'document:initial': Empty,
  'document:new': z.strictObject({ project: Project }),
  'document:open': Empty,
  'document:openRecent': z.strictObject({ recentId: Id }),
  'document:openDropped': z.strictObject({ path: z.string().min(1).max(4096) }),
  'document:save': WithProject,
  'document:saveAs': WithProject,
  'document:reload': WithDoc,
  'document:close': WithDoc,
  'document:setDirty': z.strictObject({ documentId: DocumentId, dirty: z.boolean() }),
  'draft:write': WithProject,
  'draft:list': Empty,
  'draft:restore': z.strictObject({ draftId: Id }),
  'draft:discard': z.strictObject({ draftId: Id }),
  'recent:list': Empty,
  'recent:clear': Empty,
  'app:setLocale': z.strictObject({ locale: Locale }),
  'print:pdf': z.strictObject({ suggestedName: ExportName, page: PageSizeMm }),
  'print:system': z.strictObject({ page: PageSizeMm }),
  'export:save': z.strictObject({
    format: ExportFormat,
    suggestedName: ExportName,
    /** One file, or several (PNG tiles) written beside the first with their suffix. */
    files: z
      .array(z.strictObject({ suffix: z.string().max(40).regex(/^[A-Za-z0-9_-]*$/), base64: Base64 }))
      .min(1)
      .max(EXPORT_LIMITS.files),
  }),
  'import:csv': Empty,
} as const

export type RequestChannel = keyof typeof requestSchemas
export type RequestOf<C extends RequestChannel> = z.infer<(typeof requestSchemas)[C]>

/** A file problem a person can act on; the renderer words it from `code` + `params`. */
export interface FileProblem {
  code: FileErrorCode
  /** English fallback text, also used in logs. */
  message: string
  fileName?: string
  params?: Record<string, string | number>
}

export type FileErrorCode =
  | 'not-found'
  | 'not-a-file'
  | 'permission-denied'
  | 'too-large'
  | 'too-deep'
  | 'not-utf8'
  | 'not-json'
  | 'not-journeywall'
  | 'too-new'
  | 'bad-version'
  | 'invalid'
  | 'disk-full'
  | 'write-failed'
  | 'read-failed'
  | 'wrong-extension'
  /** The file has nothing in it. */
  | 'empty'
  /** A picture (params.format: PNG, JPEG …) with a project's name. */
  | 'picture'
  /** Another kind of file (params.format: PDF, ZIP …) with a project's name. */
  | 'other-format'
  /** The file stops part-way: cut off while copied, downloaded or saved. */
  | 'truncated'
  /** Far more entries than any project holds (params.limit), or more memory than reading may take. */
  | 'too-complex'
  /** Reading went past the time limit and was stopped (params.seconds). */
  | 'too-slow'
  /** A CSV with more rows than one map can hold (params.limit). */
  | 'csv-too-many-rows'

export interface DocumentInfo {
  documentId: DocumentId
  /** File name without folder, or null while untitled. */
  fileName: string | null
  /** The full path, for display only (title bar tooltip, recent list). */
  displayPath: string | null
  /**
   * The project as JSON text. Main reads files in a worker thread and passes
   * the text on without building the project's objects on the thread that
   * serves every window; the window parses it.
   */
  projectJson: string
  /** What the tolerant repair pass fixed while opening, in plain words. */
  repairs: string[]
  /** True when the content came from an autosaved draft, not from the file. */
  fromDraft: boolean
  /** Content differs from the file on disk (e.g. a restored draft). */
  dirty: boolean
}

export type OpenOutcome =
  | { kind: 'opened'; doc: DocumentInfo }
  | { kind: 'opened-in-new-window' }
  | { kind: 'focused-existing' }
  | { kind: 'canceled' }
  | { kind: 'error'; problem: FileProblem }

export type SaveOutcome =
  | { kind: 'saved'; fileName: string; displayPath: string; documentId: DocumentId }
  | { kind: 'canceled' }
  | { kind: 'reloaded'; doc: DocumentInfo }
  | { kind: 'error'; problem: FileProblem }

export interface DraftInfo {
  draftId: string
  title: string
  savedAt: string
  displayPath: string | null
}

export interface RecentEntry {
  recentId: string
  name: string
  displayPath: string
}

/** Response type of every request channel. */
export interface ResponseMap {
  'document:initial': DocumentInfo | null
  'document:new': OpenOutcome
  'document:open': OpenOutcome
  'document:openRecent': OpenOutcome
  'document:openDropped': OpenOutcome
  'document:save': SaveOutcome
  'document:saveAs': SaveOutcome
  'document:reload': OpenOutcome
  'document:close': { closed: boolean }
  'document:setDirty': void
  'draft:write': void
  'draft:list': DraftInfo[]
  'draft:restore': OpenOutcome
  'draft:discard': void
  'recent:list': RecentEntry[]
  'recent:clear': void
  'app:setLocale': void
  'print:pdf': PrintPdfOutcome
  'print:system': PrintSystemOutcome
  'export:save': ExportOutcome
  'import:csv': ImportCsvOutcome
}

export type PrintPdfOutcome =
  | { kind: 'saved'; fileName: string; bytes: number }
  | { kind: 'canceled' }
  | { kind: 'error'; message: string }
export type PrintSystemOutcome = { kind: 'printed' } | { kind: 'canceled' } | { kind: 'error'; message: string }
export type ExportOutcome = { kind: 'saved'; fileNames: string[] } | { kind: 'canceled' } | { kind: 'error'; message: string }
export type ImportCsvOutcome =
  /** Read in main's parse worker: the rows within the import limits, and what the reader noticed. */
  | { kind: 'opened'; fileName: string; rows: string[][]; warnings: CsvWarning[] }
  | { kind: 'canceled' }
  /** `problem` (when there is one) says it in words the renderer can translate; `message` is the English fallback. */
  | { kind: 'error'; message: string; problem?: FileProblem }
export type ResponseOf<C extends RequestChannel> = ResponseMap[C]

/** Commands main pushes into a window: menu items, and the close flow. */
export const MenuCommand = z.enum([
  'new',
  'open',
  'save',
  'saveAs',
  'close',
  'undo',
  'redo',
  'cut',
  'copy',
  'paste',
  'selectAll',
  'zoomIn',
  'zoomOut',
  'zoomReset',
  'zoomToFit',
  'saveThenClose',
  // File › Print… and File › Export (renderer/print opens its dialog or runs the export)
  'print',
  'exportPdf',
  'exportPng',
  'exportSvg',
  'exportCsv',
  'importCsv',
  // View › Command Palette… (every action, searchable)
  'commandPalette',
])
export type MenuCommand = z.infer<typeof MenuCommand>

export interface EventMap {
  'menu:command': { command: MenuCommand }
  /** The open file was changed on disk by another program. */
  'document:changedOnDisk': { documentId: DocumentId }
  /** Main opened a document into this (empty) window on its own, e.g. from the native Open Recent menu. */
  'document:opened': { doc: DocumentInfo }
}
export type EventChannel = keyof EventMap

export const eventChannels: readonly EventChannel[] = eventChannelNames

// The zod-free name lists in channels.ts (used by the preload) must match this contract exactly.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
const _requestNamesMatch: Same<RequestChannelName, RequestChannel> = true
const _eventNamesMatch: Same<EventChannelName, EventChannel> = true
void requestChannelNames
void _requestNamesMatch
void _eventNamesMatch

/** What the preload exposes as `window.journeywall` — nothing more. */
export interface JourneyBridge {
  invoke<C extends RequestChannel>(channel: C, payload: RequestOf<C>): Promise<ResponseOf<C>>
  on<E extends EventChannel>(channel: E, listener: (payload: EventMap[E]) => void): () => void
  /** Real path of a file dropped on the window (Electron's webUtils), or '' if none. */
  pathForFile(file: File): string
}

export { IPC_PREFIX }
