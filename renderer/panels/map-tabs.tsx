/**
 * One tab per map of the project. Click (or arrow keys) switches the board to
 * the map; double-click or F2 renames it in place; "+" adds a map from a
 * template in the UI language; × deletes after confirming (never the last map).
 */
import { useEffect, useRef, useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { addMapFromTemplate, deleteMap, renameMap } from '../../shared/commands'
import type { JourneyMap } from '../../shared/model'
import { TEMPLATES, type TemplateId } from '../../shared/templates'
import { useBoard } from '../store/board-store'
import { useDocument } from '../store/document-store'
import { confirmDialog } from '../services/confirm'
import { activeMap } from './controls'


export function MapTabs() {
  const { t } = useTranslation()
  const project = useDocument((s) => s.project)
  const apply = useDocument((s) => s.apply)
  const activeMapId = useBoard((s) => s.activeMapId)
  const setActiveMap = useBoard((s) => s.setActiveMap)
  const [renaming, setRenaming] = useState<string | null>(null)
  const tabs = useRef(new Map<string, HTMLButtonElement>())
  if (!project) return null
  const active = activeMap(project, activeMapId)
  const maps = project.maps
  const onlyOne = maps.length <= 1

  const focusTab = (mapId: string | undefined) => {
    if (!mapId) return
    setActiveMap(mapId)
    tabs.current.get(mapId)?.focus()
  }

  const onTabKey = (e: KeyboardEvent<HTMLButtonElement>, index: number, map: JourneyMap) => {
    // Arrow keys follow the reading direction: in RTL, ArrowLeft goes to the next tab.
    const rtl = getComputedStyle(e.currentTarget).direction === 'rtl'
    const step = e.key === 'ArrowRight' ? (rtl ? -1 : 1) : e.key === 'ArrowLeft' ? (rtl ? 1 : -1) : 0
    if (step !== 0) {
      e.preventDefault()
      focusTab(maps[(index + step + maps.length) % maps.length]?.id)
    } else if (e.key === 'Home' || e.key === 'End') {
      e.preventDefault()
      focusTab(maps[e.key === 'Home' ? 0 : maps.length - 1]?.id)
    } else if (e.key === 'F2') {
      e.preventDefault()
      setRenaming(map.id)
    }
  }

  const remove = async (map: JourneyMap) => {
    if (onlyOne) return
    const ok = await confirmDialog({
      title: t('panel.deleteMapTitle', { name: map.name || t('panel.untitledMap') }),
      message: t('panel.deleteMapMessage', { count: map.cards.length }),
      confirmLabel: t('panel.delete'),
      danger: true,
    })
    const current = useDocument.getState().project
    if (!ok || !current || current.maps.length <= 1 || !current.maps.some((m) => m.id === map.id)) return
    const index = current.maps.findIndex((m) => m.id === map.id)
    const neighbour = current.maps[index + 1] ?? current.maps[index - 1]
    if (activeMap(current, useBoard.getState().activeMapId)?.id === map.id) setActiveMap(neighbour?.id ?? null)
    apply(deleteMap(map.id), t('panel.undo.deleteMap'))
  }

  const add = (templateId: TemplateId) => {
    const command = addMapFromTemplate(templateId, (key, defaultValue) => t(key, { defaultValue }))
    apply(command, t('panel.undo.addMap'))
    setActiveMap(command.createdIds[0] ?? null)
  }

  return (
    <nav className="map-tabs" aria-label={t('panel.maps')} data-testid="map-tabs">
      <div role="tablist" aria-label={t('panel.maps')} className="map-tablist">
        {maps.map((map, index) => {
          const selected = map.id === active?.id
          const name = map.name || t('panel.untitledMap')
          return (
            <div key={map.id} className={`map-tab ${selected ? 'is-active' : ''}`} data-map={map.id}>
              {renaming === map.id ? (
                <RenameField
                  value={map.name}
                  label={t('panel.mapName')}
                  onDone={(next) => {
                    setRenaming(null)
                    if (next !== null && next !== map.name) apply(renameMap(map.id, next), t('panel.undo.renameMap'), `map-name:${map.id}`)
                    // Give the keyboard back to the tab.
                    requestAnimationFrame(() => tabs.current.get(map.id)?.focus())
                  }}
                />
              ) : (
                <button
                  type="button"
                  role="tab"
                  ref={(el) => {
                    if (el) tabs.current.set(map.id, el)
                    else tabs.current.delete(map.id)
                  }}
                  className="map-tab-button"
                  aria-selected={selected}
                  tabIndex={selected ? 0 : -1}
                  title={t('panel.renameMap')}
                  dir="auto"
                  onClick={() => setActiveMap(map.id)}
                  onDoubleClick={() => setRenaming(map.id)}
                  onKeyDown={(e) => onTabKey(e, index, map)}
                >
                  {name}
                </button>
              )}
              <button
                type="button"
                className="map-tab-delete"
                aria-label={t('panel.deleteMap', { name })}
                // A disabled button shows no tooltip; aria-disabled keeps it hoverable and explains why.
                aria-disabled={onlyOne}
                title={onlyOne ? t('panel.deleteLastMap') : t('panel.deleteMap', { name })}
                onClick={() => void remove(map)}
              >
                ×
              </button>
            </div>
          )
        })}
      </div>
      <AddMapMenu onPick={add} />
    </nav>
  )
}

function RenameField({ value, label, onDone }: { value: string; label: string; onDone(next: string | null): void }) {
  const [text, setText] = useState(value)
  const done = useRef(false)
  const finish = (next: string | null) => {
    if (done.current) return
    done.current = true
    onDone(next)
  }
  return (
    <input
      className="map-tab-rename"
      aria-label={label}
      // Opened on purpose by double-click or F2: take the keyboard.
      autoFocus
      onFocus={(e) => e.currentTarget.select()}
      value={text}
      size={Math.max(8, text.length + 1)}
      onChange={(e) => setText(e.target.value)}
      onBlur={() => finish(text.trim() || null)}
      onKeyDown={(e) => {
        if (e.nativeEvent.isComposing) return
        if (e.key === 'Enter') {
          e.preventDefault()
          finish(text.trim() || null)
        } else if (e.key === 'Escape') {
          e.preventDefault()
          finish(null)
        }
      }}
    />
  )
}

/** "+": a small menu of the templates, named in the UI language. */
function AddMapMenu({ onPick }: { onPick(templateId: TemplateId): void }) {
  const { t } = useTranslation()
  const [open, setOpen] = useState(false)
  const root = useRef<HTMLDivElement>(null)
  const button = useRef<HTMLButtonElement>(null)
  const items = useRef<Array<HTMLButtonElement | null>>([])

  useEffect(() => {
    if (!open) return
    items.current[0]?.focus()
    const onDown = (e: PointerEvent) => {
      if (root.current && !root.current.contains(e.target as Node)) setOpen(false)
    }
    window.addEventListener('pointerdown', onDown)
    return () => window.removeEventListener('pointerdown', onDown)
  }, [open])

  const close = () => {
    setOpen(false)
    button.current?.focus()
  }

  return (
    <div className="add-map" ref={root}>
      <button
        ref={button}
        type="button"
        className="add-map-button"
        aria-label={t('panel.addMap')}
        title={t('panel.addMap')}
        aria-haspopup="menu"
        aria-expanded={open}
        onClick={() => setOpen((v) => !v)}
      >
        +
      </button>
      {open && (
        <div
          className="add-map-menu"
          role="menu"
          aria-label={t('panel.addMapFrom')}
          onKeyDown={(e) => {
            const list = items.current.filter((el): el is HTMLButtonElement => el !== null)
            const at = list.indexOf(document.activeElement as HTMLButtonElement)
            if (e.key === 'Escape') {
              e.preventDefault()
              close()
            } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
              e.preventDefault()
              const step = e.key === 'ArrowDown' ? 1 : -1
              list[(at + step + list.length) % list.length]?.focus()
            } else if (e.key === 'Tab') {
              setOpen(false)
            }
          }}
        >
          <div className="add-map-menu-title muted">{t('panel.addMapFrom')}</div>
          {TEMPLATES.map((tpl, i) => (
            <button
              key={tpl.id}
              ref={(el) => {
                items.current[i] = el
              }}
              type="button"
              role="menuitem"
              data-template={tpl.id}
              tabIndex={-1}
              onClick={() => {
                onPick(tpl.id)
                setOpen(false)
              }}
            >
              <span className="menu-item-name">{t(tpl.name.key, { defaultValue: tpl.name.en })}</span>
              <span className="muted menu-item-detail">{t(tpl.description.key, { defaultValue: tpl.description.en })}</span>
            </button>
          ))}
        </div>
      )}
    </div>
  )
}
