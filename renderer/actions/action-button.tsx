/** A toolbar button for a registered action: its name, its shortcut in the tooltip, disabled when it can't run. */
import type { ReactNode } from 'react'
import { useAction } from './use-action'

export function ActionButton({ id, className, children, label }: { id: string; className?: string; children?: ReactNode; label?: string }) {
  const view = useAction(id)
  if (!view) return null
  const name = label ?? view.label
  return (
    <button
      type="button"
      className={className}
      onClick={view.run}
      disabled={!view.enabled}
      aria-label={children ? name : undefined}
      aria-keyshortcuts={view.action.keys?.[0]?.replace('Mod', 'Control')}
      title={view.shortcut ? `${view.label} (${view.shortcut})` : view.label}
    >
      {children ?? view.toolbarLabel}
    </button>
  )
}
