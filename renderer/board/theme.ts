/** The board's look: paper colours, lane tints, fonts. One place, so the board stays consistent. */
import type { LaneKind, NoteColor } from '../../shared/model'
import { LANE_ACCENT, NOTE_PAPER } from '../../shared/theme/palette'

export { NOTE_PAPER }

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

export interface LaneLook {
  /** Cell background tint. */
  tint: string
  /** Accent for the header icon and stripe. */
  accent: string
}

export const LANE_LOOK: Record<LaneKind, LaneLook> = {
  actions: { tint: '#fbfaf7', accent: LANE_ACCENT.actions },
  touchpoints: { tint: '#f5f8ff', accent: LANE_ACCENT.touchpoints },
  thoughts: { tint: '#fbf8ff', accent: LANE_ACCENT.thoughts },
  emotions: { tint: '#fcfcfa', accent: LANE_ACCENT.emotions },
  pain_points: { tint: '#fff4f3', accent: LANE_ACCENT.pain_points },
  opportunities: { tint: '#f2fbf4', accent: LANE_ACCENT.opportunities },
  teams: { tint: '#f7f9fb', accent: LANE_ACCENT.teams },
  metrics: { tint: '#f8f8fb', accent: LANE_ACCENT.metrics },
  frontstage: { tint: '#f6fbff', accent: LANE_ACCENT.frontstage },
  backstage: { tint: '#f7f7fa', accent: LANE_ACCENT.backstage },
  support: { tint: '#f9f8f5', accent: LANE_ACCENT.support },
  free: { tint: '#fbfaf7', accent: LANE_ACCENT.free },
}

export const BOARD_COLORS = {
  background: '#eceae4',
  grid: '#d9d6ce',
  headerFill: '#ffffff',
  headerLine: '#cfd3db',
  ink: '#1f2430',
  muted: '#5b6474',
  accent: '#3355cc',
  selection: '#2f5bea',
  selectionFill: 'rgba(47, 91, 234, 0.08)',
  drop: '#2f5bea',
  link: '#3d4a63',
  positive: '#2e9d57',
  negative: '#d64545',
  neutral: '#8a94a6',
}

export const FONT_FAMILY = '"Noto Sans", "Vazirmatn", "Noto Sans SC", sans-serif'
export const FONT_FAMILY_RTL = '"Vazirmatn", "Noto Sans", "Noto Sans SC", sans-serif'

export function font(size: number, bold = false, rtl = false): string {
  return `${bold ? '700 ' : ''}${size}px ${rtl ? FONT_FAMILY_RTL : FONT_FAMILY}`
}

/** Card text metrics (board units). */
export const CARD_TEXT = { size: 15, lineHeight: 20, padding: 10, badgeRow: 24 }
