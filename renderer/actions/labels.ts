/** An action's names in the UI language: in the palette and menus, in a context menu, on a toolbar button. */
import type { Action } from './action'

type T = (key: string, options?: Record<string, unknown>) => string

function values(action: Action, t: T): Record<string, string> | undefined {
  if (!action.labelValues) return undefined
  return Object.fromEntries(Object.entries(action.labelValues).map(([k, key]) => [k, t(key)]))
}

export function actionLabel(action: Action, t: T): string {
  return t(action.labelKey, values(action, t))
}

export function contextLabel(action: Action, t: T): string {
  return action.contextLabelKey ? t(action.contextLabelKey) : actionLabel(action, t)
}

export function toolbarLabel(action: Action, t: T): string {
  return action.shortLabelKey ? t(action.shortLabelKey) : actionLabel(action, t)
}
