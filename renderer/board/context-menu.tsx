/**
 * The board's context menu (right click, long press, Menu key): the
 * registry's actions for what was pressed, with their shortcuts; note
 * colours as swatches. Escape closes it and gives the board the keyboard back.
 */
import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { actionRegistry } from '../actions/registry'
import { useActionsVersion, viewOf } from '../actions/use-action'
import type { ContextMenuRequest } from './board-deps'
import { activeBoard } from './board-handle'

export function ContextMenu({ request, onClose }: { request: ContextMenuRequest; onClose(): void }) {
  const { t } = useTranslation()
  const ref = useRef<HTMLDivElement>(null)
  useActionsVersion()
  useEffect(() => {
    ref.current?.querySelector<HTMLButtonElement>('button')?.focus()
    const onDown = (e: PointerEvent) => {
      if (!ref.current?.contains(e.target as Node)) onClose()
    }
    window.addEventListener('pointerdown', onDown, true)
    return () => window.removeEventListener('pointerdown', onDown, true)
  }, [onClose])

  const ctx = { source: 'context-menu' as const, target: request.target }
  const views = actionRegistry
    .forTarget(request.target.kind)
    .map((a) => viewOf(a, ctx, (k, o) => t(k, o ?? {})))
    .filter((v) => v.enabled)
  const items = views.filter((v) => !v.action.swatch)
  const colours = views.filter((v) => v.action.swatch)
  if (items.length === 0 && colours.length === 0) return null
  const left = Math.min(request.at.x, window.innerWidth - 260)
  const top = Math.min(request.at.y, window.innerHeight - (items.length * 44 + (colours.length ? 100 : 0) + 16))
  const choose = (run: () => void) => {
    onClose()
    run()
  }
  return (
    <div
      className="board-menu"
      role="menu"
      ref={ref}
      style={{ left: Math.max(4, left), top: Math.max(4, top) }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          onClose()
          activeBoard()?.focus()
        }
      }}
    >
      {items.map((v) => (
        <button
          key={v.action.id}
          type="button"
          role="menuitem"
          className={v.action.danger ? 'danger' : undefined}
          aria-keyshortcuts={v.action.keys?.[0]?.replace('Mod', 'Control')}
          onClick={() => choose(v.run)}
        >
          <span>{v.contextLabel}</span>
          {v.shortcut && (
            <kbd className="shortcut" aria-hidden="true">
              {v.shortcut}
            </kbd>
          )}
        </button>
      ))}
      {colours.length > 0 && (
        <div className="board-menu-colours" role="group" aria-label={t('board.colour')}>
          {colours.map((v) => (
            <button
              key={v.action.id}
              type="button"
              role="menuitem"
              aria-label={v.contextLabel}
              title={v.contextLabel}
              style={{ background: v.action.swatch }}
              onClick={() => choose(v.run)}
            />
          ))}
        </div>
      )}
    </div>
  )
}
