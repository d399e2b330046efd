import { useTranslation } from 'react-i18next'
import { renameProject } from '../../shared/commands'
import { Board, BoardToolbar } from '../board/Board'
import { Inspector } from '../panels/Inspector'
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
        <div className="spacer" />
        <BoardToolbar />
        <button type="button" onClick={undo} disabled={!history.canUndo}>
          {t('toolbar.undo')}
        </button>
        <button type="button" onClick={redo} disabled={!history.canRedo}>
          {t('toolbar.redo')}
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
        <button type="button" onClick={() => void closeDocument()}>
          {t('toolbar.close')}
        </button>
        <LanguagePicker />
      </header>
      <div className="file-line muted" title={doc.displayPath ?? ''}>
        {doc.fileName ?? t('app.untitled')} · {t('doc.cards', { count: map?.cards.length ?? 0 })}
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
