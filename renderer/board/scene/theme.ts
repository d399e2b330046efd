/** The board's own chrome (grid, headers, selection, drop marks); the map's colours come from shared/look. */
import { emotionColor, INK } from '../../../shared/look'

export const BOARD_COLORS = {
  background: '#eceae4',
  grid: '#d9d6ce',
  headerFill: '#ffffff',
  headerLine: '#cfd3db',
  corner: '#f3f2ee',
  ink: INK.text,
  muted: INK.muted,
  accent: '#3355cc',
  selection: '#2f5bea',
  selectionFill: 'rgba(47, 91, 234, 0.08)',
  hover: 'rgba(47, 91, 234, 0.45)',
  drop: '#2f5bea',
  link: INK.link,
  positive: emotionColor(2),
  negative: emotionColor(-2),
  neutral: emotionColor(0),
}
