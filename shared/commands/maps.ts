import { LIMITS, type JourneyMap } from '../model'
import { instantiateTemplate, type TemplateId, type Translate } from '../templates'
import { CommandError, type Command } from './apply'
import { creating, type CreatingCommand } from './cards'
import { clamp, clampText, findMap } from './lookup'

export function renameProject(name: string): Command {
  return (draft) => {
    const next = clampText(name, LIMITS.shortText)
    if (draft.name !== next) draft.name = next
  }
}

export function renameMap(mapId: string, name: string): Command {
  return (draft) => {
    const map = findMap(draft, mapId)
    const next = clampText(name, LIMITS.shortText)
    if (map.name !== next) map.name = next
  }
}

/** Adds a ready-made map (e.g. a future-state copy); default: after the others. */
export function addMap(map: JourneyMap, index?: number): CreatingCommand {
  return creating((draft) => {
    if (draft.maps.some((m) => m.id === map.id)) throw new CommandError(`map ${map.id} exists`)
    draft.maps.splice(clamp(index ?? draft.maps.length, 0, draft.maps.length), 0, map)
  }, [map.id])
}

/** Instantiates the template now (fresh ids, translated names), so redo replays the same map. */
export function addMapFromTemplate(templateId: TemplateId, t: Translate, index?: number): CreatingCommand {
  return addMap(instantiateTemplate(templateId, t), index)
}

/** A project always keeps one map (the schema requires it): deleting the last is refused. */
export function deleteMap(mapId: string): Command {
  return (draft) => {
    findMap(draft, mapId)
    if (draft.maps.length <= 1) throw new CommandError('a project keeps at least one map')
    draft.maps = draft.maps.filter((m) => m.id !== mapId)
  }
}
