/**
 * One sticky note as a Konva group: a paper rectangle with a soft shadow and
 * one custom shape drawing wrapped text and badges. The group is cached
 * (Konva's own advice: cache groups, not single shapes), so a pan or zoom
 * frame blits one bitmap per visible note instead of re-shaping its text.
 */
import Konva from 'konva'
import type { Card, Channel, LaneKind, Team } from '../../shared/model'
import type { Rect } from '../../shared/layout'
import { drawChannelIcon, drawLaneIcon } from './icons'
import { fontGeneration, textDirection, wrapFor } from './text'
import { BOARD_COLORS, CARD_TEXT, LANE_LOOK, NOTE_EDGE, NOTE_PAPER, font } from './theme'

export interface CardContext {
  channels: ReadonlyMap<string, Channel>
  teams: ReadonlyMap<string, Team>
  laneKinds: ReadonlyMap<string, LaneKind>
  /** The map's direction: badges run from the start side. */
  rtl: boolean
  phaseLabel(phase: NonNullable<Card['phase']>): string
}

export interface CardText {
  lines: string[]
  rtl: boolean
  font: string
}

const textCache = new WeakMap<Card, { width: number; maxLines: number; generation: number; text: CardText }>()

export function hasBadges(card: Card, ctx: CardContext): boolean {
  const kind = ctx.laneKinds.get(card.laneId)
  return (
    card.channelId !== undefined ||
    card.phase !== undefined ||
    card.teamIds.length > 0 ||
    card.votes > 0 ||
    card.evidence !== undefined ||
    kind === 'pain_points' ||
    kind === 'opportunities'
  )
}

/** The card's wrapped text, cached per card object (immer keeps unchanged cards identical). */
export function cardText(card: Card, rect: Rect, ctx: CardContext): CardText {
  const width = rect.width - 2 * CARD_TEXT.padding
  const free = rect.height - 2 * CARD_TEXT.padding - (hasBadges(card, ctx) ? CARD_TEXT.badgeRow : 0)
  const maxLines = Math.max(1, Math.floor(free / CARD_TEXT.lineHeight))
  const hit = textCache.get(card)
  if (hit && hit.width === width && hit.maxLines === maxLines && hit.generation === fontGeneration) return hit.text
  const wrapped = wrapFor(card.text, width, maxLines, CARD_TEXT.size)
  const text = { lines: wrapped.lines, rtl: wrapped.rtl, font: wrapped.font }
  textCache.set(card, { width, maxLines, generation: fontGeneration, text })
  return text
}

export function clearCardTextCache(card: Card): void {
  textCache.delete(card)
}

function drawText(c: CanvasRenderingContext2D, text: CardText, w: number): void {
  c.font = text.font
  c.fillStyle = BOARD_COLORS.ink
  c.textBaseline = 'middle'
  c.direction = text.rtl ? 'rtl' : 'ltr'
  c.textAlign = text.rtl ? 'right' : 'left'
  const x = text.rtl ? w - CARD_TEXT.padding : CARD_TEXT.padding
  text.lines.forEach((line, i) => {
    c.fillText(line, x, CARD_TEXT.padding + i * CARD_TEXT.lineHeight + CARD_TEXT.lineHeight / 2)
  })
}

/** Badges along the bottom of the note, from the map's start side. */
function drawBadges(c: CanvasRenderingContext2D, card: Card, w: number, h: number, ctx: CardContext): void {
  const y = h - CARD_TEXT.padding - 18
  const step = (width: number) => {
    const x = ctx.rtl ? cursor - width : cursor
    cursor += ctx.rtl ? -(width + 6) : width + 6
    return x
  }
  let cursor = ctx.rtl ? w - CARD_TEXT.padding : CARD_TEXT.padding
  c.textBaseline = 'middle'
  c.direction = ctx.rtl ? 'rtl' : 'ltr'
  const kind = ctx.laneKinds.get(card.laneId)
  if (kind === 'pain_points' || kind === 'opportunities') {
    const x = step(18)
    c.fillStyle = LANE_LOOK[kind].accent
    c.strokeStyle = LANE_LOOK[kind].accent
    drawLaneIcon(c, kind, x, y, 18)
  }
  const channel = card.channelId ? ctx.channels.get(card.channelId) : undefined
  if (channel) {
    const x = step(18)
    c.strokeStyle = '#1e3a8a'
    c.fillStyle = '#1e3a8a'
    drawChannelIcon(c, channel.icon, x, y, 18)
  }
  if (card.phase) {
    const label = ctx.phaseLabel(card.phase)
    const rtlLabel = textDirection(label) === 'rtl'
    c.font = font(11, true, rtlLabel)
    const tw = Math.min(c.measureText(label).width, 90)
    const x = step(tw + 12)
    c.fillStyle = 'rgba(30, 58, 138, 0.12)'
    c.beginPath()
    c.roundRect(x, y, tw + 12, 18, 9)
    c.fill()
    c.fillStyle = '#1e3a8a'
    c.textAlign = 'center'
    c.direction = rtlLabel ? 'rtl' : 'ltr'
    c.fillText(label, x + (tw + 12) / 2, y + 9.5, 90)
  }
  for (const teamId of card.teamIds.slice(0, 4)) {
    const team = ctx.teams.get(teamId)
    if (!team) continue
    const x = step(18)
    c.fillStyle = team.color
    c.beginPath()
    c.arc(x + 9, y + 9, 9, 0, Math.PI * 2)
    c.fill()
    const initial = Array.from(team.name.trim())[0] ?? ''
    c.font = font(10, true, textDirection(initial) === 'rtl')
    c.fillStyle = '#ffffff'
    c.textAlign = 'center'
    c.fillText(initial.toUpperCase(), x + 9, y + 9.5)
  }
  if (card.evidence) {
    const x = step(16)
    c.strokeStyle = BOARD_COLORS.muted
    c.lineWidth = 1.5
    c.beginPath()
    c.roundRect(x + 2, y + 1, 12, 16, 2)
    c.moveTo(x + 5, y + 6)
    c.lineTo(x + 11, y + 6)
    c.moveTo(x + 5, y + 10)
    c.lineTo(x + 11, y + 10)
    c.moveTo(x + 5, y + 14)
    c.lineTo(x + 9, y + 14)
    c.stroke()
  }
  if (card.votes > 0) {
    const label = String(card.votes)
    c.font = font(11, true)
    const tw = c.measureText(label).width
    const x = step(tw + 22)
    c.fillStyle = '#b42318'
    c.beginPath()
    c.roundRect(x, y, tw + 22, 18, 9)
    c.fill()
    c.fillStyle = '#ffffff'
    c.beginPath()
    c.arc(x + 9, y + 9, 3.5, 0, Math.PI * 2)
    c.fill()
    c.textAlign = 'left'
    c.direction = 'ltr'
    c.fillText(label, x + 16, y + 9.5)
  }
}

/** Draws the note's face (without shadow) in card-local coordinates. */
export function drawCardFace(c: CanvasRenderingContext2D, card: Card, rect: Rect, ctx: CardContext): void {
  const w = rect.width
  const h = rect.height
  // The bottom fold: a slightly darker band, as on a real pad of notes.
  c.fillStyle = NOTE_EDGE[card.color]
  c.globalAlpha = 0.35
  c.fillRect(0, h - 5, w, 5)
  c.globalAlpha = 1
  drawText(c, cardText(card, rect, ctx), w)
  if (hasBadges(card, ctx)) drawBadges(c, card, w, h, ctx)
}

/** Room around a note's bitmap for its soft shadow (board units). */
const SHADOW_PAD = 10

/** Bitmaps of evicted notes, kept by pixel size for reuse: allocating canvases is a large share of building a note. */
const canvasPool = new Map<string, HTMLCanvasElement[]>()
const POOL_LIMIT = 400

function takeCanvas(width: number, height: number): HTMLCanvasElement {
  const key = `${width}x${height}`
  const pooled = canvasPool.get(key)?.pop()
  if (pooled) return pooled
  const canvas = document.createElement('canvas')
  canvas.width = width
  canvas.height = height
  return canvas
}

export function releaseCanvas(canvas: HTMLCanvasElement): void {
  const key = `${canvas.width}x${canvas.height}`
  let list = canvasPool.get(key)
  if (!list) canvasPool.set(key, (list = []))
  if (list.length < POOL_LIMIT) list.push(canvas)
}

/** The blurred shadow of a note of one size at one ratio, drawn once and stamped under every such note. */
const shadowSprites = new Map<string, HTMLCanvasElement>()

function shadowSprite(w: number, h: number, ratio: number): HTMLCanvasElement {
  const key = `${w}x${h}@${ratio}`
  let sprite = shadowSprites.get(key)
  if (!sprite) {
    sprite = document.createElement('canvas')
    sprite.width = Math.ceil((w + 2 * SHADOW_PAD) * ratio)
    sprite.height = Math.ceil((h + 2 * SHADOW_PAD) * ratio)
    const c = sprite.getContext('2d')!
    c.scale(ratio, ratio)
    // Only the shadow: the shape itself is drawn far off the canvas and its shadow offset back in.
    const away = 10_000
    c.shadowColor = 'rgba(31, 36, 48, 0.32)'
    c.shadowBlur = 8 * ratio
    c.shadowOffsetX = away * ratio
    c.shadowOffsetY = 3 * ratio
    c.fillStyle = '#000'
    c.beginPath()
    c.roundRect(SHADOW_PAD - away, SHADOW_PAD, w, h, 3)
    c.fill()
    shadowSprites.set(key, sprite)
  }
  return sprite
}

/**
 * Draws a note into its bitmap at `ratio` device pixels per board unit:
 * shadow, paper, fold, text and badges. This is what Konva's `cache()` does
 * for a group, without the filter and hit canvases cache() also allocates.
 */
function paint(card: Card, rect: Rect, ctx: CardContext, ratio: number, previous?: HTMLCanvasElement): HTMLCanvasElement {
  const w = rect.width
  const h = rect.height
  const cw = Math.ceil((w + 2 * SHADOW_PAD) * ratio)
  const ch = Math.ceil((h + 2 * SHADOW_PAD) * ratio)
  let canvas: HTMLCanvasElement
  if (previous && previous.width === cw && previous.height === ch) canvas = previous
  else {
    if (previous) releaseCanvas(previous)
    canvas = takeCanvas(cw, ch)
  }
  const c = canvas.getContext('2d')!
  c.setTransform(1, 0, 0, 1, 0, 0)
  c.clearRect(0, 0, cw, ch)
  c.drawImage(shadowSprite(w, h, ratio), 0, 0)
  c.setTransform(ratio, 0, 0, ratio, SHADOW_PAD * ratio, SHADOW_PAD * ratio)
  c.fillStyle = NOTE_PAPER[card.color]
  c.beginPath()
  c.roundRect(0, 0, w, h, 3)
  c.fill()
  drawCardFace(c, card, rect, ctx)
  return canvas
}

/** A note as a Konva node: one image of its bitmap. */
export function buildCardNode(card: Card, rect: Rect, ctx: CardContext, ratio: number): Konva.Image {
  return new Konva.Image({
    x: rect.x - SHADOW_PAD,
    y: rect.y - SHADOW_PAD,
    width: rect.width + 2 * SHADOW_PAD,
    height: rect.height + 2 * SHADOW_PAD,
    image: paint(card, rect, ctx, ratio),
    listening: false,
    perfectDrawEnabled: false,
  })
}

/** Re-paints a note's bitmap at another pixel ratio (sharp after a zoom settles). */
export function repaintCard(node: Konva.Image, card: Card, rect: Rect, ctx: CardContext, ratio: number): void {
  node.image(paint(card, rect, ctx, ratio, node.image() as HTMLCanvasElement))
}

export function destroyCardNode(node: Konva.Image): void {
  const image = node.image()
  if (image instanceof HTMLCanvasElement) releaseCanvas(image)
  node.destroy()
}

/** Places a note's node at a board position of the note's top-left corner. */
export function placeCardNode(node: Konva.Image, x: number, y: number): void {
  node.position({ x: x - SHADOW_PAD, y: y - SHADOW_PAD })
}

/** Bitmaps are painted at a few fixed ratios, so zooming re-paints only when it crosses one. */
export function cacheRatio(scale: number): number {
  const wanted = scale * (window.devicePixelRatio || 1)
  for (const r of [0.25, 0.5, 1, 2, 3, 4]) if (wanted <= r * 1.05) return r
  return 4
}
