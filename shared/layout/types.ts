import type { Card, EmotionPoint, LaneKind, Stage } from '../model'
import type { CellFlow } from './cell-flow'
import type { BezierSegment, Point, Rect } from './geometry'
import type { Gaps, HeaderSizes, Size } from './metrics'
import type { SpatialIndex } from './spatial-index'

export type LayoutDirection = 'ltr' | 'rtl'

/** Height of `text` wrapped at `maxWidth`, in board units; the board passes a Konva/canvas measure. */
export type TextMeasure = (text: string, maxWidth: number, role: 'stageName' | 'customerGoal' | 'businessGoal') => number

export interface LayoutOptions {
  /** The caller resolves the map's 'auto' direction from the UI language. */
  direction: LayoutDirection
  cardSize?: Size
  gaps?: Partial<Gaps>
  headerSizes?: Partial<HeaderSizes>
  /** When given, stage headers grow to fit their wrapped name and goals. */
  measure?: TextMeasure
}

export interface ResolvedMetrics {
  cardSize: Size
  gaps: Gaps
  headerSizes: HeaderSizes
  /** The stage header band's actual height (≥ headerSizes.stageHeader). */
  stageHeaderHeight: number
}

export interface StageColumn {
  stageId: string
  stage: Stage
  index: number
  x: number
  width: number
  /** The whole header cell of the stage. */
  header: Rect
  name: Rect
  customerGoal: Rect
  businessGoal: Rect
}

export interface LaneRow {
  laneId: string
  kind: LaneKind
  index: number
  y: number
  /** Grown to fit the tallest cell; never less than the lane's own height. */
  height: number
  header: Rect
}

export interface CellLayout {
  stageId: string
  laneId: string
  rect: Rect
  flow: CellFlow
  /** Card ids in display order. */
  cardIds: string[]
}

export interface CardLayout {
  cardId: string
  card: Card
  stageId: string
  laneId: string
  /** Position in its cell's display order. */
  index: number
  rect: Rect
}

export interface EmotionCurvePoint extends Point {
  point: EmotionPoint
  score: number
}

export interface EmotionCurve {
  laneId: string
  /** Where the curve may go: the lane across all stage columns. */
  area: Rect
  /** Sorted by x (left to right on the board, whatever the reading direction). */
  points: EmotionCurvePoint[]
  segments: BezierSegment[]
  /** y of score 0, for the neutral line and the positive/negative fill. */
  zeroY: number
}

export type Side = 'left' | 'right' | 'top' | 'bottom'

export interface LinkRoute {
  linkId: string
  fromCardId: string
  toCardId: string
  /** One cubic curve from an edge of the source card to an edge of the target card. */
  curve: BezierSegment
  fromSide: Side
  toSide: Side
  /** The arrow head: its tip touches the target card; angle (radians) it points along. */
  arrow: { tip: Point; angle: number }
  /** Middle of the curve, for the link's label. */
  labelAt: Point
}

export interface MapLayout {
  direction: LayoutDirection
  metrics: ResolvedMetrics
  /** The whole board, from (0, 0). */
  bounds: Rect
  /** The empty corner where the stage header band meets the lane header column. */
  corner: Rect
  /** The stages × lanes area holding the cells. */
  grid: Rect
  stages: StageColumn[]
  lanes: LaneRow[]
  cells: CellLayout[]
  cards: CardLayout[]
  cellsByKey: ReadonlyMap<string, CellLayout>
  cardsById: ReadonlyMap<string, CardLayout>
  emotionCurves: EmotionCurve[]
  links: LinkRoute[]
  index: SpatialIndex
}
