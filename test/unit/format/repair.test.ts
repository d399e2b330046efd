import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseJourney } from '../../../shared/format'
import { describePath } from '../../../shared/format/repair/describe'
import { enforceIntegrity } from '../../../shared/format/repair/integrity'
import { RepairLog } from '../../../shared/format/repair/log'
import { cutText, repairShape } from '../../../shared/format/repair/shape'
import { Project, type Card, type JourneyMap } from '../../../shared/model'

const SAMPLE = readFileSync(new URL('../../fixtures/format/v1.journey', import.meta.url), 'utf8')
const NOW = new Date('2026-05-01T12:00:00.000Z')

type Doc = { format: string; version: number; project: Record<string, unknown> & { maps: Array<Record<string, unknown> & { cards: Array<Record<string, unknown>> }> } }

/** A fresh, editable copy of the stored sample. */
const sample = (): Doc => JSON.parse(SAMPLE) as Doc
const map0 = (d: Doc) => {
  const m = d.project.maps[0]
  if (!m) throw new Error('sample has no map')
  return m
}

function open(doc: Doc) {
  const result = parseJourney(new TextEncoder().encode(JSON.stringify(doc)), { fileName: 'damaged.journey', now: NOW })
  if (!result.ok) throw new Error(result.problem.message)
  expect(Project.safeParse(result.project).success).toBe(true)
  return result
}

const firstMap = (p: Project): JourneyMap => {
  const m = p.maps[0]
  if (!m) throw new Error('no map')
  return m
}
const card = (p: Project, id: string): Card | undefined => firstMap(p).cards.find((c) => c.id === id)

describe('repair: field-level damage', () => {
  it('clamps emotion scores to −2…2 and votes to ≥ 0, rounding whole numbers', () => {
    const d = sample()
    const cards = map0(d).cards
    Object.assign(cards[0] ?? {}, { emotionScore: 5, votes: -3 })
    Object.assign(cards[1] ?? {}, { emotionScore: -9, votes: 2.6 })
    const r = open(d)
    expect(card(r.project, 'c-en-1')).toMatchObject({ emotionScore: 2, votes: 0 })
    expect(card(r.project, 'c-fa-1')).toMatchObject({ emotionScore: -2, votes: 3 })
    expect(r.repairs).toContain('Brought the emotion score of 2 cards back into the allowed range (-2 to 2)')
    expect(r.repairs).toContain('Brought the votes of 1 card back into the allowed range (0 to 100000)')
    expect(r.repairs).toContain('Rounded the votes of 1 card to a whole number')
  })

  it('converts numbers written as text, and text written as numbers', () => {
    const d = sample()
    const stage = (map0(d).stages as Array<Record<string, unknown>>)[0] ?? {}
    stage.width = '300'
    stage.name = 42
    const r = open(d)
    expect(firstMap(r.project).stages[0]).toMatchObject({ width: 300, name: '42' })
    expect(r.repairs).toContain('Converted the width of 1 stage to the expected kind of value')
    expect(r.repairs).toContain('Converted the name of 1 stage to the expected kind of value')
  })

  it('replaces unknown enum values with the default and drops unreadable optional fields', () => {
    const d = sample()
    Object.assign(map0(d).cards[0] ?? {}, { color: 'chartreuse', phase: 'sometime', evidence: 'a hunch' })
    const r = open(d)
    const c = card(r.project, 'c-en-1')
    expect(c?.color).toBe('yellow')
    expect(c && 'phase' in c).toBe(false)
    expect(c && 'evidence' in c).toBe(false)
    expect(r.repairs).toEqual(
      expect.arrayContaining([
        'Replaced an unknown color with the default on 1 card',
        'Removed an unreadable phase from 1 card',
        'Removed an unreadable evidence from 1 card',
      ]),
    )
  })

  it('fills required fields that have a safe stand-in, and lists it', () => {
    const d = sample()
    delete d.project.name
    d.project.createdAt = 'yesterday'
    delete map0(d).id
    const r = open(d)
    expect(r.project.name).toBe('Untitled')
    expect(r.project.createdAt).toBe(NOW.toISOString())
    expect(firstMap(r.project).id).toMatch(/^[a-z0-9]{12}$/)
    expect(r.repairs).toEqual(
      expect.arrayContaining([
        'Filled in a missing name on 1 project',
        'Replaced an unreadable creation date on 1 project',
        'Filled in a missing id on 1 map',
      ]),
    )
  })

  it('cuts over-long text at the limit, counting characters as the schema does', () => {
    const d = sample()
    Object.assign(map0(d).cards[0] ?? {}, { text: 'x'.repeat(10_050) })
    Object.assign(map0(d).cards[1] ?? {}, { text: '😀'.repeat(10_001) })
    // 5,000 emoji are 10,000 UTF-16 units but only 5,000 characters: within the limit, so untouched.
    Object.assign(map0(d).cards[2] ?? {}, { text: '😀'.repeat(5_000), votes: -1 })
    const r = open(d)
    expect(card(r.project, 'c-en-1')?.text).toBe('x'.repeat(10_000))
    expect(card(r.project, 'c-fa-1')?.text).toBe('😀'.repeat(10_000))
    expect(card(r.project, 'c-zh-1')?.text).toBe('😀'.repeat(5_000))
    expect(r.repairs).toContain('Shortened the text of 2 cards to the 10000-character limit')
  })

  it('drops list entries that are not records, or lack what cannot be guessed', () => {
    const d = sample()
    const cards = map0(d).cards
    cards.push('a card?' as never, null as never)
    delete cards[0]?.stageId
    const r = open(d)
    expect(firstMap(r.project).cards.map((c) => c.id)).toEqual(['c-fa-1', 'c-zh-1', 'c-ru-1', 'c-en-2'])
    expect(r.repairs).toContain('Removed 3 cards that were damaged beyond repair')
  })

  it('cuts lists over their limit', () => {
    const d = sample()
    Object.assign(map0(d).cards[0] ?? {}, { tags: Array.from({ length: 60 }, (_, i) => `t${i}`) })
    const r = open(d)
    expect(card(r.project, 'c-en-1')?.tags).toHaveLength(50)
    expect(r.repairs).toContain('Kept the first 50 of 60 tags')
  })

  it('keeps unknown fields and HTML-looking text while repairing', () => {
    const d = sample()
    d.project.xFuture = { nested: [1, 'two'] }
    Object.assign(map0(d).cards[0] ?? {}, { xPlugin: true, text: '<script>alert(1)</script>', votes: 'many' })
    const r = open(d)
    expect((r.project as Record<string, unknown>).xFuture).toEqual({ nested: [1, 'two'] })
    expect(card(r.project, 'c-en-1')).toMatchObject({ xPlugin: true, text: '<script>alert(1)</script>', votes: 0 })
  })
})

describe('repair: ids and references', () => {
  it('re-issues duplicate ids; references keep pointing at the first holder', () => {
    const d = sample()
    const stages = map0(d).stages as Array<Record<string, unknown>>
    const copy = { ...stages[0], name: 'Copy' }
    stages.push(copy)
    const r = open(d)
    const m = firstMap(r.project)
    expect(m.stages.map((s) => s.id)).toEqual(['st-discover', 'st-compare', 'st-buy', 'st-wait', 'st-use', 'st-discover-2'])
    expect(card(r.project, 'c-en-1')?.stageId).toBe('st-discover')
    expect(r.repairs).toEqual(['Gave 1 stage that shared an id with another a new id'])
  })

  it('re-issued ids stay within the id length limit and never collide', () => {
    const long = 'a'.repeat(64)
    const d = sample()
    const lanes = map0(d).lanes as Array<Record<string, unknown>>
    for (const lane of lanes) lane.id = long
    lanes.push({ ...lanes[0], id: `${long.slice(0, 62)}-2` })
    const r = open(d)
    const ids = firstMap(r.project).lanes.map((l) => l.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect(ids.every((id) => id.length <= 64)).toBe(true)
  })

  it('drops cards in a stage or lane that no longer exists, with one line per cause', () => {
    const d = sample()
    const cards = map0(d).cards
    for (const c of cards.slice(0, 3)) c.stageId = 'st-gone'
    if (cards[3]) cards[3].laneId = 'ln-gone'
    const r = open(d)
    expect(firstMap(r.project).cards.map((c) => c.id)).toEqual(['c-en-2'])
    expect(r.repairs).toEqual(
      expect.arrayContaining([
        'Removed 3 cards placed in a stage that no longer exists',
        'Removed 1 card placed in a lane that no longer exists',
      ]),
    )
  })

  it('then drops arrows and emotion points of the removed cards, and unlinks action items', () => {
    const d = sample()
    const ru = map0(d).cards.find((c) => c.id === 'c-ru-1')
    if (ru) ru.laneId = 'ln-gone'
    const r = open(d)
    const m = firstMap(r.project)
    expect(m.links).toEqual([])
    expect(m.emotionPoints.map((p) => p.id)).toEqual(['ep-1', 'ep-2', 'ep-4'])
    expect(m.actionItems[0]?.opportunityCardId).toBeUndefined()
    expect(r.repairs).toEqual([
      'Removed 1 card placed in a lane that no longer exists',
      'Removed 1 arrow between cards that no longer exist',
      'Removed 1 emotion point of cards that no longer exist',
      'Unlinked 1 action item from a card that no longer exists',
    ])
  })

  it('removes references to missing teams, channels, personas and metrics', () => {
    const d = sample()
    d.project.teams = []
    d.project.channels = []
    d.project.personas = []
    d.project.metricDefinitions = []
    const r = open(d)
    const m = firstMap(r.project)
    expect(m.personaId).toBeUndefined()
    expect(m.cards.every((c) => c.teamIds.length === 0 && c.channelId === undefined && c.metrics.length === 0)).toBe(true)
    expect(m.stages.every((s) => s.teamRoles.length === 0 && s.metrics.length === 0)).toBe(true)
    expect(m.actionItems[0]?.ownerTeamId).toBeUndefined()
    expect(r.repairs.length).toBeGreaterThanOrEqual(5)
  })

  it('treats each snapshot as its own id space', () => {
    const d = sample()
    d.project.snapshots = [{ id: 'snap-1', label: 'March', takenAt: '2026-03-01T00:00:00.000Z', map: structuredClone(map0(d)) }]
    const r = open(d)
    expect(r.repairs).toEqual([])
    expect(r.project.snapshots[0]?.map.cards).toHaveLength(5)
  })

  it('finds nothing to do on a consistent project', () => {
    const log = new RepairLog()
    const r = open(sample())
    enforceIntegrity(r.project, log)
    expect(log.lines()).toEqual([])
  })
})

describe('repair: when nothing can be opened', () => {
  const refuse = (mutate: (d: Doc) => void) => {
    const d = sample()
    mutate(d)
    const result = parseJourney(new TextEncoder().encode(JSON.stringify(d)), { fileName: 'damaged.journey' })
    if (result.ok) throw new Error('opened')
    expect(result.problem.code).toBe('invalid')
    expect(result.problem.fileName).toBe('damaged.journey')
    return result.problem.message
  }

  it('names the problem in plain words', () => {
    expect(refuse((d) => delete (d.project as Record<string, unknown>).maps)).toBe(
      "“damaged.journey” can't be opened: it is damaged beyond repair: the list of maps of the project is missing. If someone sent it to you, ask them for a fresh copy; if it is yours, open a backup.",
    )
    expect(refuse((d) => (d.project.maps = []))).toMatch(/the list of maps of the project is empty \(it needs at least one\)/)
    expect(refuse((d) => (d.project.maps = ['x' as never]))).toMatch(/the list of maps of the project is empty/)
    expect(refuse((d) => ((d as Record<string, unknown>).project = 'hello'))).toMatch(/the project has the wrong kind of value/)
  })
})

describe('repair building blocks', () => {
  it('describePath words nested paths', () => {
    expect(describePath(['maps', 0, 'cards', 3, 'text'])).toBe('the text of card 4 in map 1')
    expect(describePath(['snapshots', 1, 'map', 'stages', 0, 'customerGoal'])).toBe('the customer goal of stage 1 in the map in snapshot 2')
    expect(describePath([])).toBe('the project')
  })

  it('cutText never splits a character', () => {
    expect(cutText('a😀b', 2)).toBe('a😀')
    expect(cutText('😀😀', 1)).toBe('😀')
    expect(cutText('abc', 5)).toBe('abc')
  })

  it('repairShape never throws on garbage at the root', () => {
    for (const garbage of [null, 1, 'x', [], {}, { maps: {} }, { maps: [null, 1, []] }]) {
      const log = new RepairLog()
      expect(() => repairShape(Project, garbage, { log, nowIso: NOW.toISOString() })).not.toThrow()
    }
  })

  it('repairs a 20,000-card map (about 2 MB) with one bad card, touching only that card', () => {
    const d = sample()
    const m = map0(d)
    const template = m.cards[0] ?? {}
    m.cards.push(...Array.from({ length: 20_000 }, (_, i) => ({ ...template, id: `c${i}`, order: i, text: `Card ${i} — کارت ${i}` })))
    Object.assign(m.cards[12_345] ?? {}, { votes: -1 })
    const bytes = new TextEncoder().encode(JSON.stringify(d))
    // Speed: npm run bench:parse (no timed tests on a shared machine).
    const result = parseJourney(bytes, { now: NOW })
    if (!result.ok) throw new Error(result.problem.message)
    const r = result
    expect(r.repairs).toEqual(['Brought the votes of 1 card back into the allowed range (0 to 100000)'])
    expect(firstMap(r.project).cards).toHaveLength(20_005)
    expect(firstMap(r.project).cards[12_345]?.votes).toBe(0)
  })
})
