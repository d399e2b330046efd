/**
 * The command palette (Ctrl/⌘+K, View › Command Palette…): every action of
 * the registry with its shortcut, found by typing in the UI language, run
 * with Enter or a click. Actions that can't run now are listed dimmed, so
 * the palette also teaches what exists. Focus returns where it was.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ActionGroup } from '../actions/action'
import { actionRegistry } from '../actions/registry'
import { useActionsVersion, viewOf, type ActionView } from '../actions/use-action'
import { closePalette, usePalette } from './palette-store'
import { search } from './search'

const GROUPS: ActionGroup[] = ['file', 'edit', 'note', 'structure', 'view', 'navigate', 'export', 'help']

export function PaletteHost() {
  const open = usePalette((s) => s.open)
  return open ? <CommandPalette /> : null
}

function CommandPalette() {
  const { t, i18n } = useTranslation()
  const version = useActionsVersion()
  const [query, setQuery] = useState('')
  const [active, setActive] = useState(0)
  const dialog = useRef<HTMLDialogElement>(null)
  const list = useRef<HTMLUListElement>(null)
  // Where focus was when the palette opened (captured before autoFocus moves it).
  const [returnTo] = useState(() => document.activeElement)
  const listId = useId()

  const views = useMemo(() => {
    void version
    const tr = (k: string, o?: Record<string, unknown>) => t(k, o ?? {})
    const all = actionRegistry
      .all()
      .filter((a) => a.palette !== false)
      .map((a) => viewOf(a, { source: 'palette' }, tr))
    // Listed by group, in the registry's order within a group.
    all.sort((a, b) => GROUPS.indexOf(a.action.group) - GROUPS.indexOf(b.action.group))
    return all.map((v) => ({ ...v, extra: `${t(`palette.groups.${v.action.group}`)} ${v.action.keywordsKey ? t(v.action.keywordsKey) : ''} ${v.shortcut ?? ''}` }))
  }, [t, version])
  // With a query, what can run comes first: Enter runs the best runnable match.
  const found = useMemo(() => {
    const hits = search(views, query)
    return query.trim() ? [...hits.filter((v) => v.enabled), ...hits.filter((v) => !v.enabled)] : hits
  }, [views, query])
  const selected = Math.min(active, Math.max(0, found.length - 1))

  useEffect(() => {
    dialog.current?.showModal()
    return () => {
      if (returnTo instanceof HTMLElement && returnTo.isConnected) returnTo.focus({ preventScroll: true })
    }
  }, [returnTo])

  useEffect(() => {
    list.current?.querySelector<HTMLElement>(`[data-index="${selected}"]`)?.scrollIntoView({ block: 'nearest' })
  }, [selected])

  const run = (view: ActionView | undefined) => {
    if (!view?.enabled) return
    closePalette()
    // After the palette has closed and focus is back where the action expects it.
    requestAnimationFrame(() => view.run())
  }

  return (
    <dialog
      ref={dialog}
      className="command-palette"
      aria-label={t('palette.title')}
      onCancel={(e) => {
        e.preventDefault()
        closePalette()
      }}
      onClick={(e) => {
        if (e.target === dialog.current) closePalette()
      }}
    >
      <input
        className="command-palette-search"
        type="search"
        role="combobox"
        aria-expanded="true"
        aria-controls={listId}
        aria-activedescendant={found[selected] ? `${listId}-${selected}` : undefined}
        aria-label={t('palette.search')}
        placeholder={t('palette.search')}
        // Empty, the placeholder follows the UI's direction; typed text picks its own.
        dir={query ? 'auto' : i18n.dir()}
        autoFocus
        value={query}
        onChange={(e) => {
          setQuery(e.target.value)
          setActive(0)
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') setActive((i) => Math.min(found.length - 1, i + 1))
          else if (e.key === 'ArrowUp') setActive((i) => Math.max(0, i - 1))
          else if (e.key === 'Enter') run(found[selected])
          else return
          e.preventDefault()
        }}
      />
      <ul className="command-palette-list" role="listbox" id={listId} ref={list} aria-label={t('palette.title')}>
        {found.length === 0 && <li className="command-palette-empty">{t('palette.nothing')}</li>}
        {found.map((v, i) => (
          <li
            key={v.action.id}
            id={`${listId}-${i}`}
            data-index={i}
            role="option"
            aria-selected={i === selected}
            aria-disabled={!v.enabled}
            className={`command-palette-item${i === selected ? ' is-active' : ''}${v.enabled ? '' : ' is-disabled'}${v.action.danger ? ' danger' : ''}`}
            onPointerMove={() => setActive(i)}
            onClick={() => run(v)}
          >
            {v.action.swatch && <span className="command-palette-swatch" style={{ background: v.action.swatch }} aria-hidden="true" />}
            <span className="command-palette-label">{v.label}</span>
            <span className="command-palette-group">{t(`palette.groups.${v.action.group}`)}</span>
            {v.shortcut && <kbd className="shortcut">{v.shortcut}</kbd>}
          </li>
        ))}
      </ul>
    </dialog>
  )
}
