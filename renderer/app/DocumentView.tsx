import { useTranslation } from 'react-i18next'
import { renameProject } from '../../shared/commands'
import { Board, BoardToolbar } from '../board/board-view'
import { Inspector } from '../panels/Inspector'
import { MapTabs } from '../panels/MapTabs'
import { openPrintDialog } from '../print'
import { useBoard } from '../store/board-store'
import { useDocument } from '../store/document-store'
import { closeDocument, openDocument, saveDocument } from './document-actions'
import { LanguagePicker } from './LanguagePicker'

export function DocumentView() {
  const { t } = useTranslation()
  const { doc, project, dirty, apply, undo, redo, history } = useDocument()
  const activeMapId = useBoard((s) => s.activeMapId)
  if (!doc || !project) return null
  const map = project.maps.find((m) => m.id === activeMapId) ?? project.maps[0]
  return (
    <div className="document">
      <header className="toolbar">
        <div className="title-block">
          <input
            className="project-name"
            aria-label={t('doc.projectName')}
            dir="auto"
            key={project.name}
            defaultValue={project.name}
            onBlur={(e) => {
              const name = e.target.value.trim()
              if (name && name !== project.name) apply(renameProject(name), 'rename')
            }}
          />
          <span className={`save-state ${dirty ? 'is-dirty' : ''}`} data-testid="save-state">
            {dirty ? t('toolbar.unsaved') : t('toolbar.allSaved')}
          </span>
        </div>
        <div className="spacer" />
        <BoardToolbar />
        <button
          type="button"
          className="icon-button"
          onClick={undo}
          disabled={!history.canUndo}
          aria-label={t('toolbar.undo')}
          title={`${t('toolbar.undo')} (Ctrl+Z)`}
        >
          <span aria-hidden="true" className="flip-rtl">↶</span>
        </button>
        <button
          type="button"
          className="icon-button"
          onClick={redo}
          disabled={!history.canRedo}
          aria-label={t('toolbar.redo')}
          title={`${t('toolbar.redo')} (Ctrl+Shift+Z)`}
        >
          <span aria-hidden="true" className="flip-rtl">↷</span>
        </button>
        <button type="button" onClick={() => void openDocument()}>
          {t('toolbar.open')}
        </button>
        <button type="button" className="primary" onClick={() => void saveDocument()}>
          {t('toolbar.save')}
        </button>
        <button type="button" onClick={() => void saveDocument(true)}>
          {t('toolbar.saveAs')}
        </button>
        <button type="button" onClick={() => openPrintDialog(map?.id ?? null)}>
          {t('toolbar.printExport')}
        </button>
        <button type="button" onClick={() => void closeDocument()}>
          {t('toolbar.close')}
        </button>
      </header>
      <div className="map-bar">
        <MapTabs />
        <div className="file-line muted" title={doc.displayPath ?? ''}>
          {doc.fileName ?? t('app.untitled')} · {t('doc.cards', { count: map?.cards.length ?? 0 })}
        </div>
        <LanguagePicker />
      </div>
      <div className="document-body">
        <main className="board-area">{map && <Board />}</main>
        <aside className="side-panel">
          <Inspector />
        </aside>
      </div>
    </div>
  )
}
