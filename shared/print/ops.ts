/** The print draws shared/look's display list (one look for screen and paper). */
export { bounds, type DrawOp, type Paint } from '../look/ops'
export type { FontMeasure } from '../look/fonts'
