import { describe, expect, test } from 'vitest'
import { applyCommand } from '../../../shared/commands'
import { BOM, cardSignature, exportCardsCsv, guardFormula, parseCsv, planCsvImport, serializeCsv, unguardFormula } from '../../../shared/csv'
import { makeMap, makeProject, type Project } from '../../../shared/model'
import { wallProject } from '../../e2e/print/fixture'

describe('RFC 4180', () => {
  test('quotes, commas, newlines in cells, CRLF and a BOM', () => {
    const text = `${BOM}stage,lane,text\r\n"Awareness","Pain points","Says ""too slow"", then leaves"\r\nPurchase,Touchpoints,"two\r\nlines, and a comma"\r\n`
    const { rows, warnings } = parseCsv(text)
    expect(warnings).toEqual([])
    expect(rows).toEqual([
      ['stage', 'lane', 'text'],
      ['Awareness', 'Pain points', 'Says "too slow", then leaves'],
      ['Purchase', 'Touchpoints', 'two\r\nlines, and a comma'],
    ])
  })

  test('serialize → parse is the identity', () => {
    const rows = [
      ['a', 'b,c', 'd"e'],
      ['', ' lead', 'x\ny'],
      ['پرداخت', '支付', 'Оплата'],
    ]
    const text = serializeCsv(rows)
    expect(text.startsWith(BOM)).toBe(true)
    expect(parseCsv(text).rows).toEqual(rows)
  })

  test('semicolon files (European Excel) and LF / CR line ends', () => {
    expect(parseCsv('stage;lane;text\nA;B;"x;y"\n').rows).toEqual([
      ['stage', 'lane', 'text'],
      ['A', 'B', 'x;y'],
    ])
    expect(parseCsv('a,b\rc,d').rows).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ])
  })

  test('an unclosed quote is reported, not fatal', () => {
    const parsed = parseCsv('a,"b\nc')
    expect(parsed.rows).toEqual([['a', 'b\nc']])
    expect(parsed.warnings).toHaveLength(1)
  })

  test('formula-looking text is guarded for spreadsheets and restored on import', () => {
    expect(guardFormula('=HYPERLINK("x")')).toBe(`'=HYPERLINK("x")`)
    expect(guardFormula('-1')).toBe('-1')
    expect(unguardFormula(guardFormula('@sum'))).toBe('@sum')
  })
})

function emptyTarget(): Project {
  return makeProject('Empty', makeMap('Empty map', [], []))
}

describe('cards ⇄ CSV', () => {
  test('export → import into an empty map reproduces the cards', () => {
    const source = wallProject(120)
    const csv = exportCardsCsv(source)
    const target = emptyTarget()
    const plan = planCsvImport(target, target.maps[0]!.id, csv)
    expect(plan.report.skipped).toEqual([])
    expect(plan.report.warnings).toEqual([])
    expect(plan.report.imported).toBe(120)
    const result = applyCommand(target, plan.command!, 'import').project
    const map = result.maps[0]!
    expect(map.stages.map((s) => s.name)).toEqual(source.maps[0]!.stages.map((s) => s.name))
    const srcMap = source.maps[0]!
    const before = srcMap.cards.map((c) => cardSignature(source, srcMap, c)).sort()
    const after = map.cards.map((c) => cardSignature(result, map, c)).sort()
    expect(after).toEqual(before)
    // And the round trip is stable: exporting the import gives the same file, but for the map name.
    expect(exportCardsCsv(result).replace(/Empty map/g, '')).toEqual(csv.replace(/Checkout journey — wall print/g, ''))
  })

  test('a spreadsheet file with BOM, quotes, commas and newlines imports; unplaceable rows are reported', () => {
    const csv =
      BOM +
      'Stage,Lane,Text,Teams,Emotion score,Votes,Tags\r\n' +
      'Awareness,Pain points,"Says ""too slow"", then\r\nleaves",Support; Marketing,-1.5,3,urgent; mobile\r\n' +
      ',Pain points,no stage here,,,,\r\n' +
      'Purchase,,no lane here,,,,\r\n' +
      'Purchase,Touchpoints,"Cash, card or invoice?",,lots,two,\r\n' +
      ',,,,,,\r\n'
    const target = emptyTarget()
    const plan = planCsvImport(target, target.maps[0]!.id, csv)
    expect(plan.report.imported).toBe(2)
    expect(plan.report.skipped).toEqual([
      { row: 3, reason: 'no-stage' },
      { row: 4, reason: 'no-lane' },
    ])
    expect(plan.report.warnings.map((w) => w.reason)).toEqual(['bad-score', 'bad-votes'])
    expect(plan.report.created.lanes).toEqual(['Pain points', 'Touchpoints'])
    const project = applyCommand(target, plan.command!, 'import').project
    const map = project.maps[0]!
    const first = map.cards.find((c) => c.text.startsWith('Says'))!
    expect(first.text).toBe('Says "too slow", then\nleaves')
    expect(first.emotionScore).toBe(-1.5)
    expect(first.votes).toBe(3)
    expect(first.tags).toEqual(['urgent', 'mobile'])
    expect(first.teamIds.map((id) => project.teams.find((t) => t.id === id)?.name)).toEqual(['Support', 'Marketing'])
    expect(map.lanes.find((l) => l.title === 'Pain points')?.kind).toBe('pain_points')
  })
})
