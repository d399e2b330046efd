/**
 * What File menu items and start-screen buttons do: talk to main, then update
 * the stores. Side effects live here, not in components.
 */
import type { OpenOutcome, SaveOutcome } from '../../shared/api'
import type { Project } from '../../shared/model'
import { useDocument } from '../store/document-store'
import { useNotices } from '../store/notice-store'
import { call } from '../services/bridge'

function reportUnexpected(error: unknown): void {
  useNotices.getState().push({ kind: 'unexpected', message: error instanceof Error ? error.message : String(error) })
}

/** Apply what main answered to an open-like request. */
export function showOpened(outcome: OpenOutcome): void {
  const notices = useNotices.getState()
  switch (outcome.kind) {
    case 'opened':
      useDocument.getState().load(outcome.doc)
      notices.dismissKind('changed-on-disk')
      if (outcome.doc.repairs.length > 0) notices.push({ kind: 'repaired', repairs: outcome.doc.repairs })
      if (outcome.doc.fromDraft) notices.push({ kind: 'restored' })
      return
    case 'opened-in-new-window':
      notices.push({ kind: 'opened-in-new-window' })
      return
    case 'error':
      notices.push({ kind: 'problem', problem: outcome.problem })
      return
    case 'focused-existing':
    case 'canceled':
      return
  }
}

async function guarded<T>(work: () => Promise<T>): Promise<T | undefined> {
  try {
    return await work()
  } catch (error) {
    reportUnexpected(error)
    return undefined
  }
}

export async function newDocument(project: Project): Promise<void> {
  const outcome = await guarded(() => call('document:new', { project }))
  if (outcome) showOpened(outcome)
}

export async function openDocument(): Promise<void> {
  const outcome = await guarded(() => call('document:open', {}))
  if (outcome) showOpened(outcome)
}

export async function openRecent(recentId: string): Promise<void> {
  const outcome = await guarded(() => call('document:openRecent', { recentId }))
  if (outcome) showOpened(outcome)
}

export async function openDropped(path: string): Promise<void> {
  const outcome = await guarded(() => call('document:openDropped', { path }))
  if (outcome) showOpened(outcome)
}

export async function restoreDraft(draftId: string): Promise<void> {
  const outcome = await guarded(() => call('draft:restore', { draftId }))
  if (outcome) showOpened(outcome)
}

function showSaved(outcome: SaveOutcome): boolean {
  const notices = useNotices.getState()
  switch (outcome.kind) {
    case 'saved':
      useDocument.getState().markSaved(outcome.fileName, outcome.displayPath)
      notices.dismissKind('problem')
      notices.push({ kind: 'saved', file: outcome.fileName })
      return true
    case 'reloaded':
      showOpened({ kind: 'opened', doc: outcome.doc })
      return false
    case 'error':
      notices.push({ kind: 'problem', problem: outcome.problem })
      return false
    case 'canceled':
      return false
  }
}

export async function saveDocument(as = false): Promise<boolean> {
  const { doc, project } = useDocument.getState()
  if (!doc || !project) return false
  const outcome = await guarded(() =>
    call(as ? 'document:saveAs' : 'document:save', { documentId: doc.documentId, project }),
  )
  return outcome ? showSaved(outcome) : false
}

export async function closeDocument(): Promise<void> {
  const { doc } = useDocument.getState()
  // Nothing open (start screen): Close closes the window itself.
  if (!doc) return window.close()
  const result = await guarded(() => call('document:close', { documentId: doc.documentId }))
  if (result?.closed) useDocument.getState().clear()
}

/** Main asked (unsaved-changes prompt → Save): save, and close only if that worked. */
export async function saveThenClose(): Promise<void> {
  if (await saveDocument()) await closeDocument()
}

export async function reloadFromDisk(): Promise<void> {
  const { doc } = useDocument.getState()
  if (!doc) return
  const outcome = await guarded(() => call('document:reload', { documentId: doc.documentId }))
  if (outcome) showOpened(outcome)
}
