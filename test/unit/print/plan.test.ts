import { describe, expect, test } from 'vitest'
import { DEFAULT_PRINT_SETTINGS, MAX_PAGE_MM, overlapStrips, PAPERS, planPrint, rowLetters, sheetLabel, type PrintSettings } from '../../../shared/print'

const poster = { width: 3000, height: 2000 }
const settings = (patch: Partial<PrintSettings>): PrintSettings => ({ ...DEFAULT_PRINT_SETTINGS, ...patch })

describe('paper sizes', () => {
  test('ISO and US sizes in mm', () => {
    expect(PAPERS.a0).toMatchObject({ widthMm: 841, heightMm: 1189 })
    expect(PAPERS.a4).toMatchObject({ widthMm: 210, heightMm: 297 })
    const mm = (p: (typeof PAPERS)[keyof typeof PAPERS]) => [p.widthMm, p.kind === 'sheet' ? p.heightMm : 0].map((v) => Math.round(v * 10) / 10)
    expect(mm(PAPERS.letter)).toEqual([215.9, 279.4])
    expect(mm(PAPERS.legal)).toEqual([215.9, 355.6])
    expect(mm(PAPERS.tabloid)).toEqual([279.4, 431.8])
    expect(PAPERS.roll36.widthMm).toBeCloseTo(914.4)
  })
})

describe('sheet labels', () => {
  test('row letters then column number', () => {
    expect(sheetLabel(1, 2)).toBe('B3')
    expect(rowLetters(25)).toBe('Z')
    expect(rowLetters(26)).toBe('AA')
    expect(rowLetters(27)).toBe('AB')
  })
})

describe('planPrint', () => {
  test('fit on one page: whole poster inside the margins, one page, no assembly', () => {
    const plan = planPrint(poster, settings({ paper: 'a0', orientation: 'auto' }), 200)
    expect(plan.pageCount).toBe(1)
    expect(plan.orientation).toBe('landscape')
    expect(plan.page).toEqual({ width: 1189, height: 841 })
    expect(plan.poster.width).toBeLessThanOrEqual(plan.content.width + 1e-9)
    expect(plan.poster.height).toBeLessThanOrEqual(plan.content.height + 1e-9)
    expect(plan.assembly).toBeNull()
  })

  test('N sheets wide: exactly N columns, neighbours overlap by the glue margin', () => {
    const plan = planPrint(poster, settings({ paper: 'a4', orientation: 'portrait', scale: { kind: 'sheetsWide', sheets: 4 }, overlapMm: 10 }), 200)
    expect(plan.columns).toBe(4)
    expect(plan.poster.width).toBeCloseTo(4 * 190 - 3 * 10)
    expect(plan.pageCount).toBe(plan.rows * plan.columns + 1)
    const [a, b] = plan.tiles
    // The strip at the right of A1 shows what the left of A2 shows.
    const step = (b!.window.x - a!.window.x) * plan.mmPerUnit
    expect(step).toBeCloseTo(190 - 10)
    expect(a!.neighbours).toEqual({ top: null, bottom: 'B1', left: null, right: 'A2' })
    expect(overlapStrips(plan, a!).right).toEqual({ x: 10 + 190 - 10, y: 10, width: 10, height: 277 })
    // The tiles cover the whole poster.
    const last = plan.tiles[plan.tiles.length - 1]!
    expect((last.window.x + last.window.width) * plan.mmPerUnit).toBeGreaterThanOrEqual(plan.poster.width - 1e-6)
    expect((last.window.y + last.window.height) * plan.mmPerUnit).toBeGreaterThanOrEqual(plan.poster.height - 1e-6)
  })

  test('fixed card width sets the scale', () => {
    const plan = planPrint(poster, settings({ paper: 'a3', scale: { kind: 'cardWidth', mm: 40 } }), 200)
    expect(plan.mmPerUnit).toBeCloseTo(0.2)
    expect(plan.poster.width).toBeCloseTo(600)
  })

  test('a roll: width fixed, length follows the poster, never beyond 200 in', () => {
    const plan = planPrint(poster, settings({ paper: 'roll36', orientation: 'portrait' }), 200)
    expect(plan.page.width).toBeCloseTo(914.4)
    expect(plan.page.height).toBeCloseTo(plan.poster.height + 2 * plan.marginMm)
    expect(plan.pageCount).toBe(1)
    const long = planPrint({ width: 1000, height: 40_000 }, settings({ paper: 'roll44', orientation: 'portrait' }), 200)
    expect(long.page.height).toBeLessThanOrEqual(MAX_PAGE_MM + 1e-6)
    const auto = planPrint({ width: 8000, height: 2000 }, settings({ paper: 'roll24', orientation: 'auto' }), 200)
    expect(auto.orientation).toBe('landscape')
    expect(auto.page.height).toBeCloseTo(24 * 25.4)
  })

  test('custom size and silly inputs stay sane', () => {
    const plan = planPrint(poster, settings({ paper: 'custom', custom: { widthMm: 500, heightMm: 300 }, marginMm: -5, overlapMm: 1e9 }), 200)
    expect(plan.marginMm).toBe(0)
    expect(plan.page.width * plan.page.height).toBeCloseTo(500 * 300)
    expect(Number.isFinite(plan.mmPerUnit)).toBe(true)
  })
})
