/** Print colours. */
import { LANE_ACCENT, NOTE_PAPER } from '../theme/palette'

/** Note and lane colours are the board's own (shared/theme/palette.ts). */
export const NOTE_FILL = NOTE_PAPER
export { LANE_ACCENT }

export const INK = '#1f2430'
export const MUTED = '#5d6678'
export const GRID_LINE = '#d3d8e1'
export const HEADER_FILL = '#26324a'
export const HEADER_INK = '#ffffff'
export const HEADER_MUTED = '#c5cee0'

/** −2 … +2 */
export const EMOTION_FILL = ['#e5484d', '#f2994a', '#f5c542', '#93c94d', '#30a46c'] as const

export function emotionFill(score: number): string {
  const i = Math.max(0, Math.min(4, Math.round(score) + 2))
  return EMOTION_FILL[i] as string
}

/** A light tint of a #rrggbb colour (mixed with white), for lane header backgrounds. */
export function tint(hex: string, amount: number): string {
  const full = hex.length === 4 ? `#${hex[1]}${hex[1]}${hex[2]}${hex[2]}${hex[3]}${hex[3]}` : hex
  const n = parseInt(full.slice(1), 16)
  const mix = (c: number) => Math.round(c + (255 - c) * (1 - amount))
  const r = mix((n >> 16) & 255)
  const g = mix((n >> 8) & 255)
  const b = mix(n & 255)
  return `#${((1 << 24) | (r << 16) | (g << 8) | b).toString(16).slice(1)}`
}
