import type { Draft } from 'immer'
import { z } from 'zod'
import { Card, Link, newId, type JourneyMap, type Project } from '../model'
import { CommandError } from './apply'
import { cellCards, creating, ordersAt, type CellTarget, type CreatingCommand } from './cards'
import { findMap, readList, requireLane, requireStage } from './lookup'
import { compareCellOrder } from './order'

/** A card on the clipboard: everything but its place, which the paste decides. */
export const ClipboardCard = Card.omit({ stageId: true, laneId: true, order: true })
export type ClipboardCard = z.infer<typeof ClipboardCard>

/**
 * What copy puts on the clipboard. It may come from another window or
 * project, so paste validates it with this schema before touching the map.
 */
export const ClipboardPayload = z.object({
  cards: z.array(ClipboardCard).max(10_000),
  links: z.array(Link).max(100_000).default([]),
})
export type ClipboardPayload = z.infer<typeof ClipboardPayload>

/** Copies cards (in display order) and the links running between them. */
export function copyCards(map: JourneyMap, cardIds: readonly string[]): ClipboardPayload {
  const wanted = new Set(cardIds)
  const stageIndex = new Map(map.stages.map((s, i) => [s.id, i]))
  const laneIndex = new Map(map.lanes.map((l, i) => [l.id, i]))
  const cards = map.cards
    .filter((c) => wanted.has(c.id))
    .sort(
      (a, b) =>
        (laneIndex.get(a.laneId) ?? 0) - (laneIndex.get(b.laneId) ?? 0) ||
        (stageIndex.get(a.stageId) ?? 0) - (stageIndex.get(b.stageId) ?? 0) ||
        compareCellOrder(a, b),
    )
    .map(({ stageId: _s, laneId: _l, order: _o, ...rest }) => rest)
  const links = map.links.filter((l) => wanted.has(l.fromCardId) && wanted.has(l.toCardId))
  return { cards, links }
}

export interface PasteTarget extends CellTarget {
  /** Gap index in the target cell; default: the end. */
  index?: number
}

/**
 * Pastes cards into one cell with fresh ids; links between pasted cards are
 * re-pointed at the copies, links to anything else are dropped. References
 * the target project does not know (teams, channels, images from another
 * project) are dropped so the result always validates.
 */
export function pasteCards(mapId: string, payload: unknown, target: PasteTarget): CreatingCommand {
  const parsed = ClipboardPayload.safeParse(payload)
  if (!parsed.success) throw new CommandError(`clipboard content is not cards: ${parsed.error.message}`)
  const { cards, links } = parsed.data
  const fresh = new Map(cards.map((c) => [c.id, newId('c')]))
  const createdIds = [...fresh.values()]
  const linkIds = links.map(() => newId('k'))
  return creating((draft) => {
    const map = findMap(draft, mapId)
    requireStage(map, target.stageId)
    requireLane(map, target.laneId)
    const others = cellCards(map, target)
    const orders = ordersAt(map, others, target.index ?? others.length, cards.length)
    const known = knownReferences(draft)
    cards.forEach((clip, i) => {
      const id = fresh.get(clip.id)
      if (id === undefined || createdIds.indexOf(id) !== i) return // a repeated id in the payload: paste it once
      const card: Card = { ...clip, id, stageId: target.stageId, laneId: target.laneId, order: orders[i] ?? i }
      card.teamIds = card.teamIds.filter((t) => known.teams.has(t))
      if (card.channelId !== undefined && !known.channels.has(card.channelId)) delete card.channelId
      if (card.imageAssetId !== undefined && !known.assets.has(card.imageAssetId)) delete card.imageAssetId
      map.cards.push(card)
    })
    links.forEach((link, i) => {
      const fromCardId = fresh.get(link.fromCardId)
      const toCardId = fresh.get(link.toCardId)
      if (fromCardId && toCardId && fromCardId !== toCardId) {
        map.links.push({ ...link, id: linkIds[i] ?? newId('k'), fromCardId, toCardId })
      }
    })
  }, createdIds)
}

function knownReferences(draft: Draft<Project>) {
  return {
    teams: new Set(draft.teams.map((t) => t.id)),
    channels: new Set(draft.channels.map((c) => c.id)),
    assets: new Set(draft.assets.map((a) => a.id)),
  }
}

/**
 * Duplicates cards in place: each copy lands right after its original, with
 * the links between duplicated cards copied too.
 */
export function duplicateCards(mapId: string, cardIds: readonly string[]): CreatingCommand {
  const unique = [...new Set(cardIds)]
  const fresh = new Map(unique.map((id) => [id, newId('c')]))
  return creating(
    (draft) => {
      const map = findMap(draft, mapId)
      const originals = readList<Card>(map.cards).filter((c) => fresh.has(c.id))
      const originalLinks = readList(map.links).filter((l) => fresh.has(l.fromCardId) && fresh.has(l.toCardId))
      for (const source of originals) {
        const id = fresh.get(source.id) as string
        const others = cellCards(map, source)
        const at = others.findIndex((c) => c.id === source.id) + 1
        const [order = source.order + 1] = ordersAt(map, others, at, 1)
        map.cards.push({ ...structuredCloneCard(source), id, order } as Draft<Card>)
      }
      for (const link of originalLinks) {
        map.links.push({ ...link, id: newId('k'), fromCardId: fresh.get(link.fromCardId) as string, toCardId: fresh.get(link.toCardId) as string })
      }
    },
    [...fresh.values()],
  )
}

/** Copies the nested arrays so the duplicate shares no mutable structure with its original. */
function structuredCloneCard(card: Card): Card {
  return JSON.parse(JSON.stringify(card)) as Card
}
