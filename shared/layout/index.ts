export * from './metrics'
export * from './geometry'
export type * from './types'
export { cellFlow, neededHeight, slotRect, type CellFlow } from './cell-flow'
export { layoutMap, cellKey, resolveDirection } from './layout-map'
export { emotionCurve, monotoneCurve, previewCurve, scoreFromY, scoreToY, snapScore, type EmotionDragPreview } from './emotion-curve'
export { routeLink, routeLinks, routesWithMovedCards } from './link-routes'
export { SpatialIndex } from './spatial-index'
export { cardAtPoint, cardsInRect, cellAtPoint, dropIndex, dropIndicator, dropTarget, hitTestCell, visibleCards, type CellHit, type DropTarget } from './hit-test'
export { cardsBounds, insertionPoint, neighbourCard, neighbourCell, type ArrowDirection, type CellRef, type InsertionPoint } from './navigation'
export { breakUnits, wrapText, type Measure, type WrapOptions, type WrappedText } from './text-wrap'
export {
  addButtons,
  boardExtent,
  emotionPlaceholders,
  isPlaceholderId,
  linkHandle,
  linkHandleReach,
  PLACEHOLDER_PREFIX,
  type EmotionPlaceholder,
  type LinkHandle,
} from './board-controls'
export { distance, emotionAt, headerAt, hitTestBoard, laneAtY, linkAtPoint, stageAtX, type BoardHit, type BoardHitKind, type HitOptions } from './board-hit'
export { reorderTarget, resizeTarget, STRUCTURE_LIMITS, type ReorderTarget, type ResizeTarget, type StructureAxis } from './structure-drag'
