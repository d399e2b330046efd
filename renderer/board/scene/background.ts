/**
 * The static scene: lane tints, grid, stage and lane headers (names, goals,
 * icons, team legend, emotion scale), team chips, the add buttons, resize
 * guides. One Konva custom shape draws it, walking only what is in view.
 * Pure drawing from shared/layout and shared/look: no state of its own.
 */
import type { MapLayout, Rect, StageColumn } from '../../../shared/layout'
import { addButtons, rectsIntersect } from '../../../shared/layout'
import { faceOps, goalText, LANE_ACCENT, LANE_TINT, LANE_TITLE, laneIconOps, STAGE_GOAL, STAGE_NAME } from '../../../shared/look'
import type { JourneyMap, Project, Stage } from '../../../shared/model'
import { paintOps } from '../../services/canvas-ops'
import { drawLines, setFont } from './canvas-text'
import { wrapFor } from './text'
import { BOARD_COLORS } from './theme'

type C = CanvasRenderingContext2D

export interface Labels {
  customerGoal: string
  businessGoal: string
  laneTitle(kind: string, title: string): string
  teamLegend: string
  addStage: string
  addLane: string
  /** The UI language: header text wraps as the printout wraps it. */
  locale: string
}

function drawPlus(c: C, r: Rect, label: string, scale: number): void {
  c.fillStyle = '#ffffff'
  c.strokeStyle = BOARD_COLORS.accent
  c.lineWidth = 2 / Math.max(scale, 0.3)
  c.setLineDash([6 / scale, 4 / scale])
  c.beginPath()
  c.roundRect(r.x, r.y, r.width, r.height, r.width / 4)
  c.fill()
  c.stroke()
  c.setLineDash([])
  c.beginPath()
  const m = r.width * 0.28
  c.moveTo(r.x + m, r.y + r.height / 2)
  c.lineTo(r.x + r.width - m, r.y + r.height / 2)
  c.moveTo(r.x + r.width / 2, r.y + m)
  c.lineTo(r.x + r.width / 2, r.y + r.height - m)
  c.lineWidth = Math.max(2, r.width / 12)
  c.lineCap = 'round'
  c.stroke()
  void label
}

export interface BackgroundInput {
  layout: MapLayout
  map: JourneyMap
  project: Project
  view: Rect
  scale: number
  labels: Labels
  /** Structure being previewed (resize): widths/heights drawn as lines only. */
  guides: Rect[]
}

export function drawBackground(c: C, input: BackgroundInput): void {
  const { layout, project, view, scale, labels } = input
  const hair = 1 / scale
  // No fill for the space around the map: the board's CSS background shows through (one full-screen fill less per frame).
  // Cells, tinted by lane kind.
  // Lane rows tinted by kind: one fill per row, clipped to the view.
  for (const lane of layout.lanes) {
    const row = { x: layout.grid.x, y: lane.y, width: layout.grid.width, height: lane.height }
    if (!rectsIntersect(row, view)) continue
    const x0 = Math.max(row.x, view.x)
    const x1 = Math.min(row.x + row.width, view.x + view.width)
    const y0 = Math.max(row.y, view.y)
    const y1 = Math.min(row.y + row.height, view.y + view.height)
    c.fillStyle = LANE_TINT[lane.kind]
    c.fillRect(x0, y0, x1 - x0, y1 - y0)
  }
  // Grid lines.
  c.strokeStyle = BOARD_COLORS.grid
  c.lineWidth = hair
  c.beginPath()
  const top = Math.max(0, view.y)
  const bottom = Math.min(layout.bounds.height, view.y + view.height)
  const left = Math.max(0, view.x)
  const right = Math.min(layout.bounds.width, view.x + view.width)
  for (const s of layout.stages) {
    for (const x of [s.x, s.x + s.width]) {
      if (x < view.x || x > view.x + view.width) continue
      c.moveTo(x, top)
      c.lineTo(x, bottom)
    }
  }
  for (const y of [...layout.lanes.map((l) => l.y), layout.bounds.height]) {
    if (y < view.y || y > view.y + view.height) continue
    c.moveTo(left, y)
    c.lineTo(right, y)
  }
  c.stroke()

  // Corner.
  c.fillStyle = '#f3f2ee'
  c.fillRect(layout.corner.x, layout.corner.y, layout.corner.width, layout.corner.height)

  // Stage headers.
  for (const s of layout.stages) {
    if (!rectsIntersect(s.header, view)) continue
    drawStageHeader(c, s, labels, hair)
  }

  // Lane headers.
  const teams = project.teams
  for (const lane of layout.lanes) {
    if (!rectsIntersect(lane.header, view)) continue
    const accent = LANE_ACCENT[lane.kind]
    const h = lane.header
    c.fillStyle = BOARD_COLORS.headerFill
    c.fillRect(h.x, h.y, h.width, h.height)
    c.fillStyle = accent
    const rtl = layout.direction === 'rtl'
    c.fillRect(rtl ? h.x + h.width - 5 : h.x, h.y, 5, h.height)
    c.strokeStyle = BOARD_COLORS.headerLine
    c.lineWidth = hair
    c.strokeRect(h.x, h.y, h.width, h.height)
    const iconX = rtl ? h.x + h.width - 16 - 26 : h.x + 16
    paintOps(c, laneIconOps(lane.kind, iconX, h.y + 14, 26, accent))
    const laneModel = input.map.lanes[lane.index]
    const title = labels.laneTitle(lane.kind, laneModel?.title ?? '')
    drawLines(c, title, { x: h.x + 16, y: h.y + 46, width: h.width - 32, height: LANE_TITLE.lineHeight * 3 }, LANE_TITLE, BOARD_COLORS.ink, labels.locale)
    if (lane.kind === 'teams' && teams.length > 0) {
      // The team legend: one coloured chip per team.
      let y = h.y + 46 + LANE_TITLE.lineHeight + 10
      for (const team of teams) {
        if (y + 18 > h.y + h.height - 6) break
        const dotX = rtl ? h.x + h.width - 16 - 12 : h.x + 16
        c.fillStyle = team.color
        c.beginPath()
        c.roundRect(dotX, y + 3, 12, 12, 3)
        c.fill()
        drawLines(c, team.name, { x: rtl ? h.x + 16 : h.x + 34, y, width: h.width - 50, height: 18 }, { size: 12, lineHeight: 18, maxLines: 1, weight: 400 }, BOARD_COLORS.muted)
        y += 20
      }
    }
    if (lane.kind === 'emotions') {
      // The score scale, +2 at the top to −2 at the bottom, next to the lane.
      const curve = layout.emotionCurves.find((e) => e.laneId === lane.laneId)
      if (curve) {
        const fx = rtl ? h.x + 22 : h.x + h.width - 22
        for (const score of [2, 0, -2]) {
          const y = curve.area.y + ((2 - score) / 4) * (curve.area.height - 2 * Math.min(28, curve.area.height / 4)) + Math.min(28, curve.area.height / 4)
          paintOps(c, faceOps(fx, y, 9, score))
        }
      }
    }
  }

  // Responsible teams per stage: chips for the teams acting in that stage, at the bottom of the teams cells.
  const teamById = new Map(teams.map((t) => [t.id, t]))
  for (const lane of layout.lanes) {
    if (lane.kind !== 'teams') continue
    for (const s of layout.stages) {
      const roles = s.stage.teamRoles
      if (roles.length === 0) continue
      const cell = layout.cellsByKey.get(`${s.stageId}\u0000${lane.laneId}`)
      if (!cell || !rectsIntersect(cell.rect, view)) continue
      drawTeamChips(c, cell.rect, cell.cardIds.length, cell.flow, roles, teamById, layout.direction === 'rtl')
    }
  }

  const buttons = addButtons(layout, scale)
  drawPlus(c, buttons.stage, labels.addStage, scale)
  drawPlus(c, buttons.lane, labels.addLane, scale)
  // Resize guides.
  c.strokeStyle = BOARD_COLORS.selection
  c.lineWidth = 2 / scale
  for (const g of input.guides) c.strokeRect(g.x, g.y, g.width, g.height)
}

function drawTeamChips(
  c: C,
  cell: Rect,
  cardCount: number,
  flow: { columns: number; cardHeight: number; gap: number; padding: number },
  roles: Stage['teamRoles'],
  teams: ReadonlyMap<string, { name: string; color: string }>,
  rtl: boolean,
): void {
  const rows = Math.ceil(cardCount / flow.columns)
  let y = cardCount === 0 ? cell.y + flow.padding : cell.y + flow.padding + rows * (flow.cardHeight + flow.gap)
  y = Math.min(y, cell.y + cell.height - 28)
  let x = rtl ? cell.x + cell.width - flow.padding : cell.x + flow.padding
  for (const role of roles) {
    const team = teams.get(role.teamId)
    if (!team) continue
    const label = role.role ? `${team.name} · ${role.role}` : team.name
    const w = wrapFor(label, 150, 1, 12, 700)
    setFont(c, w, 12, 700)
    const tw = Math.min(150, c.measureText(w.lines[0] ?? '').width) + 20
    if (rtl ? x - tw < cell.x + 8 : x + tw > cell.x + cell.width - 8) {
      x = rtl ? cell.x + cell.width - flow.padding : cell.x + flow.padding
      y += 26
      if (y + 22 > cell.y + cell.height) break
    }
    const left = rtl ? x - tw : x
    c.fillStyle = team.color
    c.beginPath()
    c.roundRect(left, y, tw, 22, 11)
    c.fill()
    c.fillStyle = '#ffffff'
    c.textBaseline = 'middle'
    c.textAlign = 'center'
    c.fillText(w.lines[0] ?? '', left + tw / 2, y + 11.5)
    x += rtl ? -(tw + 6) : tw + 6
  }
}

function drawStageHeader(c: C, s: StageColumn, labels: Labels, hair: number): void {
  const h = s.header
  c.fillStyle = BOARD_COLORS.headerFill
  c.fillRect(h.x, h.y, h.width, h.height)
  c.strokeStyle = BOARD_COLORS.headerLine
  c.lineWidth = hair
  c.strokeRect(h.x, h.y, h.width, h.height)
  c.fillStyle = BOARD_COLORS.accent
  c.fillRect(h.x, h.y + h.height - 4, h.width, 4)
  drawLines(c, s.stage.name, s.name, STAGE_NAME, BOARD_COLORS.ink, labels.locale)
  drawLines(c, goalText(labels.customerGoal, s.stage.customerGoal), s.customerGoal, STAGE_GOAL, BOARD_COLORS.muted, labels.locale)
  drawLines(c, goalText(labels.businessGoal, s.stage.businessGoal), s.businessGoal, STAGE_GOAL, BOARD_COLORS.muted, labels.locale)
}
