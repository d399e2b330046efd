import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  CURRENT_FORMAT_VERSION,
  migrate,
  migrations,
  MissingMigrationError,
  parseJourney,
  serializeJourney,
  type MigrationRegistry,
} from '../../../shared/format'

const fixtureUrl = (v: number) => new URL(`../../fixtures/format/v${v}.journey`, import.meta.url)
const versions = Array.from({ length: CURRENT_FORMAT_VERSION }, (_, i) => i + 1)

describe('stored sample files', () => {
  // A version bump without a stored sample of the new version fails here, so
  // every format that ever shipped stays openable, checked against real bytes.
  it.each(versions)('a sample of version %i is stored', (v) => {
    expect(existsSync(fixtureUrl(v)), `test/fixtures/format/v${v}.journey is missing`).toBe(true)
  })

  it.each(versions)('the version %i sample opens cleanly, migrated to the current version', (v) => {
    const bytes = new Uint8Array(readFileSync(fixtureUrl(v)))
    const doc = JSON.parse(new TextDecoder().decode(bytes)) as { version: unknown }
    expect(doc.version).toBe(v)
    const result = parseJourney(bytes, { fileName: `v${v}.journey` })
    if (!result.ok) throw new Error(result.problem.message)
    expect(result.repairs).toEqual([])
    expect(result.migratedFrom).toBe(v === CURRENT_FORMAT_VERSION ? null : v)
  })

  it('the current sample is exactly what serialize writes today', () => {
    const text = readFileSync(fixtureUrl(CURRENT_FORMAT_VERSION), 'utf8')
    const result = parseJourney(new TextEncoder().encode(text))
    if (!result.ok) throw new Error(result.problem.message)
    expect(serializeJourney(result.project)).toBe(text)
  })

  it('the v1 sample holds what it claims: 5 stages, four scripts, a link, emotion points, a team, a persona', () => {
    const result = parseJourney(new Uint8Array(readFileSync(fixtureUrl(1))))
    if (!result.ok) throw new Error(result.problem.message)
    const [map] = result.project.maps
    expect(map?.stages).toHaveLength(5)
    const texts = map?.cards.map((c) => c.text).join('\n') ?? ''
    expect(texts).toMatch(/[\u0600-\u06ff]/) // Persian
    expect(texts).toMatch(/[\u4e00-\u9fff]/) // Chinese
    expect(texts).toMatch(/[\u0400-\u04ff]/) // Russian
    expect(texts).toMatch(/[A-Za-z]{4}/)
    expect(map?.links.length).toBeGreaterThan(0)
    expect(map?.emotionPoints.length).toBeGreaterThan(0)
    expect(result.project.teams.length).toBeGreaterThan(0)
    expect(result.project.personas.length).toBeGreaterThan(0)
  })
})

describe('migration registry', () => {
  it('has one step for every version below the current one', () => {
    for (let v = 1; v < CURRENT_FORMAT_VERSION; v++) expect(migrations[v], `missing step v${v}→v${v + 1}`).toBeTypeOf('function')
    expect(Object.keys(migrations).map(Number).every((v) => v >= 1 && v < CURRENT_FORMAT_VERSION)).toBe(true)
  })
})

describe('migrate (with a test-local registry)', () => {
  // Three made-up versions: v1 had `title`, v2 renamed it `name`, v3 added `tags`.
  const registry: MigrationRegistry = {
    1: (doc) => {
      const { title, ...rest } = doc as { title?: string }
      return { ...rest, name: title ?? '', steps: ['1→2'] }
    },
    2: (doc) => {
      const d = doc as { steps: string[] }
      return { ...d, tags: [], steps: [...d.steps, '2→3'] }
    },
  }

  it('applies every step in order from the file version to the target', () => {
    expect(migrate({ title: 'Checkout' }, 1, registry, 3)).toEqual({ name: 'Checkout', tags: [], steps: ['1→2', '2→3'] })
  })

  it('starts at the file version', () => {
    expect(migrate({ name: 'x', steps: [] }, 2, registry, 3)).toEqual({ name: 'x', tags: [], steps: ['2→3'] })
  })

  it('leaves a current document alone', () => {
    const doc = { name: 'x' }
    expect(migrate(doc, 3, registry, 3)).toBe(doc)
  })

  it('does not change its input', () => {
    const doc = { title: 'Checkout' }
    migrate(doc, 1, registry, 3)
    expect(doc).toEqual({ title: 'Checkout' })
  })

  it('refuses a gap in the registry', () => {
    expect(() => migrate({}, 1, { 1: (d) => d }, 3)).toThrow(MissingMigrationError)
  })

  describe('through parseJourney (pretending the current version is 2)', () => {
    const v1 = () => new Uint8Array(readFileSync(fixtureUrl(1)))
    const addNote: MigrationRegistry = {
      1: (doc) => ({ ...(doc as object), xMigrationNote: 'added by 1→2' }),
    }

    it('migrates an older file and says from which version', () => {
      const result = parseJourney(v1(), { migrations: addNote, targetVersion: 2 })
      if (!result.ok) throw new Error(result.problem.message)
      expect(result.migratedFrom).toBe(1)
      expect(result.repairs).toEqual([])
      expect((result.project as Record<string, unknown>).xMigrationNote).toBe('added by 1→2')
    })

    it('validates what a step returns, and repairs it like any damage', () => {
      const breaksVotes: MigrationRegistry = {
        1: (doc) => {
          const d = structuredClone(doc) as { maps: Array<{ cards: Array<{ votes: unknown }> }> }
          for (const card of d.maps[0]?.cards ?? []) card.votes = -5
          return d
        },
      }
      const result = parseJourney(v1(), { migrations: breaksVotes, targetVersion: 2 })
      if (!result.ok) throw new Error(result.problem.message)
      expect(result.repairs.join('\n')).toMatch(/votes of 5 cards back into the allowed range/)
    })

    it('turns a failing step into a readable error naming the version', () => {
      const result = parseJourney(v1(), {
        fileName: 'old.journey',
        migrations: { 1: () => { throw new Error('boom') } },
        targetVersion: 2,
      })
      expect(result.ok).toBe(false)
      if (!result.ok) {
        expect(result.problem.code).toBe('invalid')
        expect(result.problem.message).toMatch(/“old\.journey” can't be opened: it uses the older format version 1, and upgrading it to version 2 failed\./)
      }
    })

    it('still refuses a file newer than the target', () => {
      const text = new TextDecoder().decode(v1()).replace('"version": 1', '"version": 3')
      const result = parseJourney(new TextEncoder().encode(text), { migrations: addNote, targetVersion: 2 })
      expect(!result.ok && result.problem.code).toBe('too-new')
      expect(!result.ok && result.problem.message).toMatch(/format version 3\); this app reads up to version 2/)
    })
  })
})
