import type { Card, JourneyMap, Stage } from '../model'
import { compareCellOrder } from '../commands/order'
import { cellFlow, neededHeight, slotRect, type CellFlow } from './cell-flow'
import { emotionCurve } from './emotion-curve'
import { mirrorRect, type Rect } from './geometry'
import { routeLinks } from './link-routes'
import { BUCKET_SIZE, CARD_SIZE, GAPS, HEADER_SIZES, type HeaderSizes } from './metrics'
import { SpatialIndex } from './spatial-index'
import type { CardLayout, CellLayout, LaneRow, LayoutDirection, LayoutOptions, MapLayout, ResolvedMetrics, StageColumn, TextMeasure } from './types'

/** A map's own direction wins; 'auto' follows the UI language's direction. */
export function resolveDirection(mapDirection: JourneyMap['direction'], uiDirection: LayoutDirection): LayoutDirection {
  return mapDirection === 'auto' ? uiDirection : mapDirection
}

/** Key of a cell in `cellsByKey`. */
export function cellKey(stageId: string, laneId: string): string {
  return `${stageId}\u0000${laneId}`
}

/**
 * Lays out a map: columns, rows, cells, cards, emotion curves, link routes
 * and a spatial index. Pure and deterministic — the board and the printer
 * call it with the same map and get the same picture. Everything is first
 * placed left to right; an RTL map then mirrors each column (and cards flow
 * from the right within their cells), so stage 0 is rightmost.
 */
export function layoutMap(map: JourneyMap, options: LayoutOptions): MapLayout {
  const rtl = options.direction === 'rtl'
  const headerSizes: HeaderSizes = { ...HEADER_SIZES, ...options.headerSizes }
  const gaps = { ...GAPS, ...options.gaps }
  const cardSize = options.cardSize ?? CARD_SIZE
  const headerHeights = stageHeaderHeights(map.stages, headerSizes, options.measure)
  const metrics: ResolvedMetrics = { cardSize, gaps, headerSizes, stageHeaderHeight: headerHeights.total }

  const gridWidth = map.stages.reduce((sum, s) => sum + s.width, 0)
  const boardWidth = headerSizes.laneHeader + gridWidth
  const place = (rect: Rect) => (rtl ? mirrorRect(rect, boardWidth) : rect)

  const flows = map.stages.map((s) => cellFlow(s.width, cardSize, gaps.card, gaps.cellPadding))
  const cellCards = new CardsByCell(map.cards)

  // Stage columns (LTR x first, mirrored for RTL).
  const stages: StageColumn[] = []
  let x = headerSizes.laneHeader
  map.stages.forEach((stage, index) => {
    const column = place({ x, y: 0, width: stage.width, height: headerHeights.total })
    stages.push(stageColumn(stage, index, column, headerSizes.headerPadding, headerHeights))
    x += stage.width
  })

  // Lane rows grow so their fullest cell fits.
  const lanes: LaneRow[] = []
  let y = headerHeights.total
  map.lanes.forEach((lane, index) => {
    let height = lane.height
    map.stages.forEach((stage, s) => {
      const count = cellCards.get(stage.id, lane.id)?.length ?? 0
      height = Math.max(height, neededHeight(flows[s] as CellFlow, count))
    })
    lanes.push({
      laneId: lane.id,
      kind: lane.kind,
      index,
      y,
      height,
      header: place({ x: 0, y, width: headerSizes.laneHeader, height }),
    })
    y += height
  })
  const boardHeight = y

  const cells: CellLayout[] = []
  const cards: CardLayout[] = []
  const cellsByKey = new Map<string, CellLayout>()
  const cardsById = new Map<string, CardLayout>()
  for (const row of lanes) {
    stages.forEach((column, s) => {
      const flow = flows[s] as CellFlow
      const key = cellKey(column.stageId, row.laneId)
      const inCell = cellCards.get(column.stageId, row.laneId) ?? []
      const rect = { x: column.x, y: row.y, width: column.width, height: row.height }
      const cell: CellLayout = { stageId: column.stageId, laneId: row.laneId, rect, flow, cardIds: inCell.map((c) => c.id) }
      cells.push(cell)
      cellsByKey.set(key, cell)
      inCell.forEach((card, index) => {
        const laid: CardLayout = {
          cardId: card.id,
          card,
          stageId: column.stageId,
          laneId: row.laneId,
          index,
          rect: slotRect(rect, flow, index, rtl),
        }
        cards.push(laid)
        cardsById.set(card.id, laid)
      })
    })
  }

  const stagesById = new Map(stages.map((s) => [s.stageId, s]))
  const gridX = rtl ? 0 : headerSizes.laneHeader
  const emotionCurves = lanes
    .filter((row) => row.kind === 'emotions')
    .map((row) =>
      emotionCurve(row.laneId, { x: gridX, y: row.y, width: gridWidth, height: row.height }, map.emotionPoints, stagesById, cardsById),
    )
  const bounds = { x: 0, y: 0, width: boardWidth, height: boardHeight }

  return {
    direction: options.direction,
    metrics,
    bounds,
    corner: place({ x: 0, y: 0, width: headerSizes.laneHeader, height: headerHeights.total }),
    grid: { x: gridX, y: headerHeights.total, width: gridWidth, height: boardHeight - headerHeights.total },
    stages,
    lanes,
    cells,
    cards,
    cellsByKey,
    cardsById,
    emotionCurves,
    links: routeLinks(map.links, cardsById),
    index: new SpatialIndex(cards, bounds, BUCKET_SIZE),
  }
}

/** Cards per cell (stage → lane → cards) in display order; nested maps avoid building a string key per card. */
class CardsByCell {
  private readonly byStage = new Map<string, Map<string, Card[]>>()

  constructor(cards: readonly Card[]) {
    for (const card of cards) {
      let byLane = this.byStage.get(card.stageId)
      if (!byLane) this.byStage.set(card.stageId, (byLane = new Map()))
      const group = byLane.get(card.laneId)
      if (group) group.push(card)
      else byLane.set(card.laneId, [card])
    }
    for (const byLane of this.byStage.values()) for (const group of byLane.values()) group.sort(compareCellOrder)
  }

  get(stageId: string, laneId: string): Card[] | undefined {
    return this.byStage.get(stageId)?.get(laneId)
  }
}

interface HeaderHeights {
  total: number
  name: number
  goal: number
}

/** One band height for all stage headers, grown to the tallest wrapped text when a measure is given. */
function stageHeaderHeights(stages: readonly Stage[], sizes: HeaderSizes, measure?: TextMeasure): HeaderHeights {
  let name = sizes.stageNameLine
  let goal = sizes.stageGoalLine
  if (measure) {
    for (const stage of stages) {
      const inner = Math.max(1, stage.width - 2 * sizes.headerPadding)
      name = Math.max(name, measure(stage.name, inner, 'stageName'))
      goal = Math.max(goal, measure(stage.customerGoal, inner, 'customerGoal'), measure(stage.businessGoal, inner, 'businessGoal'))
    }
  }
  const total = Math.max(sizes.stageHeader, 2 * sizes.headerPadding + name + 2 * goal)
  return { total, name, goal }
}

function stageColumn(stage: Stage, index: number, header: Rect, padding: number, heights: HeaderHeights): StageColumn {
  const inner = { x: header.x + padding, width: Math.max(0, header.width - 2 * padding) }
  const nameY = header.y + padding
  return {
    stageId: stage.id,
    stage,
    index,
    x: header.x,
    width: header.width,
    header,
    name: { ...inner, y: nameY, height: heights.name },
    customerGoal: { ...inner, y: nameY + heights.name, height: heights.goal },
    businessGoal: { ...inner, y: nameY + heights.name + heights.goal, height: heights.goal },
  }
}
