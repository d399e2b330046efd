/** Print colours: the map's own (shared/look), plus the poster's header band and page furniture. */
import { INK as MAP_INK, NOTE_PAPER } from '../look/palette'

export { LANE_ACCENT, tint } from '../look/palette'
export { emotionColor as emotionFill } from '../look/emotion'
/** Note colours are the board's own. */
export const NOTE_FILL = NOTE_PAPER

export const INK = MAP_INK.text
export const MUTED = '#5d6678'
export const GRID_LINE = '#d3d8e1'
export const HEADER_FILL = '#26324a'
export const HEADER_INK = '#ffffff'
export const HEADER_MUTED = '#c5cee0'
