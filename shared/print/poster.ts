/**
 * The poster: title block, the map, and its legend, as one display list in
 * board units. Built from shared/layout (the same rectangles the board
 * draws) and shared/look (the same notes, faces, header specs and line
 * breaks), so the print and the board show every note alike.
 */
import type { JourneyMap, LaneKind, MapType, NoteColor, Phase, Project } from '../model'
import { layoutMap, wrapText, type CardLayout, type LayoutDirection, type MapLayout, type Rect } from '../layout'
import {
  faceOps,
  isRtlText,
  LANE_ACCENT,
  LANE_KIND,
  LANE_TITLE,
  LINK_LABEL,
  LINK_LABEL_WIDTH,
  EMOTION_REASON,
  EMOTION_REASON_WIDTH,
  lineOps,
  NOTE_PAPER,
  noteOps,
  STAGE_GOAL,
  STAGE_NAME,
  stageHeaderMeasure,
  wrapLines,
  type DrawOp,
  type FontMeasure,
  type NoteContext,
  type TextStyle,
} from '../look'
import { GRID_LINE, HEADER_FILL, HEADER_INK, HEADER_MUTED, INK, MUTED, tint } from './palette'

export interface PosterLabels {
  laneKinds: Record<LaneKind, string>
  mapTypes: Record<MapType, string>
  colors: Record<NoteColor, string>
  phases: Record<Phase, string>
  /** Index 0 … 4 for scores −2 … +2. */
  emotions: [string, string, string, string, string]
  persona: string
  customerGoal: string
  businessGoal: string
  legendLanes: string
  legendColors: string
  legendTeams: string
  legendEmotions: string
  untitled: string
}

export interface PosterInput {
  project: Project
  map: JourneyMap
  /** Lanes to print, in map order; all when omitted. */
  laneIds?: readonly string[]
  direction: LayoutDirection
  locale: string
  /** Already formatted for the reader. */
  date: string
  labels: PosterLabels
  measure: FontMeasure
  titleBlock?: boolean
  legend?: boolean
}

export interface Poster {
  width: number
  height: number
  ops: DrawOp[]
  /** Where the map's (0, 0) sits on the poster. */
  mapOrigin: { x: number; y: number }
  layout: MapLayout
  /** A sticky note's width in board units (for the fixed card-width scale). */
  cardUnits: number
  /** Every card text line drawn, for tests and search. */
  cardCount: number
}

const PAD = 32
const TITLE_SIZE = 40
const META_SIZE = 16
const LEGEND = { title: 17, item: 15, row: 28, perColumn: 6, gap: 56 }

type Align = 'left' | 'center' | 'right'

interface Ctx {
  ops: DrawOp[]
  measure: FontMeasure
  locale: string
  rtlMap: boolean
}

/** Wrapped lines of a paragraph, drawn inside `box` from `top`; returns the y after the last line. */
function paragraph(
  ctx: Ctx,
  text: string,
  box: { x: number; width: number },
  top: number,
  font: { size: number; lineHeight: number; weight?: 400 | 700; maxLines: number; fill: string },
  align?: Align,
): number {
  if (!text || box.width <= 4) return top
  const style: TextStyle = { size: font.size, lineHeight: font.lineHeight, maxLines: font.maxLines, weight: font.weight ?? 400 }
  const wrapped = wrapLines(text, box.width, font.maxLines, style, ctx.measure, ctx.locale)
  const ops = lineOps(wrapped, box, top, style, font.fill, align === 'center' ? 'center' : 'start')
  if (align === 'left' || align === 'right') {
    // A physical side asked for (legend and title follow the map's direction, not the text's).
    const x = align === 'left' ? box.x : box.x + box.width
    for (const o of ops) if (o.op === 'text') Object.assign(o, { x, align })
  }
  ctx.ops.push(...ops)
  return top + wrapped.lines.length * font.lineHeight
}

/** A note as the board draws it (shared/look), with a soft offset shadow for paper. */
function cardOps(ctx: Ctx, laid: CardLayout, ox: number, oy: number, notes: NoteContext): void {
  const r = { x: laid.rect.x + ox, y: laid.rect.y + oy, width: laid.rect.width, height: laid.rect.height }
  ctx.ops.push({ op: 'rect', x: r.x + 1.2, y: r.y + 2.4, width: r.width, height: r.height, radius: 4, fill: '#1f2430', opacity: 0.13 })
  ctx.ops.push(...noteOps(laid.card, r, notes, ctx.measure))
}

function mapOps(ctx: Ctx, project: Project, map: JourneyMap, layout: MapLayout, labels: PosterLabels, ox: number, oy: number): void {
  const { ops } = ctx
  const rtl = layout.direction === 'rtl'
  const lanesById = new Map(map.lanes.map((l) => [l.id, l]))
  const notes: NoteContext = {
    channels: new Map(project.channels.map((c) => [c.id, c])),
    teams: new Map(project.teams.map((t) => [t.id, t])),
    laneKinds: new Map(map.lanes.map((l) => [l.id, l.kind])),
    rtl,
    phaseLabel: (phase) => labels.phases[phase],
  }
  const at = (r: Rect): Rect => ({ x: r.x + ox, y: r.y + oy, width: r.width, height: r.height })

  // Cells, with every other stage column tinted so columns read down the wall.
  for (const cell of layout.cells) {
    const stage = layout.stages.find((s) => s.stageId === cell.stageId)
    ops.push({ op: 'rect', ...at(cell.rect), fill: (stage?.index ?? 0) % 2 ? '#f5f6f9' : '#ffffff', stroke: GRID_LINE, strokeWidth: 1 })
  }
  // Stage header band.
  ops.push({ op: 'rect', ...at(layout.corner), fill: HEADER_FILL })
  for (const col of layout.stages) {
    ops.push({ op: 'rect', ...at(col.header), fill: HEADER_FILL, stroke: '#3d4a66', strokeWidth: 1 })
    const name = at(col.name)
    paragraph(ctx, col.stage.name, name, name.y, { ...STAGE_NAME, weight: 700, fill: HEADER_INK })
    const goal = (label: string, text: string, rect: Rect) => {
      if (!text) return
      const r = at(rect)
      paragraph(ctx, `${label}: ${text}`, r, r.y, { ...STAGE_GOAL, maxLines: Math.max(1, Math.floor(r.height / STAGE_GOAL.lineHeight)), fill: HEADER_MUTED })
    }
    goal(labels.customerGoal, col.stage.customerGoal, col.customerGoal)
    goal(labels.businessGoal, col.stage.businessGoal, col.businessGoal)
  }
  // Lane headers: a tint and an accent strip of the lane kind's colour on the start edge.
  for (const row of layout.lanes) {
    const h = at(row.header)
    const accent = LANE_ACCENT[row.kind]
    ops.push({ op: 'rect', ...h, fill: tint(accent, 0.14), stroke: GRID_LINE, strokeWidth: 1 })
    ops.push({ op: 'rect', x: rtl ? h.x + h.width - 7 : h.x, y: h.y, width: 7, height: h.height, fill: accent })
    const lane = lanesById.get(row.laneId)
    const title = lane?.title || labels.laneKinds[row.kind]
    const inner = { x: h.x + (rtl ? 12 : 19), width: h.width - 31 }
    const align: Align = rtl ? 'right' : 'left'
    const next = paragraph(ctx, title, inner, h.y + 14, { ...LANE_TITLE, weight: 700, fill: INK }, align)
    if (lane?.title && lane.title !== labels.laneKinds[row.kind]) {
      paragraph(ctx, labels.laneKinds[row.kind], inner, next + 2, { ...LANE_KIND, fill: accent }, align)
    }
  }
  // Emotion curves: neutral line, the curve, and a face at each point with its reason.
  for (const curve of layout.emotionCurves) {
    const area = at(curve.area)
    ops.push({ op: 'path', d: `M${area.x} ${curve.zeroY + oy} H${area.x + area.width}`, stroke: '#aab2c0', strokeWidth: 1, dash: [6, 5], fill: 'none' })
    if (curve.segments.length) {
      const f = (p: { x: number; y: number }) => `${round(p.x + ox)} ${round(p.y + oy)}`
      const d = curve.segments.map((s, i) => `${i === 0 ? `M${f(s.from)} ` : ''}C${f(s.c1)} ${f(s.c2)} ${f(s.to)}`).join(' ')
      ops.push({ op: 'path', d, stroke: LANE_ACCENT.emotions, strokeWidth: 3.5, fill: 'none' })
    }
    for (const p of curve.points) {
      const cx = p.x + ox
      const cy = p.y + oy
      ops.push(...faceOps(cx, cy, 13, p.score))
      if (p.point.reason) {
        const below = cy + 40 < area.y + area.height
        const width = EMOTION_REASON_WIDTH
        const lines = wrapLines(p.point.reason, width, EMOTION_REASON.maxLines, EMOTION_REASON, ctx.measure, ctx.locale).lines.length
        const top = below ? cy + 16 : cy - 16 - lines * EMOTION_REASON.lineHeight
        paragraph(ctx, p.point.reason, { x: cx - width / 2, width }, top, { ...EMOTION_REASON, fill: MUTED }, 'center')
      }
    }
  }
  // Cards.
  for (const laid of layout.cards) cardOps(ctx, laid, ox, oy, notes)
  // Links on top of the cards: the customer's real, non-linear path.
  for (const link of layout.links) {
    const { from, c1, c2, to } = link.curve
    const f = (p: { x: number; y: number }) => `${round(p.x + ox)} ${round(p.y + oy)}`
    // A white halo under the line keeps note text it crosses readable.
    ops.push({ op: 'path', d: `M${f(from)} C${f(c1)} ${f(c2)} ${f(to)}`, stroke: '#ffffff', strokeWidth: 5, opacity: 0.8, fill: 'none' })
    ops.push({ op: 'path', d: `M${f(from)} C${f(c1)} ${f(c2)} ${f(to)}`, stroke: '#3d4a66', strokeWidth: 1.8, fill: 'none' })
    const { tip, angle } = link.arrow
    const L = 11
    const a1 = { x: tip.x - L * Math.cos(angle - 0.42), y: tip.y - L * Math.sin(angle - 0.42) }
    const a2 = { x: tip.x - L * Math.cos(angle + 0.42), y: tip.y - L * Math.sin(angle + 0.42) }
    ops.push({ op: 'path', d: `M${f(tip)} L${f(a1)} L${f(a2)} Z`, fill: '#3d4a66' })
    const label = map.links.find((l) => l.id === link.linkId)?.label
    if (label) {
      const w = Math.min(LINK_LABEL_WIDTH, ctx.measure(label, LINK_LABEL.size, LINK_LABEL.weight, isRtlText(label))) + 12
      const lx = link.labelAt.x + ox
      const ly = link.labelAt.y + oy
      const h = LINK_LABEL.lineHeight + 4
      ops.push({ op: 'rect', x: lx - w / 2, y: ly - h / 2, width: w, height: h, radius: h / 2, fill: '#ffffff', stroke: '#3d4a66', strokeWidth: 1 })
      paragraph(ctx, label, { x: lx - w / 2 + 6, width: w - 12 }, ly - LINK_LABEL.lineHeight / 2, { ...LINK_LABEL, fill: INK }, 'center')
    }
  }
  ops.push({ op: 'rect', x: ox, y: oy, width: layout.bounds.width, height: layout.bounds.height, fill: 'none', stroke: '#8b95a7', strokeWidth: 1.5 })
}

function round(n: number): number {
  return Math.round(n * 100) / 100
}

interface LegendItem {
  label: string
  swatch: { kind: 'strip'; color: string } | { kind: 'note'; color: string } | { kind: 'dot'; color: string } | { kind: 'face'; score: number }
}

function legendSections(project: Project, map: JourneyMap, labels: PosterLabels): Array<{ title: string; items: LegendItem[] }> {
  const sections: Array<{ title: string; items: LegendItem[] }> = []
  const kinds = [...new Set(map.lanes.map((l) => l.kind))]
  if (kinds.length) {
    sections.push({ title: labels.legendLanes, items: kinds.map((k) => ({ label: labels.laneKinds[k], swatch: { kind: 'strip', color: LANE_ACCENT[k] } })) })
  }
  const colors = (Object.keys(NOTE_PAPER) as NoteColor[]).filter((c) => map.cards.some((card) => card.color === c))
  if (colors.length) {
    sections.push({ title: labels.legendColors, items: colors.map((c) => ({ label: labels.colors[c], swatch: { kind: 'note', color: NOTE_PAPER[c] } })) })
  }
  const used = new Set<string>()
  for (const card of map.cards) for (const id of card.teamIds) used.add(id)
  for (const stage of map.stages) for (const role of stage.teamRoles) used.add(role.teamId)
  const teams = project.teams.filter((t) => used.has(t.id))
  if (teams.length) sections.push({ title: labels.legendTeams, items: teams.map((t) => ({ label: t.name, swatch: { kind: 'dot', color: t.color } })) })
  if (map.lanes.some((l) => l.kind === 'emotions') || map.emotionPoints.length) {
    sections.push({
      title: labels.legendEmotions,
      items: [2, 1, 0, -1, -2].map((score) => ({ label: labels.emotions[score + 2] as string, swatch: { kind: 'face', score } })),
    })
  }
  return sections
}

/** Lays the legend out in columns; returns its size and a function that draws it at (x, y). */
function legendBlock(ctx: Ctx, sections: ReturnType<typeof legendSections>) {
  const columns: Array<{ width: number; draw: (x: number, y: number) => void }> = []
  let height = 0
  for (const section of sections) {
    const groups: LegendItem[][] = []
    for (let i = 0; i < section.items.length; i += LEGEND.perColumn) groups.push(section.items.slice(i, i + LEGEND.perColumn))
    const groupWidths = groups.map((g) => Math.min(260, Math.max(...g.map((it) => ctx.measure(it.label, LEGEND.item, 400, isRtlText(it.label)))) + 34))
    const titleWidth = ctx.measure(section.title, LEGEND.title, 700, isRtlText(section.title))
    const width = Math.max(titleWidth, groupWidths.reduce((a, b) => a + b + 16, -16))
    height = Math.max(height, 30 + Math.min(LEGEND.perColumn, section.items.length) * LEGEND.row)
    columns.push({
      width,
      draw: (x, y) => {
        const rtl = ctx.rtlMap
        const align: Align = rtl ? 'right' : 'left'
        paragraph(ctx, section.title, { x, width }, y, { size: LEGEND.title, lineHeight: 22, maxLines: 1, weight: 700, fill: INK }, align)
        let gx = rtl ? x + width : x
        groups.forEach((group, gi) => {
          const gw = groupWidths[gi] as number
          group.forEach((item, i) => {
            const cy = y + 30 + i * LEGEND.row + 10
            const sx = rtl ? gx - 11 : gx + 11
            const s = item.swatch
            if (s.kind === 'strip') ctx.ops.push({ op: 'rect', x: sx - 10, y: cy - 7, width: 20, height: 14, radius: 2, fill: tint(s.color, 0.14), stroke: s.color, strokeWidth: 3 })
            else if (s.kind === 'note') ctx.ops.push({ op: 'rect', x: sx - 10, y: cy - 8, width: 20, height: 16, radius: 2, fill: s.color, stroke: '#00000033', strokeWidth: 0.8 })
            else if (s.kind === 'dot') ctx.ops.push({ op: 'circle', cx: sx, cy, r: 7, fill: s.color })
            else ctx.ops.push(...faceOps(sx, cy, 10, s.score))
            const tx = rtl ? gx - 28 : gx + 28
            const { lines } = wrapText(item.label, { maxWidth: gw - 34, maxLines: 1, measure: (t) => ctx.measure(t, LEGEND.item, 400, isRtlText(item.label)), locale: ctx.locale })
            ctx.ops.push({ op: 'text', x: tx, y: cy + 4.5, text: lines[0] ?? '', size: LEGEND.item, weight: 400, fill: INK, align, rtl: isRtlText(item.label) })
          })
          gx += (rtl ? -1 : 1) * (gw + 16)
        })
      },
    })
  }
  const width = columns.reduce((a, c) => a + c.width + LEGEND.gap, -LEGEND.gap)
  return {
    width: Math.max(0, width),
    height,
    draw(x: number, y: number, totalWidth: number) {
      // Sections follow the reading direction.
      let cx = ctx.rtlMap ? x + totalWidth : x
      for (const col of columns) {
        if (ctx.rtlMap) cx -= col.width
        col.draw(cx, y)
        cx += ctx.rtlMap ? -LEGEND.gap : col.width + LEGEND.gap
      }
    },
  }
}

/** The map restricted to the chosen lanes (cards, links and emotion points of other lanes dropped). */
export function mapWithLanes(map: JourneyMap, laneIds?: readonly string[]): JourneyMap {
  if (!laneIds) return map
  const keep = new Set(laneIds)
  const lanes = map.lanes.filter((l) => keep.has(l.id))
  const cards = map.cards.filter((c) => keep.has(c.laneId))
  const cardIds = new Set(cards.map((c) => c.id))
  return {
    ...map,
    lanes,
    cards,
    links: map.links.filter((l) => cardIds.has(l.fromCardId) && cardIds.has(l.toCardId)),
    emotionPoints: map.emotionPoints.filter((p) => p.cardId === undefined || cardIds.has(p.cardId)),
  }
}

export function buildPoster(input: PosterInput): Poster {
  const { project, labels, measure, locale, direction } = input
  const map = mapWithLanes(input.map, input.laneIds)
  const ctx: Ctx = { ops: [], measure, locale, rtlMap: direction === 'rtl' }
  const layout = layoutMap(map, { direction, measure: stageHeaderMeasure(measure, labels, locale) })
  const titleBlock = input.titleBlock !== false
  const legend = input.legend !== false ? legendBlock(ctx, legendSections(project, map, labels)) : null
  const persona = project.personas.find((p) => p.id === map.personaId)
  const meta = [persona ? `${labels.persona}: ${persona.name}` : '', labels.mapTypes[map.type], input.date, project.name !== map.name ? project.name : '']
    .filter(Boolean)
    .join('  ·  ')
  const name = map.name || labels.untitled
  const titleWidth = titleBlock ? Math.max(measure(name, TITLE_SIZE, 700, isRtlText(name)), measure(meta, META_SIZE, 400, isRtlText(meta))) : 0
  const inner = Math.max(layout.bounds.width, legend?.width ?? 0, Math.min(titleWidth, 3000))
  const titleH = titleBlock ? 104 : 0
  const legendH = legend && legend.height > 0 ? legend.height + 40 : 0
  const width = inner + 2 * PAD
  const height = PAD + titleH + layout.bounds.height + legendH + PAD
  const ops = ctx.ops
  ops.push({ op: 'rect', x: 0, y: 0, width, height, fill: '#ffffff' })
  const rtl = direction === 'rtl'
  if (titleBlock) {
    const align: Align = rtl ? 'right' : 'left'
    const box = { x: PAD, width: inner }
    paragraph(ctx, name, box, PAD - 4, { size: TITLE_SIZE, lineHeight: 50, maxLines: 1, weight: 700, fill: INK }, align)
    paragraph(ctx, meta, box, PAD + 50, { size: META_SIZE, lineHeight: 22, maxLines: 1, fill: MUTED }, align)
    ops.push({ op: 'rect', x: PAD, y: PAD + titleH - 18, width: inner, height: 3, fill: HEADER_FILL })
  }
  const mapX = PAD + (rtl ? inner - layout.bounds.width : 0)
  const mapY = PAD + titleH
  mapOps(ctx, project, map, layout, labels, mapX, mapY)
  if (legend && legendH) legend.draw(PAD, mapY + layout.bounds.height + 32, inner)
  return { width, height, ops, mapOrigin: { x: mapX, y: mapY }, layout, cardUnits: layout.metrics.cardSize.width, cardCount: layout.cards.length }
}

