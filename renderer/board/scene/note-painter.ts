/**
 * Paints one note's look (shared/look noteOps) on a 2D context in note-local
 * board units. Konva-free and DOM-free: the note bitmaps call it, and a unit
 * test calls it with a recording context to prove the board breaks a note's
 * lines exactly where the printout does.
 */
import type { Card } from '../../../shared/model'
import { noteLines, noteOps, type NoteContext, type WrappedLines } from '../../../shared/look'
import { paintOps } from '../../services/canvas-ops'
import type { TextMeasure } from '../../services/text-measure'

const linesCache = new WeakMap<Card, { width: number; height: number; generation: number; measure: TextMeasure; lines: WrappedLines }>()

/** The note's wrapped text, cached per card object (immer keeps unchanged cards identical). */
export function noteText(card: Card, size: { width: number; height: number }, ctx: NoteContext, text: TextMeasure): WrappedLines {
  const hit = linesCache.get(card)
  if (hit && hit.width === size.width && hit.height === size.height && hit.generation === text.generation && hit.measure === text) return hit.lines
  const lines = noteLines(card, size, ctx.laneKinds.get(card.laneId), text.measure)
  linesCache.set(card, { width: size.width, height: size.height, generation: text.generation, measure: text, lines })
  return lines
}

/** Paints the note with its top-left at (0, 0). */
export function paintNote(c: CanvasRenderingContext2D, card: Card, size: { width: number; height: number }, ctx: NoteContext, text: TextMeasure): void {
  paintOps(c, noteOps(card, { x: 0, y: 0, width: size.width, height: size.height }, ctx, text.measure, noteText(card, size, ctx, text)))
}
