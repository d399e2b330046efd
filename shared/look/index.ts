/**
 * How the map looks, defined once for every surface: the board's canvas, the
 * print view, the PNG and SVG exports and the DOM panels. Pure data and
 * display lists; the renderer only turns them into pixels or SVG.
 */
export { textDirection, isRtlText } from './direction'
export { EMOTION_COLORS, EMOTION_SCORES, emotionColor, faceOps } from './emotion'
export { cssFont, fontStack, FONT_FAMILIES, FONT_STACK, FONT_STACK_RTL, type FontMeasure, type FontWeight } from './fonts'
export { EMOTION_REASON, EMOTION_REASON_WIDTH, goalText, LANE_KIND, LANE_TITLE, LINK_LABEL, LINK_LABEL_WIDTH, STAGE_GOAL, STAGE_NAME, stageHeaderMeasure, type HeaderLabels } from './headers'
export { channelIconOps, laneIconOps } from './icons'
export { hasBadges, NOTE_TEXT, noteLines, noteMaxLines, noteOps, type NoteContext, type NoteRect } from './note'
export { BASELINE, bounds, r2, type DrawOp, type Paint, type TextOp } from './ops'
export { INK, LANE_ACCENT, LANE_TINT, NOTE_EDGE, NOTE_FOLD, NOTE_PAPER, tint } from './palette'
export { PathBuilder } from './path-data'
export { lineOps, wrapLines, type TextAlign, type TextStyle, type WrappedLines } from './text'
