import { describe, expect, test } from 'vitest'
import { buildPoster, type DrawOp, type PosterLabels } from '../../../shared/print'
import { wallProject } from '../../e2e/print/fixture'

/** A monospace-ish stand-in for canvas measureText: wide glyphs (CJK) count double. */
const measure = (text: string, size: number) => [...text].reduce((w, ch) => w + (/[\u3000-\u9fff]/u.test(ch) ? 1 : 0.56) * size, 0)

const labels: PosterLabels = {
  laneKinds: { actions: 'Customer actions', touchpoints: 'Touchpoints', thoughts: 'Thoughts', emotions: 'Emotions', pain_points: 'Pain points', opportunities: 'Opportunities', teams: 'Teams', metrics: 'Metrics', frontstage: 'Frontstage', backstage: 'Backstage', support: 'Support', free: 'Notes' },
  mapTypes: { current_state: 'Current state', day_in_the_life: 'Day in the life', future_state: 'Future state', service_blueprint: 'Service blueprint' },
  phases: { pre_purchase: 'Before buying', purchase: 'Buying', post_purchase: 'After buying' },
  colors: { yellow: 'Yellow', orange: 'Orange', pink: 'Pink', red: 'Red', purple: 'Purple', blue: 'Blue', teal: 'Teal', green: 'Green', gray: 'Grey', white: 'White' },
  emotions: ['--', '-', '0', '+', '++'],
  persona: 'Persona',
  customerGoal: 'Customer goal',
  businessGoal: 'Business goal',
  legendLanes: 'Lanes',
  legendColors: 'Colours',
  legendTeams: 'Teams',
  legendEmotions: 'Emotions',
  untitled: 'Untitled',
}

type TextOp = Extract<DrawOp, { op: 'text' }>

function textBox(o: TextOp) {
  const w = measure(o.text, o.size)
  const left = o.align === 'left' ? o.x : o.align === 'right' ? o.x - w : o.x - w / 2
  return { left, right: left + w, top: o.y - o.size * 0.8, bottom: o.y + o.size * 0.25 }
}

describe('buildPoster', () => {
  for (const direction of ['ltr', 'rtl'] as const) {
    test(`every card's text stays inside its note (${direction})`, () => {
      const project = wallProject(300)
      const poster = buildPoster({ project, map: project.maps[0]!, direction, locale: 'en', date: '20 Nov 2026', labels, measure })
      expect(poster.cardCount).toBe(300)
      const texts = poster.ops.filter((o): o is TextOp => o.op === 'text')
      for (const card of poster.layout.cards) {
        const r = { x: card.rect.x + poster.mapOrigin.x, y: card.rect.y + poster.mapOrigin.y, width: card.rect.width, height: card.rect.height }
        const first = card.card.text.split(' ')[0]!
        const inside = texts.filter((t) => t.x >= r.x && t.x <= r.x + r.width && t.y >= r.y && t.y <= r.y + r.height)
        expect(inside.some((t) => t.text.includes(first)), card.card.text).toBe(true)
        for (const t of inside) {
          const b = textBox(t)
          expect(b.left).toBeGreaterThanOrEqual(r.x - 0.5)
          expect(b.right).toBeLessThanOrEqual(r.x + r.width + 0.5)
          expect(b.bottom).toBeLessThanOrEqual(r.y + r.height)
        }
      }
      // Nothing spills outside the poster.
      for (const t of texts) {
        const b = textBox(t)
        expect(b.left).toBeGreaterThanOrEqual(0)
        expect(b.right).toBeLessThanOrEqual(poster.width)
        expect(b.bottom).toBeLessThanOrEqual(poster.height)
      }
    })
  }

  test('RTL text is marked right-to-left and aligned to the right edge', () => {
    const project = wallProject(8)
    const poster = buildPoster({ project, map: project.maps[0]!, direction: 'rtl', locale: 'fa', date: '', labels, measure })
    const persian = poster.ops.find((o): o is TextOp => o.op === 'text' && o.text.startsWith('پرداخت'))!
    expect(persian.rtl).toBe(true)
    expect(persian.align).toBe('right')
    // Stage 1 is on the right in an RTL map.
    const [first, second] = poster.layout.stages
    expect(first!.x).toBeGreaterThan(second!.x)
  })

  test('lane filter leaves out the other lanes and their cards', () => {
    const project = wallProject(60)
    const map = project.maps[0]!
    const poster = buildPoster({ project, map, laneIds: [map.lanes[0]!.id], direction: 'ltr', locale: 'en', date: '', labels, measure })
    expect(poster.layout.lanes).toHaveLength(1)
    expect(poster.layout.cards.every((c) => c.laneId === map.lanes[0]!.id)).toBe(true)
  })
})
