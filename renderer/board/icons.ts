/**
 * Small pictograms drawn with canvas paths (no emoji or icon font: they look
 * the same everywhere and print the same way). Each draws inside a square of
 * `s` units whose top-left is (x, y), stroked in the current strokeStyle.
 */
import type { ChannelIcon, LaneKind } from '../../shared/model'

type C = CanvasRenderingContext2D

function rr(c: C, x: number, y: number, w: number, h: number, r: number): void {
  c.beginPath()
  c.roundRect(x, y, w, h, r)
}

export function drawChannelIcon(c: C, icon: ChannelIcon, x: number, y: number, s: number): void {
  c.save()
  c.lineWidth = Math.max(1, s / 10)
  c.lineJoin = 'round'
  c.lineCap = 'round'
  const m = s / 2
  switch (icon) {
    case 'ad': // megaphone
      c.beginPath()
      c.moveTo(x + s * 0.15, y + s * 0.4)
      c.lineTo(x + s * 0.8, y + s * 0.12)
      c.lineTo(x + s * 0.8, y + s * 0.88)
      c.lineTo(x + s * 0.15, y + s * 0.6)
      c.closePath()
      c.stroke()
      c.beginPath()
      c.moveTo(x + s * 0.3, y + s * 0.65)
      c.lineTo(x + s * 0.38, y + s * 0.9)
      c.stroke()
      break
    case 'website': // browser window
      rr(c, x + s * 0.08, y + s * 0.15, s * 0.84, s * 0.7, s * 0.08)
      c.stroke()
      c.beginPath()
      c.moveTo(x + s * 0.08, y + s * 0.35)
      c.lineTo(x + s * 0.92, y + s * 0.35)
      c.stroke()
      break
    case 'phone': // handset
      c.beginPath()
      c.moveTo(x + s * 0.2, y + s * 0.15)
      c.quadraticCurveTo(x + s * 0.1, y + s * 0.6, x + s * 0.55, y + s * 0.88)
      c.lineTo(x + s * 0.8, y + s * 0.7)
      c.lineTo(x + s * 0.62, y + s * 0.55)
      c.lineTo(x + s * 0.5, y + s * 0.65)
      c.quadraticCurveTo(x + s * 0.35, y + s * 0.5, x + s * 0.35, y + s * 0.4)
      c.lineTo(x + s * 0.45, y + s * 0.3)
      c.closePath()
      c.stroke()
      break
    case 'email':
    case 'newsletter':
      rr(c, x + s * 0.08, y + s * 0.22, s * 0.84, s * 0.56, s * 0.06)
      c.stroke()
      c.beginPath()
      c.moveTo(x + s * 0.1, y + s * 0.26)
      c.lineTo(x + m, y + s * 0.56)
      c.lineTo(x + s * 0.9, y + s * 0.26)
      c.stroke()
      if (icon === 'newsletter') {
        c.beginPath()
        c.moveTo(x + s * 0.2, y + s * 0.1)
        c.lineTo(x + s * 0.8, y + s * 0.1)
        c.stroke()
      }
      break
    case 'social': // three connected nodes
      c.beginPath()
      c.moveTo(x + s * 0.25, y + m)
      c.lineTo(x + s * 0.75, y + s * 0.22)
      c.moveTo(x + s * 0.25, y + m)
      c.lineTo(x + s * 0.75, y + s * 0.78)
      c.stroke()
      for (const [px, py] of [
        [0.25, 0.5],
        [0.75, 0.22],
        [0.75, 0.78],
      ] as const) {
        c.beginPath()
        c.arc(x + s * px, y + s * py, s * 0.12, 0, Math.PI * 2)
        c.fill()
      }
      break
    case 'chat': // speech bubble
      c.beginPath()
      c.roundRect(x + s * 0.08, y + s * 0.14, s * 0.84, s * 0.56, s * 0.14)
      c.moveTo(x + s * 0.3, y + s * 0.7)
      c.lineTo(x + s * 0.25, y + s * 0.9)
      c.lineTo(x + s * 0.48, y + s * 0.7)
      c.stroke()
      break
    case 'store': // shop front
      c.beginPath()
      c.moveTo(x + s * 0.1, y + s * 0.4)
      c.lineTo(x + s * 0.2, y + s * 0.15)
      c.lineTo(x + s * 0.8, y + s * 0.15)
      c.lineTo(x + s * 0.9, y + s * 0.4)
      c.closePath()
      c.rect(x + s * 0.16, y + s * 0.4, s * 0.68, s * 0.48)
      c.rect(x + s * 0.4, y + s * 0.58, s * 0.2, s * 0.3)
      c.stroke()
      break
    case 'event': // calendar
      rr(c, x + s * 0.1, y + s * 0.18, s * 0.8, s * 0.7, s * 0.08)
      c.stroke()
      c.beginPath()
      c.moveTo(x + s * 0.1, y + s * 0.38)
      c.lineTo(x + s * 0.9, y + s * 0.38)
      c.moveTo(x + s * 0.3, y + s * 0.08)
      c.lineTo(x + s * 0.3, y + s * 0.26)
      c.moveTo(x + s * 0.7, y + s * 0.08)
      c.lineTo(x + s * 0.7, y + s * 0.26)
      c.stroke()
      break
    case 'checkout': // cart
      c.beginPath()
      c.moveTo(x + s * 0.05, y + s * 0.15)
      c.lineTo(x + s * 0.2, y + s * 0.15)
      c.lineTo(x + s * 0.32, y + s * 0.65)
      c.lineTo(x + s * 0.82, y + s * 0.65)
      c.lineTo(x + s * 0.92, y + s * 0.3)
      c.lineTo(x + s * 0.24, y + s * 0.3)
      c.stroke()
      c.beginPath()
      c.arc(x + s * 0.38, y + s * 0.82, s * 0.08, 0, Math.PI * 2)
      c.arc(x + s * 0.76, y + s * 0.82, s * 0.08, 0, Math.PI * 2)
      c.fill()
      break
    case 'ticket':
      c.beginPath()
      c.moveTo(x + s * 0.08, y + s * 0.25)
      c.lineTo(x + s * 0.92, y + s * 0.25)
      c.lineTo(x + s * 0.92, y + s * 0.42)
      c.arc(x + s * 0.92, y + m, s * 0.08, -Math.PI / 2, Math.PI / 2, true)
      c.lineTo(x + s * 0.92, y + s * 0.75)
      c.lineTo(x + s * 0.08, y + s * 0.75)
      c.lineTo(x + s * 0.08, y + s * 0.58)
      c.arc(x + s * 0.08, y + m, s * 0.08, Math.PI / 2, -Math.PI / 2, true)
      c.closePath()
      c.stroke()
      break
    case 'review': // star
      star(c, x + m, y + m, s * 0.45, s * 0.2)
      c.stroke()
      break
    case 'app': // handheld
      rr(c, x + s * 0.28, y + s * 0.06, s * 0.44, s * 0.88, s * 0.08)
      c.stroke()
      c.beginPath()
      c.arc(x + m, y + s * 0.8, s * 0.05, 0, Math.PI * 2)
      c.fill()
      break
    default:
      c.beginPath()
      c.arc(x + m, y + m, s * 0.36, 0, Math.PI * 2)
      c.stroke()
      c.beginPath()
      c.arc(x + m, y + m, s * 0.1, 0, Math.PI * 2)
      c.fill()
  }
  c.restore()
}

function star(c: C, cx: number, cy: number, outer: number, inner: number): void {
  c.beginPath()
  for (let i = 0; i < 10; i++) {
    const r = i % 2 === 0 ? outer : inner
    const a = -Math.PI / 2 + (i * Math.PI) / 5
    const px = cx + r * Math.cos(a)
    const py = cy + r * Math.sin(a)
    if (i === 0) c.moveTo(px, py)
    else c.lineTo(px, py)
  }
  c.closePath()
}

/** The lane header's pictogram for a lane kind. */
export function drawLaneIcon(c: C, kind: LaneKind, x: number, y: number, s: number): void {
  c.save()
  c.lineWidth = Math.max(1.5, s / 9)
  c.lineJoin = 'round'
  c.lineCap = 'round'
  const m = s / 2
  switch (kind) {
    case 'actions': // a walking arrow
      c.beginPath()
      c.moveTo(x + s * 0.1, y + m)
      c.lineTo(x + s * 0.85, y + m)
      c.moveTo(x + s * 0.6, y + s * 0.25)
      c.lineTo(x + s * 0.88, y + m)
      c.lineTo(x + s * 0.6, y + s * 0.75)
      c.stroke()
      break
    case 'touchpoints': // target
      c.beginPath()
      c.arc(x + m, y + m, s * 0.42, 0, Math.PI * 2)
      c.stroke()
      c.beginPath()
      c.arc(x + m, y + m, s * 0.15, 0, Math.PI * 2)
      c.fill()
      break
    case 'thoughts':
      drawChannelIcon(c, 'chat', x, y, s)
      break
    case 'emotions':
      c.restore()
      drawFace(c, x + m, y + m, s * 0.45, 1, c.strokeStyle as string)
      return
    case 'pain_points': // lightning bolt
      c.beginPath()
      c.moveTo(x + s * 0.58, y + s * 0.05)
      c.lineTo(x + s * 0.2, y + s * 0.55)
      c.lineTo(x + s * 0.48, y + s * 0.55)
      c.lineTo(x + s * 0.38, y + s * 0.95)
      c.lineTo(x + s * 0.8, y + s * 0.42)
      c.lineTo(x + s * 0.52, y + s * 0.42)
      c.closePath()
      c.fill()
      break
    case 'opportunities': // light bulb
      c.beginPath()
      c.arc(x + m, y + s * 0.4, s * 0.3, Math.PI * 0.8, Math.PI * 2.2)
      c.lineTo(x + s * 0.62, y + s * 0.78)
      c.lineTo(x + s * 0.38, y + s * 0.78)
      c.closePath()
      c.stroke()
      c.beginPath()
      c.moveTo(x + s * 0.4, y + s * 0.92)
      c.lineTo(x + s * 0.6, y + s * 0.92)
      c.stroke()
      break
    case 'teams': // two people
      for (const [px, r] of [
        [0.32, 0.14],
        [0.68, 0.14],
      ] as const) {
        c.beginPath()
        c.arc(x + s * px, y + s * 0.3, s * r, 0, Math.PI * 2)
        c.stroke()
        c.beginPath()
        c.arc(x + s * px, y + s * 0.85, s * 0.22, Math.PI, Math.PI * 2)
        c.stroke()
      }
      break
    case 'metrics': // bar chart
      c.beginPath()
      c.moveTo(x + s * 0.1, y + s * 0.9)
      c.lineTo(x + s * 0.9, y + s * 0.9)
      c.stroke()
      c.fillRect(x + s * 0.18, y + s * 0.55, s * 0.14, s * 0.3)
      c.fillRect(x + s * 0.43, y + s * 0.3, s * 0.14, s * 0.55)
      c.fillRect(x + s * 0.68, y + s * 0.12, s * 0.14, s * 0.73)
      break
    case 'frontstage':
    case 'backstage':
    case 'support': {
      // stacked layers; the filled one shows which
      const filled = kind === 'frontstage' ? 0 : kind === 'backstage' ? 1 : 2
      for (let i = 0; i < 3; i++) {
        rr(c, x + s * 0.12, y + s * (0.12 + i * 0.28), s * 0.76, s * 0.2, s * 0.05)
        if (i === filled) c.fill()
        else c.stroke()
      }
      break
    }
    default:
      rr(c, x + s * 0.15, y + s * 0.15, s * 0.7, s * 0.7, s * 0.08)
      c.stroke()
  }
  c.restore()
}

/** Colour of a score −2 … +2, from red through grey to green. */
export function scoreColor(score: number): string {
  const t = Math.max(-1, Math.min(1, score / 2))
  // red (214,69,69) ↔ neutral (138,148,166) ↔ green (46,157,87)
  const lerp = (a: number, b: number, k: number) => Math.round(a + (b - a) * k)
  if (t < 0) return `rgb(${lerp(138, 214, -t)},${lerp(148, 69, -t)},${lerp(166, 69, -t)})`
  return `rgb(${lerp(138, 46, t)},${lerp(148, 157, t)},${lerp(166, 87, t)})`
}

/** A face for a score: filled disc, eyes, and a mouth that curves with the score. */
export function drawFace(c: C, cx: number, cy: number, r: number, score: number, fill?: string): void {
  c.save()
  c.beginPath()
  c.arc(cx, cy, r, 0, Math.PI * 2)
  c.fillStyle = fill ?? scoreColor(score)
  c.fill()
  c.lineWidth = Math.max(1, r * 0.12)
  c.strokeStyle = '#ffffff'
  c.stroke()
  c.fillStyle = '#ffffff'
  c.beginPath()
  c.arc(cx - r * 0.35, cy - r * 0.25, r * 0.12, 0, Math.PI * 2)
  c.arc(cx + r * 0.35, cy - r * 0.25, r * 0.12, 0, Math.PI * 2)
  c.fill()
  // Mouth: a quadratic curve, smiling (+) or frowning (−).
  const bend = (Math.max(-2, Math.min(2, score)) / 2) * r * 0.4
  c.beginPath()
  c.moveTo(cx - r * 0.45, cy + r * 0.3 - bend * 0.3)
  c.quadraticCurveTo(cx, cy + r * 0.3 + bend, cx + r * 0.45, cy + r * 0.3 - bend * 0.3)
  c.strokeStyle = '#ffffff'
  c.lineCap = 'round'
  c.stroke()
  c.restore()
}
