export { JourneyFileAdapter, backupPathFor, type JourneyFileAdapterOptions, type LoadedJourney } from './durable-adapter'
export { DurableJsonAdapter } from './durable-json-adapter'
export { copyFileDurably, fsyncFolder, listLeftoverTemps, removeLeftoverTemps, writeFileDurably } from './durable-write'
export { DraftStore, isValidDraftId, type DraftContent, type DraftReadResult, type DraftStoreOptions } from './drafts'
export { FileProblemError, makeProblem, problemFromError } from './file-problems'
export { sameFileStat, type FileStat } from './file-stat'
export {
  JOURNEY_EXTENSION,
  ProjectFiles,
  hasJourneyExtension,
  type OpenResult,
  type ProjectFilesOptions,
  type SaveResult,
} from './project-files'
export { MAX_JOURNEY_FILE_BYTES, readFileBounded } from './read-bounded'
export { RecentFiles, recentIdOf, type RecentFilesOptions } from './recent'
export { watchForExternalChanges, type WatchOptions } from './watch'
export { OffThreadParser, DEFAULT_TIME_LIMIT_MS, type OffThreadParserOptions } from './off-thread-parser'
export { asJourneyRead, type FileParser, type JourneyRead, type ProjectText } from './parser'
