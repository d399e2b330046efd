import { useTranslation } from 'react-i18next'
import { renameProject } from '../../shared/commands'
import { ActionButton } from '../actions/action-button'
import { Board, BoardToolbar } from '../board/board-view'
import { Inspector } from '../panels/inspector'
import { MapTabs } from '../panels/map-tabs'
import { useBoard } from '../store/board-store'
import { useDocument } from '../store/document-store'
import { LanguagePicker } from './language-picker'

export function DocumentView() {
  const { t } = useTranslation()
  const { doc, project, dirty, apply } = useDocument()
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
        <ActionButton id="undo" className="icon-button">
          <span aria-hidden="true" className="flip-rtl">↶</span>
        </ActionButton>
        <ActionButton id="redo" className="icon-button">
          <span aria-hidden="true" className="flip-rtl">↷</span>
        </ActionButton>
        <ActionButton id="open" />
        <ActionButton id="save" className="primary" />
        <ActionButton id="saveAs" />
        <ActionButton id="print" />
        <ActionButton id="close" />
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
