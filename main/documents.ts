/**
 * Which documents are open, in which window, backed by which file. Plain
 * bookkeeping: no I/O here, so the rules (one window per file, a window owns
 * its document) are easy to test.
 */
import { resolve } from 'node:path'
import type { DocumentId } from '../shared/api'
import { newId } from '../shared/model'

export interface FileStamp {
  mtimeMs: number
  size: number
}

export interface OpenDocument {
  documentId: DocumentId
  windowId: string
  /** Absolute path, or null while untitled. */
  path: string | null
  /** What the file looked like when we last read or wrote it. */
  knownStat: FileStamp | null
  dirty: boolean
  /** Where this document's autosaved draft lives in the drafts folder. */
  draftId: string
  projectName: string
  stopWatching: (() => void) | null
}

export class DocumentRegistry {
  private readonly byId = new Map<DocumentId, OpenDocument>()

  create(fields: Omit<OpenDocument, 'documentId' | 'draftId' | 'stopWatching'> & { draftId?: string }): OpenDocument {
    const doc: OpenDocument = {
      ...fields,
      path: fields.path === null ? null : resolve(fields.path),
      documentId: `doc-${newId()}`,
      draftId: fields.draftId ?? newId('d'),
      stopWatching: null,
    }
    this.byId.set(doc.documentId, doc)
    return doc
  }

  get(documentId: DocumentId): OpenDocument | undefined {
    return this.byId.get(documentId)
  }

  /** The document only if it belongs to the asking window: windows can't touch each other's files. */
  owned(documentId: DocumentId, windowId: string): OpenDocument {
    const doc = this.byId.get(documentId)
    if (!doc || doc.windowId !== windowId) throw new Error(`Unknown document ${documentId} for this window`)
    return doc
  }

  forWindow(windowId: string): OpenDocument | undefined {
    for (const doc of this.byId.values()) if (doc.windowId === windowId) return doc
    return undefined
  }

  forPath(path: string): OpenDocument | undefined {
    const wanted = resolve(path)
    for (const doc of this.byId.values()) if (doc.path === wanted) return doc
    return undefined
  }

  draftIdsInUse(): Set<string> {
    return new Set([...this.byId.values()].map((d) => d.draftId))
  }

  all(): OpenDocument[] {
    return [...this.byId.values()]
  }

  remove(documentId: DocumentId): void {
    const doc = this.byId.get(documentId)
    doc?.stopWatching?.()
    this.byId.delete(documentId)
  }
}
