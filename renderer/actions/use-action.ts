/**
 * React's view of an action: its names, shortcut and whether it can run now.
 * Re-renders when anything an enabled-check may read changes (the document,
 * the board's selection, the registry, the language).
 */
import { useSyncExternalStore } from 'react'
import { useTranslation } from 'react-i18next'
import { useBoard } from '../store/board-store'
import { useDocument } from '../store/document-store'
import type { Action, ActionContext } from './action'
import { actionLabel, contextLabel, toolbarLabel } from './labels'
import { actionRegistry } from './registry'
import { formatChord } from './shortcuts'

let version = 0
const listeners = new Set<() => void>()
const bump = () => {
  version++
  for (const l of listeners) l()
}
let unwatch: (() => void) | null = null

function subscribe(listener: () => void): () => void {
  if (listeners.size === 0) {
    const offs = [useDocument.subscribe(bump), useBoard.subscribe(bump), actionRegistry.subscribe(bump)]
    unwatch = () => offs.forEach((off) => off())
  }
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
    if (listeners.size === 0) unwatch?.()
  }
}

/** A number that changes whenever an action's enabled state may have changed. */
export function useActionsVersion(): number {
  return useSyncExternalStore(subscribe, () => version)
}

export interface ActionView {
  action: Action
  label: string
  contextLabel: string
  toolbarLabel: string
  /** The first shortcut as shown on this platform, e.g. 'Ctrl+Shift+Z' or '⇧⌘Z'. */
  shortcut: string | null
  enabled: boolean
  run(): void
}

export function viewOf(action: Action, ctx: ActionContext, t: (key: string, options?: Record<string, unknown>) => string): ActionView {
  return {
    action,
    label: actionLabel(action, t),
    contextLabel: contextLabel(action, t),
    toolbarLabel: toolbarLabel(action, t),
    shortcut: action.keys?.[0] ? formatChord(action.keys[0]) : null,
    enabled: actionRegistry.isEnabled(action, ctx),
    run: () => void actionRegistry.run(action.id, ctx),
  }
}

export function useAction(id: string, source: ActionContext['source'] = 'toolbar'): ActionView | null {
  const { t } = useTranslation()
  useActionsVersion()
  const action = actionRegistry.get(id)
  return action ? viewOf(action, { source }, (k, o) => t(k, o ?? {})) : null
}
