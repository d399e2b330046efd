/**
 * How feelings look: the colour of a score from −2 (red) through a neutral
 * grey to +2 (green), and the face drawn for it. The board's curve and faces,
 * the printout, its legend and the inspector's score buttons all use these.
 */
import { r2, type DrawOp } from './ops'
import { INK } from './palette'

/** Colours at scores −2, −1, 0, +1, +2. */
export const EMOTION_COLORS = ['#d64545', '#ef8a3c', '#8a94a6', '#6fb24a', '#2e9d57'] as const

export const EMOTION_SCORES = [-2, -1, 0, 1, 2] as const

function rgb(hex: string): [number, number, number] {
  const n = parseInt(hex.slice(1), 16)
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255]
}

/** The colour of a score, interpolated between the whole steps (half steps are dragged on the curve). */
export function emotionColor(score: number): string {
  const s = Math.max(-2, Math.min(2, score)) + 2
  const i = Math.min(3, Math.floor(s))
  const k = s - i
  if (k === 0) return EMOTION_COLORS[i]!
  const a = rgb(EMOTION_COLORS[i]!)
  const b = rgb(EMOTION_COLORS[i + 1]!)
  const mix = (n: number) => Math.round(a[n]! + (b[n]! - a[n]!) * k)
  return `rgb(${mix(0)},${mix(1)},${mix(2)})`
}

/**
 * A face for a score: a coloured disc in a white ring, two eyes and a mouth
 * that smiles (+) or frowns (−). `fill` overrides the disc colour (the lane
 * header's icon is drawn in the lane's accent).
 */
export function faceOps(cx: number, cy: number, r: number, score: number, fill?: string): DrawOp[] {
  const s = Math.max(-2, Math.min(2, score))
  const eyeY = cy - r * 0.22
  const mouthY = cy + r * 0.3 - s * r * 0.06
  const bend = s * r * 0.16
  return [
    { op: 'circle', cx, cy, r, fill: fill ?? emotionColor(s), stroke: '#ffffff', strokeWidth: Math.max(1, r * 0.14) },
    { op: 'circle', cx: cx - r * 0.33, cy: eyeY, r: r * 0.11, fill: INK.text },
    { op: 'circle', cx: cx + r * 0.33, cy: eyeY, r: r * 0.11, fill: INK.text },
    {
      op: 'path',
      d: `M${r2(cx - r * 0.42)} ${r2(mouthY)} Q${r2(cx)} ${r2(mouthY + 2 * bend)} ${r2(cx + r * 0.42)} ${r2(mouthY)}`,
      stroke: INK.text,
      strokeWidth: Math.max(1, r * 0.12),
      fill: 'none',
    },
  ]
}
