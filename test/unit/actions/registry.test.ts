/**
 * The action registry is complete and consistent: every native menu command
 * is an action, every action has a name in every UI language, no two actions
 * fight over a key, and the native menu shows the same shortcuts the
 * renderer acts on.
 */
import i18next from 'i18next'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { MenuCommand } from '../../../shared/api'
import type { Action } from '../../../renderer/actions/action'
import { actionLabel, contextLabel, toolbarLabel } from '../../../renderer/actions/labels'
import { ActionRegistry } from '../../../renderer/actions/registry'
import { parseChord } from '../../../renderer/actions/shortcuts'
import { allActions } from '../../../renderer/app/register-actions'
import { featureStrings } from '../../../renderer/i18n/feature-strings'
import { en } from '../../../renderer/i18n/locales/en'
import { fa } from '../../../renderer/i18n/locales/fa'

vi.mock('electron', () => ({ app: { name: 'Journeywall', showAboutPanel: () => {} }, Menu: {} }))

const actions = allActions()

function merged(base: object, parts: Array<Record<string, unknown>>): Record<string, unknown> {
  const out = structuredClone(base) as Record<string, unknown>
  const into = (target: Record<string, unknown>, source: Record<string, unknown>) => {
    for (const [k, v] of Object.entries(source)) {
      if (typeof v === 'object' && v && typeof target[k] === 'object' && target[k]) into(target[k] as Record<string, unknown>, v as Record<string, unknown>)
      else target[k] = v
    }
  }
  for (const p of parts) into(out, p)
  return out
}

beforeAll(async () => {
  await i18next.init({
    resources: {
      en: { translation: merged(en, featureStrings.map((f) => f.en)) },
      fa: { translation: merged(fa, featureStrings.map((f) => f.fa)) },
    },
    lng: 'en',
    fallbackLng: false,
    interpolation: { escapeValue: false },
  })
})

describe('the action registry', () => {
  it('registers every action once', () => {
    const registry = new ActionRegistry()
    registry.register(actions)
    expect(registry.all()).toHaveLength(actions.length)
    expect(() => registry.register([actions[0]!])).toThrow(/twice/)
  })

  it('has an action for every command the native menu sends', () => {
    const ids = new Set(actions.map((a) => a.id))
    expect(MenuCommand.options.filter((c) => !ids.has(c))).toEqual([])
  })

  it('names every action in English and Persian (palette, context menu and toolbar names)', () => {
    for (const lng of ['en', 'fa']) {
      const t = i18next.getFixedT(lng)
      const tr = (key: string, options?: Record<string, unknown>) => t(key, options ?? {})
      for (const action of actions) {
        for (const key of [action.labelKey, action.contextLabelKey, action.shortLabelKey, ...Object.values(action.labelValues ?? {})]) {
          if (key) expect(i18next.exists(key, { lng }), `${lng}: ${action.id} → ${key}`).toBe(true)
        }
        for (const name of [actionLabel(action, tr), contextLabel(action, tr), toolbarLabel(action, tr)]) expect(name).not.toMatch(/{{|\.\w+\./)
      }
    }
    const t = i18next.getFixedT('fa')
    const blue = actions.find((a) => a.id === 'noteColor.blue')!
    expect(actionLabel(blue, (k, o) => t(k, o ?? {}))).toBe('رنگ یادداشت: آبی')
  })

  it('lets no two actions claim the same key where both can act', () => {
    const seen = new Map<string, Action>()
    for (const action of actions) {
      for (const key of action.keys ?? []) {
        const c = parseChord(key)
        const id = `${c.mod}|${c.shift}|${c.alt}|${c.key}`
        const other = seen.get(id)
        expect(other?.id, `${key}: ${other?.id} and ${action.id}`).toBeUndefined()
        seen.set(id, action)
      }
    }
  })

  it('context menus offer the actions of what was pressed', () => {
    const registry = new ActionRegistry()
    registry.register(actions)
    const ids = (kind: Parameters<ActionRegistry['forTarget']>[0]) => registry.forTarget(kind).map((a) => a.id)
    expect(ids('card')).toEqual(expect.arrayContaining(['editNote', 'copy', 'cut', 'duplicateNotes', 'zoomToSelection', 'deleteNotes', 'noteColor.yellow']))
    expect(ids('cell')).toEqual(['addNote', 'paste'])
    expect(ids('stage')).toEqual(['renameStage', 'addStageBefore', 'addStageAfter', 'deleteStage'])
    expect(ids('lane')).toEqual(['renameLane', 'addLaneAbove', 'addLaneBelow', 'deleteLane'])
    expect(ids('link')).toEqual(['deleteLink'])
    expect(ids('emotion')).toEqual(['clearEmotion'])
  })
})

describe('the native menu', () => {
  it('shows, for each command it sends, a shortcut the renderer acts on', async () => {
    const { buildMenuTemplate } = await import('../../../main/menu')
    const sent: string[] = []
    const win = { webContents: { cut() {}, copy() {}, paste() {} }, close() {} }
    const template = buildMenuTemplate(
      { locale: 'en', recent: [], devTools: false },
      {
        focusedWindow: () => win as never,
        sendCommand: (_w, command) => void sent.push(command),
        newWindow: () => {},
        openWithoutWindow: () => {},
        openRecent: () => {},
        clearRecent: () => {},
      },
    )
    type Item = { accelerator?: string; click?: (...args: never[]) => void; submenu?: Item[] }
    const checked: string[] = []
    const walk = (items: Item[]) => {
      for (const item of items) {
        if (Array.isArray(item.submenu)) walk(item.submenu)
        if (!item.click || !item.accelerator) continue
        sent.length = 0
        item.click()
        const command = sent[0]
        if (!command) continue
        const action = actions.find((a) => a.id === command)!
        const chord = item.accelerator.replace('CmdOrCtrl', 'Mod').replace(/^Ctrl\+/, 'Mod+').replace('Plus', '+')
        const keys = (action.keys ?? []).map((k) => JSON.stringify(parseChord(k)))
        expect(keys, `${command}: menu shows ${item.accelerator}`).toContain(JSON.stringify(parseChord(chord)))
        checked.push(command)
      }
    }
    walk(template as Item[])
    expect(checked).toEqual(expect.arrayContaining(['new', 'open', 'save', 'saveAs', 'undo', 'redo', 'zoomIn', 'zoomOut', 'zoomReset', 'zoomToFit', 'print', 'commandPalette']))
  })
})
