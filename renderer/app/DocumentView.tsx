import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { addCard, deleteCards, editCardText, renameProject } from '../../shared/commands'
import type { Card, JourneyMap } from '../../shared/model'
import { useDocument } from '../store/document-store'
import { closeDocument, openDocument, saveDocument } from './document-actions'
import { LanguagePicker } from './LanguagePicker'

/** A sticky note in the plain grid; click to edit its text. */
function NoteView({ mapId, card }: { mapId: string; card: Card }) {
  const { t } = useTranslation()
  const apply = useDocument((s) => s.apply)
  return (
    <div className={`note note-${card.color}`} data-card={card.id}>
      <textarea
        aria-label={card.text || t('doc.addCard')}
        dir="auto"
        defaultValue={card.text}
        onBlur={(e) => {
          if (e.target.value !== card.text) apply(editCardText(mapId, card.id, e.target.value), 'edit', `text:${card.id}`)
        }}
      />
      <button
        type="button"
        className="note-delete"
        aria-label={t('doc.deleteCard')}
        title={t('doc.deleteCard')}
        onClick={() => apply(deleteCards(mapId, [card.id]), 'delete')}
      >
        ×
      </button>
    </div>
  )
}

/** Quick capture: type, Enter adds, the field stays ready for the next note. */
function AddNote({ mapId, stageId, laneId }: { mapId: string; stageId: string; laneId: string }) {
  const { t } = useTranslation()
  const apply = useDocument((s) => s.apply)
  const [text, setText] = useState('')
  return (
    <input
      className="add-note"
      dir="auto"
      placeholder={t('doc.newCardPlaceholder')}
      aria-label={t('doc.addCard')}
      value={text}
      onChange={(e) => setText(e.target.value)}
      onKeyDown={(e) => {
        if (e.key === 'Enter' && !e.nativeEvent.isComposing && text.trim()) {
          apply(addCard(mapId, { stageId, laneId, text: text.trim() }), 'add')
          setText('')
        }
      }}
    />
  )
}

function MapGrid({ map }: { map: JourneyMap }) {
  const { t } = useTranslation()
  const cellCards = (stageId: string, laneId: string) =>
    map.cards.filter((c) => c.stageId === stageId && c.laneId === laneId).sort((a, b) => a.order - b.order)
  return (
    <div
      className="grid"
      style={{ gridTemplateColumns: `12rem repeat(${map.stages.length}, minmax(14rem, 1fr))` }}
      data-testid="map-grid"
    >
      <div className="corner" />
      {map.stages.map((s) => (
        <div key={s.id} className="stage-head">
          <div className="stage-name">{s.name}</div>
          {s.customerGoal && (
            <div className="goal">
              <span>{t('stageHeader.customerGoal')}:</span> {s.customerGoal}
            </div>
          )}
        </div>
      ))}
      {map.lanes.map((lane) => (
        <div key={lane.id} className="lane-row" style={{ display: 'contents' }}>
          <div className={`lane-head lane-${lane.kind}`}>{lane.title || t(`lanes.${lane.kind}`)}</div>
          {map.stages.map((s) => (
            <div key={s.id} className="cell" data-stage={s.id} data-lane={lane.id}>
              {cellCards(s.id, lane.id).map((c) => (
                <NoteView key={`${c.id}:${c.text}`} mapId={map.id} card={c} />
              ))}
              <AddNote mapId={map.id} stageId={s.id} laneId={lane.id} />
            </div>
          ))}
        </div>
      ))}
    </div>
  )
}

export function DocumentView() {
  const { t } = useTranslation()
  const { doc, project, dirty, apply, undo, redo, history } = useDocument()
  if (!doc || !project) return null
  const map = project.maps[0]
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
      {map && <MapGrid map={map} />}
    </div>
  )
}
