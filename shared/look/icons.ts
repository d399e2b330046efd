/**
 * Small pictograms as path data (no emoji or icon font: they look the same
 * everywhere, on screen and on paper). Each fits a square of `s` units whose
 * top-left is (x, y), in one colour.
 */
import type { ChannelIcon, LaneKind } from '../model'
import { faceOps } from './emotion'
import type { DrawOp } from './ops'
import { PathBuilder } from './path-data'

type Icon = { stroke: PathBuilder; fill: PathBuilder }

function icon(): Icon {
  return { stroke: new PathBuilder(), fill: new PathBuilder() }
}

function toOps(i: Icon, at: { x: number; y: number }, color: string, lineWidth: number): DrawOp[] {
  const ops: DrawOp[] = []
  if (!i.fill.empty) ops.push({ op: 'path', d: i.fill.toString(), ...at, fill: color })
  if (!i.stroke.empty) ops.push({ op: 'path', d: i.stroke.toString(), ...at, stroke: color, strokeWidth: lineWidth, fill: 'none' })
  return ops
}

/** Icon path data drawn at the origin, per kind and size (the same for every note that shows it). */
const built = new Map<string, Icon>()

function cached(key: string, draw: (i: Icon) => void): Icon {
  let i = built.get(key)
  if (!i) {
    i = icon()
    draw(i)
    if (built.size > 500) built.clear()
    built.set(key, i)
  }
  return i
}

function star(p: PathBuilder, cx: number, cy: number, outer: number, inner: number): void {
  for (let i = 0; i < 10; i++) {
    const r = i % 2 === 0 ? outer : inner
    const a = -Math.PI / 2 + (i * Math.PI) / 5
    if (i === 0) p.move(cx + r * Math.cos(a), cy + r * Math.sin(a))
    else p.line(cx + r * Math.cos(a), cy + r * Math.sin(a))
  }
  p.close()
}

function channelPaths(i: Icon, kind: ChannelIcon, x: number, y: number, s: number): void {
  const m = s / 2
  const P = (fx: number, fy: number): [number, number] => [x + s * fx, y + s * fy]
  const { stroke, fill } = i
  switch (kind) {
    case 'ad': // megaphone
      stroke.move(...P(0.15, 0.4)).line(...P(0.8, 0.12)).line(...P(0.8, 0.88)).line(...P(0.15, 0.6)).close()
      stroke.move(...P(0.3, 0.65)).line(...P(0.38, 0.9))
      break
    case 'website': // browser window
      stroke.roundRect(...P(0.08, 0.15), s * 0.84, s * 0.7, s * 0.08)
      stroke.move(...P(0.08, 0.35)).line(...P(0.92, 0.35))
      break
    case 'phone': // handset
      stroke.move(...P(0.2, 0.15)).quad(...P(0.1, 0.6), ...P(0.55, 0.88)).line(...P(0.8, 0.7)).line(...P(0.62, 0.55)).line(...P(0.5, 0.65))
      stroke.quad(...P(0.35, 0.5), ...P(0.35, 0.4)).line(...P(0.45, 0.3)).close()
      break
    case 'email':
    case 'newsletter':
      stroke.roundRect(...P(0.08, 0.22), s * 0.84, s * 0.56, s * 0.06)
      stroke.move(...P(0.1, 0.26)).line(x + m, y + s * 0.56).line(...P(0.9, 0.26))
      if (kind === 'newsletter') stroke.move(...P(0.2, 0.1)).line(...P(0.8, 0.1))
      break
    case 'social': // three connected nodes
      stroke.move(...P(0.25, 0.5)).line(...P(0.75, 0.22)).move(...P(0.25, 0.5)).line(...P(0.75, 0.78))
      for (const [px, py] of [
        [0.25, 0.5],
        [0.75, 0.22],
        [0.75, 0.78],
      ] as const)
        fill.circleAt(x + s * px, y + s * py, s * 0.12)
      break
    case 'chat': // speech bubble
      stroke.roundRect(...P(0.08, 0.14), s * 0.84, s * 0.56, s * 0.14)
      stroke.move(...P(0.3, 0.7)).line(...P(0.25, 0.9)).line(...P(0.48, 0.7))
      break
    case 'store': // shop front
      stroke.move(...P(0.1, 0.4)).line(...P(0.2, 0.15)).line(...P(0.8, 0.15)).line(...P(0.9, 0.4)).close()
      stroke.rect(...P(0.16, 0.4), s * 0.68, s * 0.48)
      stroke.rect(...P(0.4, 0.58), s * 0.2, s * 0.3)
      break
    case 'event': // calendar
      stroke.roundRect(...P(0.1, 0.18), s * 0.8, s * 0.7, s * 0.08)
      stroke.move(...P(0.1, 0.38)).line(...P(0.9, 0.38))
      stroke.move(...P(0.3, 0.08)).line(...P(0.3, 0.26)).move(...P(0.7, 0.08)).line(...P(0.7, 0.26))
      break
    case 'checkout': // cart
      stroke.move(...P(0.05, 0.15)).line(...P(0.2, 0.15)).line(...P(0.32, 0.65)).line(...P(0.82, 0.65)).line(...P(0.92, 0.3)).line(...P(0.24, 0.3))
      fill.circleAt(...P(0.38, 0.82), s * 0.08)
      fill.circleAt(...P(0.76, 0.82), s * 0.08)
      break
    case 'ticket':
      stroke.move(...P(0.08, 0.25)).line(...P(0.92, 0.25)).line(...P(0.92, 0.42))
      stroke.arc(x + s * 0.92, y + m, s * 0.08, -Math.PI / 2, Math.PI / 2, true)
      stroke.line(...P(0.92, 0.75)).line(...P(0.08, 0.75)).line(...P(0.08, 0.58))
      stroke.arc(x + s * 0.08, y + m, s * 0.08, Math.PI / 2, -Math.PI / 2, true)
      stroke.close()
      break
    case 'review': // star
      star(stroke, x + m, y + m, s * 0.45, s * 0.2)
      break
    case 'app': // handheld
      stroke.roundRect(...P(0.28, 0.06), s * 0.44, s * 0.88, s * 0.08)
      fill.circleAt(x + m, y + s * 0.8, s * 0.05)
      break
    default:
      stroke.circleAt(x + m, y + m, s * 0.36)
      fill.circleAt(x + m, y + m, s * 0.1)
  }
}

/** A channel's pictogram (touchpoint notes). */
export function channelIconOps(kind: ChannelIcon, x: number, y: number, s: number, color: string): DrawOp[] {
  const i = cached(`c:${kind}:${s}`, (p) => channelPaths(p, kind, 0, 0, s))
  return toOps(i, { x, y }, color, Math.max(1, s / 10))
}

/** The pictogram of a lane kind (lane headers; pain point and opportunity notes). */
export function laneIconOps(kind: LaneKind, x: number, y: number, s: number, color: string): DrawOp[] {
  if (kind === 'emotions') return faceOps(x + s / 2, y + s / 2, s * 0.45, 1, color)
  const i = cached(`l:${kind}:${s}`, (p) => lanePaths(p, kind, s))
  return toOps(i, { x, y }, color, Math.max(1.5, s / 9))
}

function lanePaths(i: Icon, kind: Exclude<LaneKind, 'emotions'>, s: number): void {
  const x = 0
  const y = 0
  const m = s / 2
  const P = (fx: number, fy: number): [number, number] => [x + s * fx, y + s * fy]
  const { stroke, fill } = i
  switch (kind) {
    case 'actions': // a walking arrow
      stroke.move(x + s * 0.1, y + m).line(x + s * 0.85, y + m)
      stroke.move(...P(0.6, 0.25)).line(x + s * 0.88, y + m).line(...P(0.6, 0.75))
      break
    case 'touchpoints': // target
      stroke.circleAt(x + m, y + m, s * 0.42)
      fill.circleAt(x + m, y + m, s * 0.15)
      break
    case 'thoughts':
      channelPaths(i, 'chat', x, y, s)
      break
    case 'pain_points': // lightning bolt
      fill.move(...P(0.58, 0.05)).line(...P(0.2, 0.55)).line(...P(0.48, 0.55)).line(...P(0.38, 0.95)).line(...P(0.8, 0.42)).line(...P(0.52, 0.42)).close()
      break
    case 'opportunities': // light bulb
      stroke.arc(x + m, y + s * 0.4, s * 0.3, Math.PI * 0.8, Math.PI * 2.2).line(...P(0.62, 0.78)).line(...P(0.38, 0.78)).close()
      stroke.move(...P(0.4, 0.92)).line(...P(0.6, 0.92))
      break
    case 'teams': // two people
      for (const px of [0.32, 0.68]) {
        stroke.circleAt(x + s * px, y + s * 0.3, s * 0.14)
        stroke.arc(x + s * px, y + s * 0.85, s * 0.22, Math.PI, Math.PI * 2)
      }
      break
    case 'metrics': // bar chart
      stroke.move(...P(0.1, 0.9)).line(...P(0.9, 0.9))
      fill.rect(...P(0.18, 0.55), s * 0.14, s * 0.3)
      fill.rect(...P(0.43, 0.3), s * 0.14, s * 0.55)
      fill.rect(...P(0.68, 0.12), s * 0.14, s * 0.73)
      break
    case 'frontstage':
    case 'backstage':
    case 'support': {
      // Stacked layers; the filled one says which.
      const filled = kind === 'frontstage' ? 0 : kind === 'backstage' ? 1 : 2
      for (let k = 0; k < 3; k++) (k === filled ? fill : stroke).roundRect(x + s * 0.12, y + s * (0.12 + k * 0.28), s * 0.76, s * 0.2, s * 0.05)
      break
    }
    default:
      stroke.roundRect(...P(0.15, 0.15), s * 0.7, s * 0.7, s * 0.08)
  }
}
