/**
 * One sticky note as a Konva image of its own bitmap: shadow, then the
 * note's look (shared/look noteOps: paper, fold, text, badges) painted once
 * at a pixel ratio, so a pan or zoom frame blits one bitmap per visible note
 * instead of re-shaping its text. This is what Konva's `cache()` does for a
 * group, without the filter and hit canvases cache() also allocates.
 */
import Konva from 'konva'
import type { Card } from '../../../shared/model'
import type { Rect } from '../../../shared/layout'
import type { NoteContext } from '../../../shared/look'
import { paintNote } from './note-painter'
import { boardText } from './text'

export type { NoteContext }

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

/** Draws a note into its bitmap at `ratio` device pixels per board unit: shadow, then its look. */
function paint(card: Card, rect: Rect, ctx: NoteContext, ratio: number, previous?: HTMLCanvasElement): HTMLCanvasElement {
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
  paintNote(c, card, rect, ctx, boardText)
  return canvas
}

/** A note as a Konva node: one image of its bitmap. */
export function buildCardNode(card: Card, rect: Rect, ctx: NoteContext, ratio: number): Konva.Image {
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
export function repaintCard(node: Konva.Image, card: Card, rect: Rect, ctx: NoteContext, ratio: number): void {
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
