import type { Draft } from 'immer'
import { LIMITS, newId, type Card, type JourneyMap, type NoteColor, type Phase } from '../model'
import { CommandError, type Command } from './apply'
import { clamp, clampText, findCard, findMap, readList, requireLane, requireStage } from './lookup'
import { compareCellOrder, ordersBetween } from './order'

type MapDraft = Draft<JourneyMap>

export interface CellTarget {
  stageId: string
  laneId: string
}

/** The cards of one cell in display order (plain records, not drafts). */
export function cellCards(map: MapDraft, cell: CellTarget): Card[] {
  return readList<Card>(map.cards)
    .filter((c) => c.stageId === cell.stageId && c.laneId === cell.laneId)
    .sort(compareCellOrder)
}

/**
 * Order values for `count` cards inserted at gap `index` of a cell whose
 * other cards are `others` (sorted). Renumbers the cell when floating point
 * has run out of room between the neighbours (after ~50 halvings at one spot).
 */
export function ordersAt(map: MapDraft, others: Card[], index: number, count: number): number[] {
  const at = clamp(Math.round(index), 0, others.length)
  const found = ordersBetween(others[at - 1]?.order, others[at]?.order, count)
  if (found) return found
  const renumbered = new Map(others.map((c, i) => [c.id, i < at ? i : i + count]))
  for (const card of map.cards) {
    const order = renumbered.get(card.id)
    if (order !== undefined) card.order = order
  }
  return Array.from({ length: count }, (_, i) => at + i)
}

export interface NewCard extends CellTarget {
  text?: string
  color?: NoteColor
  /** Insert right after this card of the same cell; default: at the end of the cell. */
  afterCardId?: string
  /** Pass an id to know the new card's id (to select it); a fresh one otherwise. */
  id?: string
}

/** A command that creates records; their ids are known before it runs, so the board can select them. */
export type CreatingCommand = Command & { readonly createdIds: readonly string[] }

export function creating(command: Command, createdIds: readonly string[]): CreatingCommand {
  return Object.assign(command, { createdIds })
}

export function addCard(mapId: string, seed: NewCard): CreatingCommand {
  const id = seed.id ?? newId('c')
  return creating((draft) => {
    const map = findMap(draft, mapId)
    requireStage(map, seed.stageId)
    requireLane(map, seed.laneId)
    const others = cellCards(map, seed)
    const after = seed.afterCardId ? others.findIndex((c) => c.id === seed.afterCardId) : -1
    const index = after >= 0 ? after + 1 : others.length
    const [order = 0] = ordersAt(map, others, index, 1)
    const card: Card = {
      id,
      stageId: seed.stageId,
      laneId: seed.laneId,
      order,
      text: clampText(seed.text ?? '', LIMITS.longText),
      color: seed.color ?? 'yellow',
      teamIds: [],
      votes: 0,
      tags: [],
      metrics: [],
    }
    map.cards.push(card)
  }, [id])
}

/** Plain text pasted onto the board: one card per non-empty line, in order, at the end of the cell. */
export function addCardsFromText(mapId: string, target: CellTarget, text: string): CreatingCommand {
  const lines = text
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
  const ids = lines.map(() => newId('c'))
  return creating((draft) => {
    let previous: string | undefined
    lines.forEach((line, i) => {
      addCard(mapId, { ...target, text: line, id: ids[i], afterCardId: previous })(draft)
      previous = ids[i]
    })
  }, ids)
}

export function editCardText(mapId: string, cardId: string, text: string): Command {
  return (draft) => {
    const card = findCard(findMap(draft, mapId), cardId)
    if (!card) throw new CommandError(`no card ${cardId}`)
    const next = clampText(text, LIMITS.longText)
    if (card.text !== next) card.text = next
  }
}

/**
 * Removes cards and everything that points at them: links, emotion points
 * placed on them, and the opportunity reference of action items (the action
 * itself stays — it is work someone planned). Missing ids are ignored: a
 * stale selection must not fail the delete.
 */
export function deleteCards(mapId: string, cardIds: readonly string[]): Command {
  return (draft) => removeCardsWhere(findMap(draft, mapId), (c) => cardIds.includes(c.id))
}

/** Shared by card, stage and lane deletion so all three clean references the same way. */
export function removeCardsWhere(map: MapDraft, doomed: (card: Card) => boolean): void {
  const cards = readList<Card>(map.cards)
  const gone = new Set(cards.filter(doomed).map((c) => c.id))
  if (gone.size === 0) return
  map.cards = cards.filter((c) => !gone.has(c.id)) as Draft<Card>[]
  const links = readList(map.links)
  if (links.some((l) => gone.has(l.fromCardId) || gone.has(l.toCardId))) {
    map.links = links.filter((l) => !gone.has(l.fromCardId) && !gone.has(l.toCardId)) as typeof map.links
  }
  const points = readList(map.emotionPoints)
  if (points.some((p) => p.cardId !== undefined && gone.has(p.cardId))) {
    map.emotionPoints = points.filter((p) => p.cardId === undefined || !gone.has(p.cardId)) as typeof map.emotionPoints
  }
  for (const item of map.actionItems) {
    if (item.opportunityCardId !== undefined && gone.has(item.opportunityCardId)) delete item.opportunityCardId
  }
}

export function recolorCards(mapId: string, cardIds: readonly string[], color: NoteColor): Command {
  return (draft) => {
    const map = findMap(draft, mapId)
    for (const id of new Set(cardIds)) {
      const card = findCard(map, id)
      if (card && card.color !== color) card.color = color
    }
  }
}

export interface MoveTarget extends CellTarget {
  /**
   * Gap index in the target cell as it is displayed now, moved cards
   * included (0 = before the first card): what `dropIndex` in shared/layout
   * returns. The moved cards land there in their current display order.
   */
  index: number
}

export function moveCards(mapId: string, cardIds: readonly string[], target: MoveTarget): Command {
  return (draft) => {
    const map = findMap(draft, mapId)
    requireStage(map, target.stageId)
    requireLane(map, target.laneId)
    const moving = new Set(cardIds)
    const all = readList<Card>(map.cards)
    // Keep the moved cards' relative order: by stage/lane position, then cell order.
    const stageIndex = new Map(map.stages.map((s, i) => [s.id, i]))
    const laneIndex = new Map(map.lanes.map((l, i) => [l.id, i]))
    const moved = all
      .filter((c) => moving.has(c.id))
      .sort(
        (a, b) =>
          (laneIndex.get(a.laneId) ?? 0) - (laneIndex.get(b.laneId) ?? 0) ||
          (stageIndex.get(a.stageId) ?? 0) - (stageIndex.get(b.stageId) ?? 0) ||
          compareCellOrder(a, b),
      )
    if (moved.length === 0) return
    const displayed = cellCards(map, target)
    // Translate the display index into an index among the cards that stay.
    const staysBefore = displayed.slice(0, clamp(target.index, 0, displayed.length)).filter((c) => !moving.has(c.id)).length
    const others = displayed.filter((c) => !moving.has(c.id))
    const orders = ordersAt(map, others, staysBefore, moved.length)
    moved.forEach((plain, i) => {
      const card = findCard(map, plain.id)
      const order = orders[i]
      if (!card || order === undefined) return
      if (card.stageId !== target.stageId) card.stageId = target.stageId
      if (card.laneId !== target.laneId) card.laneId = target.laneId
      if (card.order !== order) card.order = order
    })
  }
}

/**
 * Fields of a card set from the inspector. `null` clears an optional field
 * (undefined means "leave as is", so a partial update never erases by accident).
 */
export interface CardFields {
  channelId?: string | null
  phase?: Phase | null
  moment?: 'impact' | 'influence' | null
  teamIds?: string[]
  evidence?: { source: NonNullable<Card['evidence']>['source']; note?: string } | null
  emotionScore?: number | null
  votes?: number
  tags?: string[]
  imageAssetId?: string | null
}

export function setCardFields(mapId: string, cardIds: readonly string[], fields: CardFields): Command {
  return (draft) => {
    const map = findMap(draft, mapId)
    for (const id of new Set(cardIds)) {
      const card = findCard(map, id)
      if (card) writeFields(card, fields)
    }
  }
}

function writeFields(card: Draft<Card>, fields: CardFields): void {
  setOptional(card, 'channelId', fields.channelId)
  setOptional(card, 'phase', fields.phase)
  setOptional(card, 'moment', fields.moment)
  setOptional(card, 'imageAssetId', fields.imageAssetId)
  setOptional(card, 'emotionScore', fields.emotionScore === undefined || fields.emotionScore === null ? fields.emotionScore : clamp(fields.emotionScore, -2, 2))
  if (fields.evidence === null) {
    if (card.evidence !== undefined) delete card.evidence
  } else if (fields.evidence !== undefined) {
    card.evidence = { source: fields.evidence.source, note: clampText(fields.evidence.note ?? '', LIMITS.shortText) }
  }
  if (fields.teamIds !== undefined) card.teamIds = [...new Set(fields.teamIds)]
  if (fields.tags !== undefined) {
    card.tags = [...new Set(fields.tags.map((t) => clampText(t.trim(), LIMITS.shortText)).filter(Boolean))].slice(0, LIMITS.tags)
  }
  if (fields.votes !== undefined) {
    const votes = clamp(Math.round(fields.votes), 0, 100_000)
    if (card.votes !== votes) card.votes = votes
  }
}

function setOptional<K extends 'channelId' | 'phase' | 'moment' | 'imageAssetId' | 'emotionScore'>(
  card: Draft<Card>,
  key: K,
  value: Card[K] | null | undefined,
): void {
  if (value === undefined) return
  if (value === null) {
    if (card[key] !== undefined) delete card[key]
  } else if (card[key] !== value) {
    card[key] = value as Draft<Card>[K]
  }
}

/** Dot voting: add (or with a negative delta, take back) votes; never below zero. */
export function addVotes(mapId: string, cardId: string, delta: number): Command {
  return (draft) => {
    const card = findCard(findMap(draft, mapId), cardId)
    if (!card) throw new CommandError(`no card ${cardId}`)
    card.votes = clamp(card.votes + Math.round(delta), 0, 100_000)
  }
}
