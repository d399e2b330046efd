import { useEffect } from 'react'
import { useDocument } from '../store/document-store'
import { useNotices } from '../store/notice-store'
import { listen } from '../services/bridge'
import { openDropped, showOpened } from './document-actions'
import { DocumentView } from './document-view'
import { initialDocument } from './initial-document'
import { ConfirmHost } from '../services/confirm'
import { PaletteHost } from '../palette/command-palette'
import { PrintHost } from '../print'
import { NoticeBar } from './notice-bar'
import { StartScreen } from './start-screen'
import { useDocumentSync } from './use-document-sync'

export function App() {
  const hasDoc = useDocument((s) => s.doc !== null)
  useDocumentSync()

  useEffect(() => {
    // A window opened for a file (argv, second launch, open-file) gets it here.
    void initialDocument().then((doc) => doc && showOpened({ kind: 'opened', doc }))
    const offOpened = listen('document:opened', ({ doc }) => showOpened({ kind: 'opened', doc }))
    const offDisk = listen('document:changedOnDisk', ({ documentId }) => {
      const doc = useDocument.getState().doc
      if (doc?.documentId === documentId) {
        useNotices.getState().push({ kind: 'changed-on-disk', file: doc.fileName ?? '' })
      }
    })
    const onDragOver = (e: DragEvent) => e.preventDefault()
    const onDrop = (e: DragEvent) => {
      e.preventDefault()
      for (const file of Array.from(e.dataTransfer?.files ?? [])) {
        const path = window.journeywall.pathForFile(file)
        if (path) void openDropped(path)
      }
    }
    window.addEventListener('dragover', onDragOver)
    window.addEventListener('drop', onDrop)
    return () => {
      offOpened()
      offDisk()
      window.removeEventListener('dragover', onDragOver)
      window.removeEventListener('drop', onDrop)
    }
  }, [])

  return (
    <>
      <NoticeBar />
      {hasDoc ? <DocumentView /> : <StartScreen />}
      <ConfirmHost />
      <PrintHost />
      <PaletteHost />
    </>
  )
}
