/** Print colours: the map's own come from shared/look; these are the poster's header band and page furniture. */
import { INK as MAP_INK } from '../look/palette'

export { LANE_ACCENT, tint } from '../look/palette'

export const INK = MAP_INK.text
export const MUTED = '#5d6678'
export const GRID_LINE = '#d3d8e1'
export const HEADER_FILL = '#26324a'
export const HEADER_INK = '#ffffff'
export const HEADER_MUTED = '#c5cee0'
