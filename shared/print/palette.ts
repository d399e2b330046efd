/** Print colours. Note colours match the board's (renderer/styles.css --note-*). */
import type { LaneKind, NoteColor } from '../model'

export const NOTE_FILL: Record<NoteColor, string> = {
  yellow: '#fff3a3',
  orange: '#ffd59e',
  pink: '#ffc9de',
  red: '#ffb3ad',
  purple: '#e0ccff',
  blue: '#bfe0ff',
  teal: '#b5eee4',
  green: '#cdf0b5',
  gray: '#e4e6eb',
  white: '#ffffff',
}

/** Each lane kind has its own accent, shown on its header and in the legend. */
export const LANE_ACCENT: Record<LaneKind, string> = {
  actions: '#2f6fde',
  touchpoints: '#0e8fc6',
  thoughts: '#7c4dde',
  emotions: '#e08a00',
  pain_points: '#d64545',
  opportunities: '#16a06a',
  teams: '#5257d6',
  metrics: '#5b6b82',
  frontstage: '#0f9d8f',
  backstage: '#9a48c9',
  support: '#7a6a5c',
  free: '#8a94a6',
}

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
