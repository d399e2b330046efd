/**
 * The map's colours, in one place: the board, the printout, the exports and
 * the DOM panels all paint notes, lanes and faces from here, so a map looks
 * the same on screen and on the wall.
 */
import type { LaneKind, NoteColor } from '../model'

/** Sticky-note paper colours. */
export const NOTE_PAPER: Record<NoteColor, string> = {
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

/** A darker edge of each paper colour (the folded bottom of a real sticky note). */
export const NOTE_EDGE: Record<NoteColor, string> = {
  yellow: '#e8d870',
  orange: '#efb46a',
  pink: '#ee9fbf',
  red: '#ec8a82',
  purple: '#c3a6f0',
  blue: '#8fc2ef',
  teal: '#84d6c8',
  green: '#a6d987',
  gray: '#c4c8d0',
  white: '#d9dde5',
}

/** The folded bottom band of a note: its edge colour over its paper at 35 %, opaque (transparency costs a PDF dearly). */
export const NOTE_FOLD: Record<NoteColor, string> = Object.fromEntries(
  (Object.keys(NOTE_PAPER) as NoteColor[]).map((c) => [c, mix(NOTE_EDGE[c], NOTE_PAPER[c], 0.35)]),
) as Record<NoteColor, string>

function mix(top: string, under: string, alpha: number): string {
  const a = parseInt(top.slice(1), 16)
  const b = parseInt(under.slice(1), 16)
  const ch = (shift: number) => Math.round(((a >> shift) & 255) * alpha + ((b >> shift) & 255) * (1 - alpha))
  return `#${((1 << 24) | (ch(16) << 16) | (ch(8) << 8) | ch(0)).toString(16).slice(1)}`
}

/** Each lane kind's accent: header icon and stripe, legend swatch. */
export const LANE_ACCENT: Record<LaneKind, string> = {
  actions: '#3355cc',
  touchpoints: '#2f6fdb',
  thoughts: '#7a4cc2',
  emotions: '#c2410c',
  pain_points: '#c0262d',
  opportunities: '#15803d',
  teams: '#0e7490',
  metrics: '#4b5563',
  frontstage: '#0369a1',
  backstage: '#475569',
  support: '#78716c',
  free: '#667085',
}

/** Each lane kind's cell tint on the board. */
export const LANE_TINT: Record<LaneKind, string> = {
  actions: '#fbfaf7',
  touchpoints: '#f5f8ff',
  thoughts: '#fbf8ff',
  emotions: '#fcfcfa',
  pain_points: '#fff4f3',
  opportunities: '#f2fbf4',
  teams: '#f7f9fb',
  metrics: '#f8f8fb',
  frontstage: '#f6fbff',
  backstage: '#f7f7fa',
  support: '#f9f8f5',
  free: '#fbfaf7',
}

/** Ink and marks of the map itself (notes, headers, arrows) on screen and paper. */
export const INK = {
  text: '#1f2430',
  muted: '#5b6474',
  /** Channel icons and phase labels on notes. */
  channel: '#1e3a8a',
  /** The dot-vote badge. */
  votes: '#b42318',
  link: '#3d4a63',
  /** A note's hairline edge, so white notes stay visible on white paper. */
  noteEdge: 'rgba(31, 36, 48, 0.16)',
} as const

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
