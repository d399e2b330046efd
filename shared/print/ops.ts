/**
 * The print display list is shared/look's (one look for screen and paper);
 * these names stay for the print code that grew up with them.
 */
import { FONT_STACK, FONT_STACK_RTL, fontStack } from '../look/fonts'

export { bounds, type DrawOp, type Paint } from '../look/ops'
export type { FontMeasure } from '../look/fonts'
export { isRtlText } from '../look/direction'
export const PRINT_FONT_FAMILY = FONT_STACK
export const PRINT_FONT_FAMILY_RTL = FONT_STACK_RTL
export const fontFamilyFor = fontStack
