import { LIMITS, newId } from '../model'
import { CommandError, type Command } from './apply'
import { clampText, findCard, findMap } from './lookup'

export interface NewLink {
  fromCardId: string
  toCardId: string
  label?: string
  id?: string
}

/** Draws an arrow between two cards. A self-link or a second identical arrow changes nothing. */
export function addLink(mapId: string, seed: NewLink): Command {
  const id = seed.id ?? newId('k')
  return (draft) => {
    const map = findMap(draft, mapId)
    if (!findCard(map, seed.fromCardId)) throw new CommandError(`no card ${seed.fromCardId}`)
    if (!findCard(map, seed.toCardId)) throw new CommandError(`no card ${seed.toCardId}`)
    if (seed.fromCardId === seed.toCardId) return
    if (map.links.some((l) => l.fromCardId === seed.fromCardId && l.toCardId === seed.toCardId)) return
    map.links.push({ id, fromCardId: seed.fromCardId, toCardId: seed.toCardId, label: clampText(seed.label ?? '', LIMITS.shortText) })
  }
}

export function setLinkLabel(mapId: string, linkId: string, label: string): Command {
  return (draft) => {
    const link = findMap(draft, mapId).links.find((l) => l.id === linkId)
    if (!link) throw new CommandError(`no link ${linkId}`)
    const next = clampText(label, LIMITS.shortText)
    if (link.label !== next) link.label = next
  }
}

export function deleteLinks(mapId: string, linkIds: readonly string[]): Command {
  return (draft) => {
    const map = findMap(draft, mapId)
    const gone = new Set(linkIds)
    if (map.links.some((l) => gone.has(l.id))) map.links = map.links.filter((l) => !gone.has(l.id))
  }
}
