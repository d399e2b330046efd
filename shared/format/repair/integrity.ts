/**
 * Cross-record rules the schema can't express: ids are unique within their
 * list, and every reference points at something that exists. Runs on a
 * project whose shape already passed the schema, on every open, so a file
 * that is well-formed but inconsistent is repaired too. It edits the freshly
 * parsed copy in place: nobody else holds it yet.
 */
import { LIMITS, type JourneyMap, type Project } from '../../model'
import type { RepairLog } from './log'
import { count } from './words'

interface ProjectIds {
  teams: ReadonlySet<string>
  channels: ReadonlySet<string>
  metrics: ReadonlySet<string>
  personas: ReadonlySet<string>
  assets: ReadonlySet<string>
  maps: ReadonlySet<string>
}

export function enforceIntegrity(project: Project, log: RepairLog): void {
  const ids: ProjectIds = {
    personas: uniqueIds(project.personas, 'persona', log),
    teams: uniqueIds(project.teams, 'team', log),
    channels: uniqueIds(project.channels, 'channel', log),
    metrics: uniqueIds(project.metricDefinitions, 'metric', log),
    maps: uniqueIds(project.maps, 'map', log),
    assets: uniqueIds(project.assets, 'image', log),
  }
  uniqueIds(project.snapshots, 'snapshot', log)

  for (const persona of project.personas) {
    if (persona.photoAssetId !== undefined && !ids.assets.has(persona.photoAssetId)) {
      delete persona.photoAssetId
      log.note('ref:persona.photo', (n) => `Removed a missing photo from ${count(n, 'persona')}`)
    }
  }
  for (const map of project.maps) fixMap(map, ids, log)
  // A snapshot is a dated copy of a map and may reuse the live map's ids, so
  // each snapshot is its own id space.
  for (const snapshot of project.snapshots) fixMap(snapshot.map, ids, log)
}

function fixMap(map: JourneyMap, ids: ProjectIds, log: RepairLog): void {
  if (map.personaId !== undefined && !ids.personas.has(map.personaId)) {
    delete map.personaId
    log.note('ref:map.persona', (n) => `Unlinked ${count(n, 'map')} from a persona that no longer exists`)
  }
  if (map.basedOnMapId !== undefined && !ids.maps.has(map.basedOnMapId)) {
    delete map.basedOnMapId
    log.note('ref:map.basedOn', (n) => `Unlinked ${count(n, 'map')} from a source map that no longer exists`)
  }

  const stages = uniqueIds(map.stages, 'stage', log)
  const lanes = uniqueIds(map.lanes, 'lane', log)
  for (const stage of map.stages) {
    stage.teamRoles = keep(stage.teamRoles, (r) => ids.teams.has(r.teamId), log, 'ref:stage.team', (n) =>
      `Removed ${count(n, 'team role')} of teams that no longer exist`,
    )
    stage.metrics = keep(stage.metrics, (m) => ids.metrics.has(m.metricId), log, 'ref:metric', metricGone)
  }

  map.cards = keep(map.cards, (c) => stages.has(c.stageId), log, 'ref:card.stage', (n) =>
    `Removed ${count(n, 'card')} placed in a stage that no longer exists`,
  )
  map.cards = keep(map.cards, (c) => lanes.has(c.laneId), log, 'ref:card.lane', (n) =>
    `Removed ${count(n, 'card')} placed in a lane that no longer exists`,
  )
  const cards = uniqueIds(map.cards, 'card', log)
  for (const card of map.cards) fixCardRefs(card, ids, log)

  uniqueIds(map.links, 'arrow', log)
  map.links = keep(map.links, (l) => cards.has(l.fromCardId) && cards.has(l.toCardId), log, 'ref:link', (n) =>
    `Removed ${count(n, 'arrow')} between cards that no longer exist`,
  )

  uniqueIds(map.emotionPoints, 'emotion point', log)
  map.emotionPoints = keep(map.emotionPoints, (p) => stages.has(p.stageId), log, 'ref:emotion.stage', (n) =>
    `Removed ${count(n, 'emotion point')} in a stage that no longer exists`,
  )
  map.emotionPoints = keep(
    map.emotionPoints,
    (p) => p.cardId === undefined || cards.has(p.cardId),
    log,
    'ref:emotion.card',
    (n) => `Removed ${count(n, 'emotion point')} of cards that no longer exist`,
  )

  uniqueIds(map.actionItems, 'action item', log)
  for (const item of map.actionItems) {
    if (item.opportunityCardId !== undefined && !cards.has(item.opportunityCardId)) {
      delete item.opportunityCardId
      log.note('ref:action.card', (n) => `Unlinked ${count(n, 'action item')} from a card that no longer exists`)
    }
    if (item.ownerTeamId !== undefined && !ids.teams.has(item.ownerTeamId)) {
      delete item.ownerTeamId
      log.note('ref:action.team', (n) => `Cleared the owner of ${count(n, 'action item')}: the team no longer exists`)
    }
  }
}

function fixCardRefs(card: JourneyMap['cards'][number], ids: ProjectIds, log: RepairLog): void {
  if (card.channelId !== undefined && !ids.channels.has(card.channelId)) {
    delete card.channelId
    log.note('ref:card.channel', (n) => `Cleared the channel of ${count(n, 'card')}: the channel no longer exists`)
  }
  if (card.imageAssetId !== undefined && !ids.assets.has(card.imageAssetId)) {
    delete card.imageAssetId
    log.note('ref:card.image', (n) => `Removed a missing image from ${count(n, 'card')}`)
  }
  card.teamIds = keep(card.teamIds, (t) => ids.teams.has(t), log, 'ref:card.team', (n) =>
    `Removed ${n} team ${n === 1 ? 'chip' : 'chips'} of teams that no longer exist from cards`,
  )
  // Duplicate chips of one team say nothing more and would double-count.
  const distinct = card.teamIds.length > 1 ? [...new Set(card.teamIds)] : card.teamIds
  if (distinct.length !== card.teamIds.length) {
    log.note('dup:card.team', (n) => `Removed ${n} repeated team ${n === 1 ? 'chip' : 'chips'} from cards`, card.teamIds.length - distinct.length)
    card.teamIds = distinct
  }
  card.metrics = keep(card.metrics, (m) => ids.metrics.has(m.metricId), log, 'ref:metric', metricGone)
}

const metricGone = (n: number) => `Removed ${count(n, 'metric value')} of metrics that no longer exist`

/** Filters a list and counts what went, under one repair line. */
function keep<T>(items: T[], ok: (item: T) => boolean, log: RepairLog, key: string, say: (n: number) => string): T[] {
  // The usual case is a consistent file: check before copying anything.
  if (items.every(ok)) return items
  const kept = items.filter(ok)
  if (kept.length !== items.length) log.note(key, say, items.length - kept.length)
  return kept
}

/**
 * Makes ids unique within one list. The first holder keeps its id, so
 * references (which cannot tell the two apart) go on pointing at it; later
 * holders get a fresh id derived from the old one.
 */
function uniqueIds(items: Array<{ id: string }>, noun: string, log: RepairLog): Set<string> {
  const seen = new Set<string>()
  const repeated: Array<{ id: string }> = []
  for (const item of items) {
    if (seen.has(item.id)) repeated.push(item)
    else seen.add(item.id)
  }
  // Second pass, so a fresh id can't collide with one that appears later in the list.
  const counters = new Map<string, number>()
  for (const item of repeated) {
    item.id = freshId(item.id, seen, counters)
    seen.add(item.id)
  }
  if (repeated.length > 0) {
    log.note(`dup:${noun}`, (n) => `Gave ${count(n, noun)} that shared an id with another a new id`, repeated.length)
  }
  return seen
}

/** Room kept at the end of an id for "-" and a counter: more copies than any list may hold. */
const SUFFIX_ROOM = 8

/**
 * A fresh id "<stem>-<n>". `counters` remembers, per stem, where the search
 * stopped: 50,000 copies of one id then cost 50,000 steps, not 50,000²/2.
 * Long ids are cut to one stem length, so ids that differ only past the cut
 * share a counter too and can't make each other search from 2 again.
 */
export function freshId(base: string, taken: ReadonlySet<string>, counters: Map<string, number> = new Map()): string {
  const stem = base.length + SUFFIX_ROOM > LIMITS.idLength ? base.slice(0, LIMITS.idLength - SUFFIX_ROOM) : base
  for (let n = counters.get(stem) ?? 2; ; n++) {
    const candidate = `${stem}-${n}`
    if (!taken.has(candidate)) {
      counters.set(stem, n + 1)
      return candidate
    }
  }
}
