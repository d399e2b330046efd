/**
 * The map's colours, in one place: the board, the printout and the DOM panels
 * all paint notes and lanes from here, so a map looks the same on screen and
 * on the wall.
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
