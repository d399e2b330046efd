/**
 * fast-check arbitraries for valid projects: every reference points at an
 * existing record, ids are unique per list, texts mix scripts (Latin,
 * Persian/Arabic RTL, CJK, Cyrillic, emoji, arbitrary code points), and
 * records carry random unknown fields that must survive a round trip.
 * Exported for any test that needs realistic random projects.
 */
import fc from 'fast-check'
import {
  ActionStatus,
  ChannelIcon,
  EvidenceSource,
  ImageMime,
  LaneKind,
  LIMITS,
  Level,
  MapType,
  MetricKind,
  Moment,
  NoteColor,
  Phase,
  TextDirection,
  Trend,
  type Project,
} from '../../../shared/model'

export const arbId = fc
  .stringMatching(/^[A-Za-z0-9_-]{1,16}$/)
  .filter((id) => !['__proto__', 'constructor', 'prototype'].includes(id))

export const uniqueIds = (minLength: number, maxLength: number) =>
  fc.uniqueArray(arbId, { minLength, maxLength })

const SAMPLES = [
  'Pays at the till',
  'قیمت‌ها را مقایسه می‌کند',
  'مشتری منتظر پاسخ است',
  '在手机上填写送货地址',
  '等待客服回复',
  'Сравнивает цены',
  'Plătește cu cardul',
  'עברית וגם English',
  '👩🏽‍💻 orders 🎁',
  '<b>bold</b> & "quotes" \\ back\\slash',
]

/** Any text up to `max` code points (the unit zod's limits count): sample phrases, graphemes, or raw code points. */
export const arbText = (max: number) =>
  fc
    .oneof(
      fc.constantFrom(...SAMPLES),
      fc.string({ unit: 'grapheme', maxLength: 40 }),
      fc.string({ unit: 'binary', maxLength: 20 }),
      fc.array(fc.constantFrom(...SAMPLES), { maxLength: 4 }).map((parts) => parts.join(' ')),
      // Exactly at the limit, in characters that take two UTF-16 units each.
      fc.constant('😀'.repeat(Math.min(max, 200))),
    )
    .map((s) => Array.from(s).slice(0, max).join(''))

export const arbShort = arbText(LIMITS.shortText)
export const arbLong = arbText(LIMITS.longText)

/** Finite doubles without -0, which JSON cannot carry. */
export const arbNumber = (min: number, max: number) =>
  fc.double({ min, max, noNaN: true, noDefaultInfinity: true }).map((x) => x + 0)

const arbTimestamp = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString())

const arbHexColor = fc.stringMatching(/^#([0-9a-fA-F]{3}){1,2}$/)

const pick = <T>(values: readonly T[]) => fc.constantFrom(...values)

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype'])

/** JSON values with no -0 and no key the parser is bound to drop. */
function cleanJson(v: unknown): unknown {
  if (typeof v === 'number') return v + 0
  if (Array.isArray(v)) return v.map(cleanJson)
  if (v && typeof v === 'object') {
    const out: Record<string, unknown> = {}
    for (const [k, x] of Object.entries(v)) if (!FORBIDDEN.has(k)) out[k] = cleanJson(x)
    return out
  }
  return v
}

/** Unknown fields: names no schema uses ("x…"), any JSON value. */
export const arbExtras = fc.dictionary(
  fc.stringMatching(/^x[A-Za-z0-9_]{1,8}$/),
  fc.jsonValue({ maxDepth: 2 }).map(cleanJson),
  { maxKeys: 2 },
)

/** Adds unknown fields to some records (known fields win on a clash, which can't happen with "x…" names). */
export function withExtras<T extends object>(arb: fc.Arbitrary<T>): fc.Arbitrary<T> {
  return fc
    .tuple(arb, fc.option(arbExtras, { freq: 3 }))
    .map(([record, extras]) => (extras ? { ...extras, ...record } : record))
}

const subsetOf = (ids: readonly string[], maxLength = 3) =>
  fc.subarray([...ids], { maxLength: Math.min(maxLength, ids.length) })
const optionalRef = (ids: readonly string[]) => (ids.length > 0 ? fc.option(pick(ids), { nil: undefined }) : fc.constant(undefined))

/** Drops keys whose value is undefined, so optional fields are absent rather than undefined. */
function compact<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T
}

interface ProjectIds {
  personas: string[]
  teams: string[]
  channels: string[]
  metrics: string[]
  assets: string[]
  maps: string[]
}

const arbMetricValues = (metricIds: readonly string[]) =>
  metricIds.length === 0
    ? fc.constant([])
    : fc.array(
        fc
          .record({
            metricId: pick(metricIds),
            value: arbNumber(-1e6, 1e6),
            target: fc.option(arbNumber(-1e6, 1e6), { nil: undefined }),
            trend: pick(Trend.options),
          })
          .map(compact),
        { maxLength: 2 },
      )

function arbMap(mapId: string, ids: ProjectIds) {
  return fc
    .record({
      stageIds: uniqueIds(0, 5),
      laneIds: uniqueIds(0, 4),
      cardIds: uniqueIds(0, 12),
    })
    .chain(({ stageIds, laneIds, cardIds }) => {
      const placeable = stageIds.length > 0 && laneIds.length > 0
      const cards = placeable ? cardIds : []
      const stage = (id: string) =>
        withExtras(
          fc.record({
            id: fc.constant(id),
            name: arbShort,
            customerGoal: arbShort,
            businessGoal: arbShort,
            width: arbNumber(120, 4000),
            teamRoles:
              ids.teams.length === 0
                ? fc.constant([])
                : fc.array(fc.record({ teamId: pick(ids.teams), role: arbShort }), { maxLength: 2 }),
            metrics: arbMetricValues(ids.metrics),
          }),
        )
      const lane = (id: string) =>
        fc.record({ id: fc.constant(id), kind: pick(LaneKind.options), title: arbShort, height: arbNumber(60, 4000) })
      const card = (id: string) =>
        withExtras(
          fc
            .record({
              id: fc.constant(id),
              stageId: pick(stageIds),
              laneId: pick(laneIds),
              order: arbNumber(-1e9, 1e9),
              text: arbLong,
              color: pick(NoteColor.options),
              channelId: optionalRef(ids.channels),
              phase: fc.option(pick(Phase.options), { nil: undefined }),
              moment: fc.option(pick(Moment.options), { nil: undefined }),
              teamIds: subsetOf(ids.teams),
              evidence: fc.option(fc.record({ source: pick(EvidenceSource.options), note: arbShort }), { nil: undefined }),
              emotionScore: fc.option(arbNumber(-2, 2), { nil: undefined }),
              votes: fc.integer({ min: 0, max: 100_000 }),
              tags: fc.array(arbShort, { maxLength: 3 }),
              metrics: arbMetricValues(ids.metrics),
              imageAssetId: optionalRef(ids.assets),
            })
            .map(compact),
        )
      const links =
        cards.length === 0
          ? fc.constant([])
          : fc.uniqueArray(
              fc.record({ id: arbId, fromCardId: pick(cards), toCardId: pick(cards), label: arbShort }),
              { maxLength: 4, selector: (l) => l.id },
            )
      const emotionPoints =
        stageIds.length === 0
          ? fc.constant([])
          : fc.uniqueArray(
              fc
                .record({
                  id: arbId,
                  stageId: pick(stageIds),
                  cardId: optionalRef(cards),
                  score: arbNumber(-2, 2),
                  reason: arbShort,
                })
                .map(compact),
              { maxLength: 5, selector: (p) => p.id },
            )
      const actionItems = fc.uniqueArray(
        fc
          .record({
            id: arbId,
            action: arbShort,
            opportunityCardId: optionalRef(cards),
            ownerTeamId: optionalRef(ids.teams),
            impact: pick(Level.options),
            effort: pick(Level.options),
            priority: fc.integer({ min: 0, max: 1000 }),
            status: pick(ActionStatus.options),
            due: fc.option(arbShort, { nil: undefined }),
          })
          .map(compact),
        { maxLength: 3, selector: (a) => a.id },
      )
      return withExtras(
        fc
          .record({
            id: fc.constant(mapId),
            name: arbShort,
            type: pick(MapType.options),
            personaId: optionalRef(ids.personas),
            basedOnMapId: optionalRef(ids.maps),
            direction: pick(TextDirection.options),
            stages: fc.tuple(...stageIds.map(stage)),
            lanes: fc.tuple(...laneIds.map(lane)),
            cards: fc.tuple(...cards.map(card)),
            links,
            emotionPoints,
            actionItems,
            updatedAt: fc.option(arbTimestamp, { nil: undefined }),
          })
          .map(compact),
      )
    })
}

/** Any valid project (already in its parsed form: every default filled in). */
export const arbProject: fc.Arbitrary<Project> = fc
  .record({
    personas: uniqueIds(0, 3),
    teams: uniqueIds(0, 3),
    channels: uniqueIds(0, 3),
    metrics: uniqueIds(0, 2),
    assets: uniqueIds(0, 2),
    maps: uniqueIds(1, 2),
    snapshots: uniqueIds(0, 1),
  })
  .chain((ids) => {
    const persona = (id: string) =>
      withExtras(
        fc
          .record({
            id: fc.constant(id),
            name: arbShort,
            photoAssetId: optionalRef(ids.assets),
            age: arbShort,
            gender: arbShort,
            jobTitle: arbShort,
            incomeSource: arbShort,
            segment: arbShort,
            motivations: fc.array(arbShort, { maxLength: 2 }),
            influencers: fc.array(arbShort, { maxLength: 2 }),
            goals: fc.array(arbShort, { maxLength: 2 }),
            frustrations: fc.array(arbShort, { maxLength: 2 }),
            notes: arbLong,
          })
          .map(compact),
      )
    const team = (id: string) =>
      fc.record({ id: fc.constant(id), name: arbShort, color: arbHexColor })
    const channel = (id: string) => fc.record({ id: fc.constant(id), name: arbShort, icon: pick(ChannelIcon.options) })
    const metric = (id: string) =>
      fc.record({
        id: fc.constant(id),
        name: arbShort,
        kind: pick(MetricKind.options),
        unit: arbShort,
        higherIsBetter: fc.boolean(),
      })
    const asset = (id: string) =>
      fc.record({
        id: fc.constant(id),
        mime: pick(ImageMime.options),
        width: fc.integer({ min: 1, max: 8192 }),
        height: fc.integer({ min: 1, max: 8192 }),
        data: fc.base64String({ maxLength: 64 }),
      })
    const snapshot = (id: string) =>
      fc.record({ id: fc.constant(id), label: arbShort, takenAt: arbTimestamp, map: arbMap(`snap-${id}`.slice(0, 64), ids) })
    return withExtras(
      fc.record({
        id: arbId,
        name: arbShort,
        createdAt: arbTimestamp,
        updatedAt: arbTimestamp,
        personas: fc.tuple(...ids.personas.map(persona)),
        teams: fc.tuple(...ids.teams.map(team)),
        channels: fc.tuple(...ids.channels.map(channel)),
        metricDefinitions: fc.tuple(...ids.metrics.map(metric)),
        maps: fc.tuple(...ids.maps.map((id) => arbMap(id, ids))),
        snapshots: fc.tuple(...ids.snapshots.map(snapshot)),
        assets: fc.tuple(...ids.assets.map(asset)),
      }),
    )
  }) as fc.Arbitrary<Project>

/** The same value with every object's keys in a random order: serialization must not care. */
export function shuffleKeys(value: unknown, random: () => number): unknown {
  if (Array.isArray(value)) return value.map((v) => shuffleKeys(v, random))
  if (!value || typeof value !== 'object') return value
  const entries = Object.entries(value)
  for (let i = entries.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    const a = entries[i]
    const b = entries[j]
    if (a && b) {
      entries[i] = b
      entries[j] = a
    }
  }
  const out: Record<string, unknown> = {}
  for (const [k, v] of entries) out[k] = shuffleKeys(v, random)
  return out
}
