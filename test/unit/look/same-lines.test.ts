/**
 * One note look for screen and paper: the board's note painter and the
 * printout break every note into the same lines, in every script, with and
 * without a badge row. The board side is the very function that paints a
 * note's bitmap, run against a recording 2D context (no canvas needed).
 */
import { describe, expect, it, vi } from 'vitest'
import { NOTE_TEXT, type FontMeasure, type NoteContext } from '../../../shared/look'
import { makeCard, makeMap, makeProject, type Card } from '../../../shared/model'
import { buildPoster, type DrawOp, type PosterLabels } from '../../../shared/print'
import { paintNote } from '../../../renderer/board/scene/note-painter'
import type { TextMeasure } from '../../../renderer/services/text-measure'

/** Stand-in glyph widths per script (em fractions), bold 6 % wider: deterministic, and unequal like real fonts. */
const measure: FontMeasure = (text, size, weight) => {
  let w = 0
  for (const ch of text) {
    const em = /[\u3000-\u9fff\uff00-\uffef]/u.test(ch) ? 1 : /[\u0600-\u06ff]/u.test(ch) ? 0.47 : /[\u0400-\u04ff]/u.test(ch) ? 0.61 : ch === ' ' ? 0.26 : 0.55
    w += em * size
  }
  return weight === 700 ? w * 1.06 : w
}
const text: TextMeasure = { measure, generation: 0, clear: () => {} }

// Icons are path data; the recording context takes any Path2D (Node has none).
vi.stubGlobal('Path2D', class {})

const NOTES: Record<string, string> = {
  latin: 'The payment page asks for the card number twice, and customers give up before they reach the confirmation step',
  cyrillic: 'Страница оплаты дважды просит номер карты, и покупатели уходят, не дойдя до подтверждения заказа',
  persian: 'صفحه پرداخت دو بار شماره کارت را می‌خواهد و مشتری‌ها پیش از رسیدن به مرحله تأیید سفارش منصرف می‌شوند',
  chinese: '付款页面要求输入两次卡号，顾客在到达确认步骤之前就放弃了，这是最大的流失点之一',
  mixed: 'Checkout 结账页 صفحه پرداخت оплата — 3 clicks, then «Error 402» and the cart is gone',
}

const labels: PosterLabels = {
  laneKinds: { actions: 'Actions', touchpoints: 'Touchpoints', thoughts: 'Thoughts', emotions: 'Emotions', pain_points: 'Pain points', opportunities: 'Opportunities', teams: 'Teams', metrics: 'Metrics', frontstage: 'Frontstage', backstage: 'Backstage', support: 'Support', free: 'Notes' },
  mapTypes: { current_state: 'Current state', day_in_the_life: 'Day in the life', future_state: 'Future state', service_blueprint: 'Service blueprint' },
  colors: { yellow: 'Yellow', orange: 'Orange', pink: 'Pink', red: 'Red', purple: 'Purple', blue: 'Blue', teal: 'Teal', green: 'Green', gray: 'Grey', white: 'White' },
  phases: { pre_purchase: 'Before buying', purchase: 'Buying', post_purchase: 'After buying' },
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

/** A 2D context that records the text it is asked to fill and ignores the rest. */
function recordingContext(): { ctx: CanvasRenderingContext2D; texts: Array<{ text: string; font: string; direction: string }> } {
  const texts: Array<{ text: string; font: string; direction: string }> = []
  const state: Record<string | symbol, unknown> = {}
  const ctx = new Proxy(state, {
    get(target, key) {
      if (key === 'fillText') return (t: string) => texts.push({ text: t, font: String(target.font), direction: String(target.direction) })
      if (key in target) return target[key]
      return () => {}
    },
    set(target, key, value) {
      target[key] = value
      return true
    },
  }) as unknown as CanvasRenderingContext2D
  return { ctx, texts }
}

function sampleProject() {
  const map = makeMap('Lines', [{ name: 'Buy' }], [{ kind: 'pain_points', title: 'Pain' }, { kind: 'actions', title: 'Do' }])
  const [stage] = map.stages
  const cards: Card[] = []
  let order = 0
  for (const [script, note] of Object.entries(NOTES)) {
    // In a pain-points lane a note always carries its badge row; in an actions lane only with a channel, votes…
    cards.push({ ...makeCard({ stageId: stage!.id, laneId: map.lanes[0]!.id, order: order++, text: note }), id: `pain-${script}` })
    cards.push({ ...makeCard({ stageId: stage!.id, laneId: map.lanes[1]!.id, order: order++, text: note }), id: `plain-${script}` })
    cards.push({ ...makeCard({ stageId: stage!.id, laneId: map.lanes[1]!.id, order: order++, text: `${note} ${note}` }), id: `long-${script}`, votes: 3 })
  }
  map.cards = cards
  return makeProject('p', map, new Date(0))
}

describe('board and print wrap a note alike', () => {
  const project = sampleProject()
  const map = project.maps[0]!
  const poster = buildPoster({ project, map, direction: 'ltr', locale: 'en', date: '', labels, measure })
  const noteCtx: NoteContext = {
    channels: new Map(),
    teams: new Map(),
    laneKinds: new Map(map.lanes.map((l) => [l.id, l.kind])),
    rtl: false,
    phaseLabel: (p) => labels.phases[p],
  }

  function printedLines(cardId: string): string[] {
    const laid = poster.layout.cardsById.get(cardId)!
    const x = laid.rect.x + poster.mapOrigin.x
    const y = laid.rect.y + poster.mapOrigin.y
    return poster.ops
      .filter((o): o is Extract<DrawOp, { op: 'text' }> => o.op === 'text' && o.size === NOTE_TEXT.size)
      .filter((o) => o.x >= x && o.x <= x + laid.rect.width && o.y >= y && o.y <= y + laid.rect.height)
      .map((o) => o.text)
  }

  function paintedLines(card: Card): { lines: string[]; rtl: boolean } {
    const laid = poster.layout.cardsById.get(card.id)!
    const { ctx, texts } = recordingContext()
    paintNote(ctx, card, laid.rect, noteCtx, text)
    const body = texts.filter((t) => t.font.startsWith(`400 ${NOTE_TEXT.size}px`))
    return { lines: body.map((t) => t.text), rtl: body.some((t) => t.direction === 'rtl') }
  }

  for (const script of Object.keys(NOTES)) {
    it(`${script}: same lines on the board and on paper`, () => {
      for (const kind of ['pain', 'plain', 'long']) {
        const card = map.cards.find((c) => c.id === `${kind}-${script}`)!
        const board = paintedLines(card)
        const paper = printedLines(card.id)
        expect(board.lines.length, `${kind}: wraps onto several lines`).toBeGreaterThan(1)
        expect(paper, `${kind}-${script}`).toEqual(board.lines)
        expect(board.rtl).toBe(script === 'persian')
      }
      // The badge row takes a line's room: a pain point shows fewer lines than the same text without badges.
      const pain = paintedLines(map.cards.find((c) => c.id === `pain-${script}`)!).lines
      const plain = paintedLines(map.cards.find((c) => c.id === `plain-${script}`)!).lines
      expect(pain.length).toBeLessThanOrEqual(plain.length)
    })
  }
})
