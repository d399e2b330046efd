/**
 * Cards ⇄ CSV. One row per card: map, stage, lane, text, channel, phase,
 * teams, emotion score, votes, tags. Stages, lanes, channels and teams are
 * written by name, so the file reads well in a spreadsheet and can be
 * imported into another map: names that do not exist there yet are created.
 */
import { batch, type Command } from '../commands'
import { findMap } from '../commands/lookup'
import { addChannel, addTeam, TEAM_PALETTE } from '../commands/project-lists'
import { addLane, addStage } from '../commands/structure'
import { structureOf } from '../format/repair/structure'
import { Card, JourneyMap, LaneKind, LIMITS, newId, Phase, Project } from '../model'
import { CSV_IMPORT_LIMITS } from './read'
import { guardFormula, parseCsv, serializeCsv, unguardFormula, type CsvWarning } from './rfc4180'

export const CSV_COLUMNS = ['map', 'stage', 'lane', 'text', 'channel', 'phase', 'teams', 'emotion score', 'votes', 'tags'] as const
export type CsvColumn = (typeof CSV_COLUMNS)[number]

/** Teams and tags share one cell, separated by this. */
export const LIST_SEPARATOR = '; '

/** Header names a spreadsheet might use for each column (compared lower-case, spaces/_/- ignored). */
const ALIASES: Record<CsvColumn, string[]> = {
  map: ['map', 'journeymap'],
  stage: ['stage', 'phaseofjourney', 'step'],
  lane: ['lane', 'row', 'swimlane'],
  text: ['text', 'card', 'note', 'content'],
  channel: ['channel'],
  phase: ['phase', 'purchasephase'],
  teams: ['teams', 'team', 'owner', 'owners'],
  'emotion score': ['emotionscore', 'emotion', 'score'],
  votes: ['votes', 'dots', 'dotvotes'],
  tags: ['tags', 'tag', 'labels'],
}

const norm = (s: string) => s.toLowerCase().replace(/[\s_-]+/g, '')

function laneName(map: JourneyMap, laneId: string): string {
  const lane = map.lanes.find((l) => l.id === laneId)
  return lane ? lane.title || lane.kind : ''
}

/** Rows for the cards of the given maps (all maps when omitted), in board order. */
export function cardsToRows(project: Project, mapIds?: readonly string[]): string[][] {
  const teams = new Map(project.teams.map((t) => [t.id, t.name]))
  const channels = new Map(project.channels.map((c) => [c.id, c.name]))
  const rows: string[][] = [[...CSV_COLUMNS]]
  for (const map of project.maps) {
    if (mapIds && !mapIds.includes(map.id)) continue
    const stageIndex = new Map(map.stages.map((s, i) => [s.id, i]))
    const laneIndex = new Map(map.lanes.map((l, i) => [l.id, i]))
    const cards = [...map.cards].sort(
      (a, b) =>
        (laneIndex.get(a.laneId) ?? 0) - (laneIndex.get(b.laneId) ?? 0) ||
        (stageIndex.get(a.stageId) ?? 0) - (stageIndex.get(b.stageId) ?? 0) ||
        a.order - b.order,
    )
    for (const card of cards) {
      rows.push([
        guardFormula(map.name),
        guardFormula(map.stages.find((s) => s.id === card.stageId)?.name ?? ''),
        guardFormula(laneName(map, card.laneId)),
        guardFormula(card.text),
        guardFormula(card.channelId ? (channels.get(card.channelId) ?? '') : ''),
        card.phase ?? '',
        guardFormula(card.teamIds.map((id) => teams.get(id) ?? '').filter(Boolean).join(LIST_SEPARATOR)),
        card.emotionScore === undefined ? '' : String(card.emotionScore),
        card.votes ? String(card.votes) : '',
        guardFormula(card.tags.join(LIST_SEPARATOR)),
      ])
    }
  }
  return rows
}

export function exportCardsCsv(project: Project, mapIds?: readonly string[]): string {
  return serializeCsv(cardsToRows(project, mapIds))
}

export interface SkippedRow {
  /** 1-based line of the record in the spreadsheet (the header is row 1). */
  row: number
  reason: 'no-stage' | 'no-lane' | 'empty' | 'too-many-cards' | 'too-many-stages' | 'too-many-lanes'
  /** The stage/lane text, for the message. */
  detail?: string
}

export interface RowWarning {
  row: number
  reason: 'bad-score' | 'bad-votes' | 'bad-phase' | 'too-many-teams' | 'too-many-channels' | 'too-many-tags' | 'name-cut'
  value: string
}

/** Parsed rows handed over by main's CSV reader (see read.ts). */
export interface CsvRows {
  rows: string[][]
  warnings: CsvWarning[]
}

export interface ImportReport {
  imported: number
  skipped: SkippedRow[]
  warnings: RowWarning[]
  created: { stages: string[]; lanes: string[]; teams: string[]; channels: string[] }
  /** The header did not name these columns; the file's columns were taken in the standard order. */
  missingColumns: CsvColumn[]
  parseWarnings: CsvWarning[]
}

export interface ImportPlan {
  /** One edit (one undo step) adding everything; null when nothing can be imported. */
  command: Command | null
  report: ImportReport
  /** Ids of the new cards, in file order (to select them). */
  cardIds: string[]
}

/** Lane kind from a lane name like "Pain points" or "pain_points"; free otherwise. */
function guessKind(name: string, kindNames: Record<string, string>): LaneKind {
  const n = norm(name)
  for (const kind of LaneKind.options) {
    if (norm(kind) === n || (kindNames[kind] && norm(kindNames[kind]) === n)) return kind
  }
  return 'free'
}

function splitList(cell: string): string[] {
  return cell
    .split(/[;\n]/)
    .map((s) => s.trim())
    .filter(Boolean)
}

/** A list's limit as the schema declares it. */
function limitOf(schema: typeof Project | typeof JourneyMap | typeof Card, key: string): number {
  return structureOf(schema).lists.find((l) => l.key === key)?.max ?? Infinity
}

const codePointCount = (s: string) => Array.from(s).length

/**
 * Plans importing a CSV into one map: every row becomes a card in the map's
 * stage and lane of those names (created when missing). Rows without a stage
 * or a lane, or with nothing on them, are skipped and reported. The `map`
 * column is informative only: the user chose the target map.
 *
 * The plan keeps the project within the schema's limits (stages, lanes,
 * teams, channels, tags, text lengths), saying what it left out, so an import
 * can never make a project that cannot be saved. It is linear in the rows:
 * the cards of the whole file are added by one command, with their order in
 * each cell worked out in one pass.
 */
export function planCsvImport(
  project: Project,
  mapId: string,
  csv: string | CsvRows,
  options: { kindNames?: Record<string, string>; maxCards?: number } = {},
): ImportPlan {
  const map = project.maps.find((m) => m.id === mapId)
  const report: ImportReport = {
    imported: 0,
    skipped: [],
    warnings: [],
    created: { stages: [], lanes: [], teams: [], channels: [] },
    missingColumns: [],
    parseWarnings: [],
  }
  if (!map) return { command: null, report, cardIds: [] }
  const parsed =
    typeof csv === 'string' ? parseCsv(csv, { maxCellLength: CSV_IMPORT_LIMITS.cellCharacters }) : csv
  report.parseWarnings = parsed.warnings
  const [header = [], ...records] = parsed.rows
  // Which file column holds which field: by header name, else the standard order.
  const index = new Map<CsvColumn, number>()
  const normalized = header.map((h) => norm(unguardFormula(h)))
  for (const column of CSV_COLUMNS) {
    const at = normalized.findIndex((h) => ALIASES[column].includes(h))
    if (at >= 0) index.set(column, at)
  }
  let body = records
  let firstRow = 2
  if (!index.has('stage') || !index.has('lane') || !index.has('text')) {
    // No usable header: read the first line as data in the standard column order.
    report.missingColumns = CSV_COLUMNS.filter((c) => !index.has(c))
    index.clear()
    CSV_COLUMNS.forEach((c, i) => index.set(c, i))
    body = parsed.rows
    firstRow = 1
  }
  const cell = (record: string[], column: CsvColumn) => {
    const at = index.get(column)
    return at === undefined ? '' : unguardFormula((record[at] ?? '').trim() === '' ? '' : (record[at] as string))
  }

  const limits = {
    stages: limitOf(JourneyMap, 'stages'),
    lanes: limitOf(JourneyMap, 'lanes'),
    teams: limitOf(Project, 'teams'),
    channels: limitOf(Project, 'channels'),
    cards: options.maxCards ?? limitOf(JourneyMap, 'cards') - map.cards.length,
  }
  /** Names longer than a name may be are cut by the commands; say so. */
  const name = (value: string, row: number, column: CsvColumn): string => {
    if (value.length > LIMITS.shortText && codePointCount(value) > LIMITS.shortText) {
      report.warnings.push({ row, reason: 'name-cut', value: column })
    }
    return value
  }

  const setup: Command[] = []
  const stages = new Map(map.stages.map((s) => [norm(s.name), s.id]))
  let stageCount = map.stages.length
  const lanes = new Map<string, string>()
  for (const l of map.lanes) {
    if (l.title) lanes.set(norm(l.title), l.id)
    if (!lanes.has(norm(l.kind))) lanes.set(norm(l.kind), l.id)
  }
  let laneCount = map.lanes.length
  const teams = new Map(project.teams.map((t) => [norm(t.name), t.id]))
  const channels = new Map(project.channels.map((c) => [norm(c.name), c.id]))
  // Next free order per cell, from the cards already there: new cards go after them, in file order.
  const nextOrder = new Map<string, number>()
  for (const c of map.cards) {
    const key = `${c.stageId}\u0000${c.laneId}`
    nextOrder.set(key, Math.max(nextOrder.get(key) ?? 0, Math.floor(c.order) + 1))
  }
  const cards: Card[] = []

  body.forEach((record, i) => {
    const row = firstRow + i
    if (record.every((f) => f.trim() === '')) return // blank line
    const stageName = cell(record, 'stage').trim()
    const laneTitle = cell(record, 'lane').trim()
    const text = cell(record, 'text').replace(/\r\n?/g, '\n')
    if (!stageName) return void report.skipped.push({ row, reason: 'no-stage' })
    if (!laneTitle) return void report.skipped.push({ row, reason: 'no-lane' })
    if (cards.length >= limits.cards) return void report.skipped.push({ row, reason: 'too-many-cards' })
    let stageId = stages.get(norm(stageName))
    if (!stageId) {
      if (stageCount >= limits.stages) return void report.skipped.push({ row, reason: 'too-many-stages', detail: stageName })
      stageId = newId('s')
      stageCount++
      stages.set(norm(stageName), stageId)
      setup.push(addStage(mapId, { name: name(stageName, row, 'stage'), id: stageId }))
      report.created.stages.push(stageName)
    }
    let laneId = lanes.get(norm(laneTitle))
    if (!laneId) {
      if (laneCount >= limits.lanes) return void report.skipped.push({ row, reason: 'too-many-lanes', detail: laneTitle })
      laneId = newId('l')
      laneCount++
      lanes.set(norm(laneTitle), laneId)
      const kind = guessKind(laneTitle, options.kindNames ?? {})
      setup.push(addLane(mapId, { kind, title: name(laneTitle, row, 'lane'), id: laneId }))
      report.created.lanes.push(laneTitle)
    }
    const teamIds: string[] = []
    for (const teamName of splitList(cell(record, 'teams'))) {
      let id = teams.get(norm(teamName))
      if (!id) {
        if (teams.size >= limits.teams) {
          report.warnings.push({ row, reason: 'too-many-teams', value: teamName })
          continue
        }
        const created = addTeam({ name: name(teamName, row, 'teams'), color: TEAM_PALETTE[teams.size % TEAM_PALETTE.length] as string })
        id = created.createdIds[0] as string
        teams.set(norm(teamName), id)
        setup.push(created)
        report.created.teams.push(teamName)
      }
      if (!teamIds.includes(id)) teamIds.push(id)
    }
    let channelId: string | null = null
    const channelName = cell(record, 'channel').trim()
    if (channelName) {
      channelId = channels.get(norm(channelName)) ?? null
      if (!channelId && channels.size >= limits.channels) {
        report.warnings.push({ row, reason: 'too-many-channels', value: channelName })
      } else if (!channelId) {
        const created = addChannel({ name: name(channelName, row, 'channel') })
        channelId = created.createdIds[0] as string
        channels.set(norm(channelName), channelId)
        setup.push(created)
        report.created.channels.push(channelName)
      }
    }
    const phaseText = cell(record, 'phase').trim()
    const phaseKey = phaseText.toLowerCase().replace(/[\s-]+/g, '_')
    const phase = phaseText ? Phase.safeParse(phaseKey) : null
    if (phase && !phase.success) report.warnings.push({ row, reason: 'bad-phase', value: phaseText })
    const scoreText = cell(record, 'emotion score').trim().replace(',', '.').replace('−', '-')
    let emotionScore: number | null = null
    if (scoreText) {
      const n = Number(scoreText)
      if (Number.isFinite(n) && n >= -2 && n <= 2) emotionScore = n
      else report.warnings.push({ row, reason: 'bad-score', value: scoreText })
    }
    const votesText = cell(record, 'votes').trim()
    let votes = 0
    if (votesText) {
      const n = Number(votesText)
      if (Number.isInteger(n) && n >= 0 && n <= 100_000) votes = n
      else report.warnings.push({ row, reason: 'bad-votes', value: votesText })
    }
    let tags = [...new Set(splitList(cell(record, 'tags')).map((t) => name(t, row, 'tags').slice(0, LIMITS.shortText)))]
    if (tags.length > LIMITS.tags) {
      report.warnings.push({ row, reason: 'too-many-tags', value: String(tags.length) })
      tags = tags.slice(0, LIMITS.tags)
    }
    if (!text.trim() && teamIds.length === 0 && !channelId && tags.length === 0 && emotionScore === null && votes === 0) {
      return void report.skipped.push({ row, reason: 'empty' })
    }
    const key = `${stageId}\u0000${laneId}`
    const order = nextOrder.get(key) ?? 0
    nextOrder.set(key, order + 1)
    const card: Card = {
      id: newId('c'),
      stageId,
      laneId,
      order,
      // The reader already cut cells to the longest text a card holds.
      text,
      color: 'yellow',
      teamIds: teamIds.slice(0, limitOf(Card, 'teamIds')),
      votes,
      tags,
      metrics: [],
      ...(channelId ? { channelId } : {}),
      ...(phase?.success ? { phase: phase.data } : {}),
      ...(emotionScore !== null ? { emotionScore } : {}),
    }
    cards.push(card)
  })
  report.imported = cards.length
  const addAll: Command = (draft) => {
    const target = findMap(draft, mapId)
    for (const card of cards) target.cards.push({ ...card, teamIds: [...card.teamIds], tags: [...card.tags], metrics: [] })
  }
  const commands = cards.length ? [...setup, addAll] : setup
  return { command: commands.length ? batch(...commands) : null, report, cardIds: cards.map((c) => c.id) }
}

/** What a card looks like in a CSV, for comparing a round trip. */
export function cardSignature(project: Project, map: JourneyMap, card: Card): string {
  const rows = cardsToRows({ ...project, maps: [{ ...map, cards: [card] }] })
  return JSON.stringify((rows[1] ?? []).slice(1))
}
