/**
 * Keeps main informed about the open document: the dirty flag (title bar, close
 * prompt) and an autosaved draft of unsaved work, written ~1 s after the last
 * change and at once when the window loses focus, so a crash loses at most a
 * second of typing.
 */
import { useEffect } from 'react'
import { useDocument } from '../store/document-store'
import { call } from '../services/bridge'

export const DRAFT_IDLE_MS = 1000

async function writeDraft(): Promise<void> {
  const { doc, project, dirty } = useDocument.getState()
  if (!doc || !project || !dirty) return
  await call('draft:write', { documentId: doc.documentId, project }).catch(() => {
    // A failed draft write must not interrupt the workshop; the next change retries.
  })
}

export function useDocumentSync(): void {
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null
    const flush = () => {
      if (timer) clearTimeout(timer)
      timer = null
      void writeDraft()
    }
    const unsubscribe = useDocument.subscribe((state, previous) => {
      if (state.doc && (state.dirty !== previous.dirty || state.doc.documentId !== previous.doc?.documentId)) {
        void call('document:setDirty', { documentId: state.doc.documentId, dirty: state.dirty }).catch(() => {})
      }
      if (state.revision !== previous.revision && state.dirty) {
        if (timer) clearTimeout(timer)
        timer = setTimeout(flush, DRAFT_IDLE_MS)
      }
    })
    window.addEventListener('blur', flush)
    return () => {
      unsubscribe()
      window.removeEventListener('blur', flush)
      if (timer) clearTimeout(timer)
    }
  }, [])
}
