/**
 * One sticky note's look, as data: paper, folded edge, wrapped text and the
 * badge row (pain/opportunity mark, channel, purchase phase, teams, evidence,
 * dot votes). The board paints these ops into each note's bitmap; the print
 * view, the SVG and the PNG export draw the same ops. Text metrics and badge
 * rules live only here, so a note breaks its lines and shows its badges the
 * same way on screen and on the wall.
 */
import type { Card, Channel, LaneKind, Phase, Team } from '../model'
import { textDirection } from './direction'
import type { FontMeasure } from './fonts'
import { channelIconOps, laneIconOps } from './icons'
import type { DrawOp } from './ops'
import { INK, LANE_ACCENT, NOTE_FOLD, NOTE_PAPER } from './palette'
import { PathBuilder } from './path-data'
import { lineOps, wrapLines, type TextStyle, type WrappedLines } from './text'

/** Note text metrics (board units). */
export const NOTE_TEXT = { size: 15, lineHeight: 20, padding: 10, badgeRow: 24 } as const
const NOTE_TEXT_STYLE: TextStyle = { size: NOTE_TEXT.size, lineHeight: NOTE_TEXT.lineHeight, maxLines: 99, weight: 400 }
const BADGE = 18
const BADGE_GAP = 6
/** A sheet with lines: the note cites its evidence (drawn at the origin, placed by the op). */
const EVIDENCE_ICON = new PathBuilder().roundRect(2, 1, 12, 16, 2).move(5, 6).line(11, 6).move(5, 10).line(11, 10).move(5, 14).line(9, 14).toString()

/** What a note's badges need from the project around it. */
export interface NoteContext {
  channels: ReadonlyMap<string, Channel>
  teams: ReadonlyMap<string, Team>
  laneKinds: ReadonlyMap<string, LaneKind>
  /** The map's direction: badges run from its start side. */
  rtl: boolean
  phaseLabel(phase: Phase): string
}

/** Notes in these lanes carry their lane's mark, so a pain point reads as one out of its lane too. */
function marked(kind: LaneKind | undefined): kind is 'pain_points' | 'opportunities' {
  return kind === 'pain_points' || kind === 'opportunities'
}

/** Whether a note keeps a badge row under its text (and so has less room for text). */
export function hasBadges(card: Card, laneKind: LaneKind | undefined): boolean {
  return card.channelId !== undefined || card.phase !== undefined || card.teamIds.length > 0 || card.votes > 0 || card.evidence !== undefined || marked(laneKind)
}

/** How many lines of text fit on a note of this size. */
export function noteMaxLines(card: Card, size: { width: number; height: number }, laneKind: LaneKind | undefined): number {
  const free = size.height - 2 * NOTE_TEXT.padding - (hasBadges(card, laneKind) ? NOTE_TEXT.badgeRow : 0)
  return Math.max(1, Math.floor(free / NOTE_TEXT.lineHeight))
}

/** The note's text, wrapped as the board and the print show it. Notes wrap without a locale: the same on every UI language. */
export function noteLines(card: Card, size: { width: number; height: number }, laneKind: LaneKind | undefined, measure: FontMeasure): WrappedLines {
  return wrapLines(card.text, size.width - 2 * NOTE_TEXT.padding, noteMaxLines(card, size, laneKind), NOTE_TEXT_STYLE, measure)
}

export interface NoteRect {
  x: number
  y: number
  width: number
  height: number
}

/**
 * The note drawn at `rect`: paper, fold, text and badges. Pass `lines` when
 * the caller keeps them cached (the board wraps each note once).
 */
export function noteOps(card: Card, rect: NoteRect, ctx: NoteContext, measure: FontMeasure, lines?: WrappedLines): DrawOp[] {
  const kind = ctx.laneKinds.get(card.laneId)
  const { x, y, width: w, height: h } = rect
  const ops: DrawOp[] = [
    { op: 'rect', x, y, width: w, height: h, radius: 3, fill: NOTE_PAPER[card.color], stroke: INK.noteEdge, strokeWidth: 0.8 },
    // The bottom fold: a slightly darker band, as on a real pad of notes.
    { op: 'rect', x, y: y + h - 5, width: w, height: 5, fill: NOTE_FOLD[card.color] },
  ]
  const text = lines ?? noteLines(card, rect, kind, measure)
  ops.push(...lineOps(text, { x: x + NOTE_TEXT.padding, width: w - 2 * NOTE_TEXT.padding }, y + NOTE_TEXT.padding, NOTE_TEXT_STYLE, INK.text))
  if (hasBadges(card, kind)) badgeOps(ops, card, rect, kind, ctx, measure)
  return ops
}

/** The badge row along the bottom of the note, from the map's start side. */
function badgeOps(ops: DrawOp[], card: Card, rect: NoteRect, kind: LaneKind | undefined, ctx: NoteContext, measure: FontMeasure): void {
  const top = rect.y + rect.height - NOTE_TEXT.padding - BADGE
  const mid = top + BADGE / 2
  const end = ctx.rtl ? rect.x + NOTE_TEXT.padding : rect.x + rect.width - NOTE_TEXT.padding
  let cursor = ctx.rtl ? rect.x + rect.width - NOTE_TEXT.padding : rect.x + NOTE_TEXT.padding
  /** Reserves `width` along the row; returns its left x, or null when the row is full. */
  const place = (width: number): number | null => {
    const left = ctx.rtl ? cursor - width : cursor
    if (ctx.rtl ? left < end : left + width > end) return null
    cursor += ctx.rtl ? -(width + BADGE_GAP) : width + BADGE_GAP
    return left
  }
  if (marked(kind)) {
    const bx = place(BADGE)
    if (bx !== null) ops.push(...laneIconOps(kind, bx, top, BADGE, LANE_ACCENT[kind]))
  }
  const channel = card.channelId ? ctx.channels.get(card.channelId) : undefined
  if (channel) {
    const bx = place(BADGE)
    if (bx !== null) ops.push(...channelIconOps(channel.icon, bx, top, BADGE, INK.channel))
  }
  if (card.phase) {
    const label = wrapLines(ctx.phaseLabel(card.phase), 90, 1, { size: 11, weight: 700 }, measure)
    const text = label.lines[0] ?? ''
    const pw = Math.min(measure(text, 11, 700, label.rtl), 90) + 12
    const bx = place(pw)
    if (bx !== null) {
      ops.push({ op: 'rect', x: bx, y: top, width: pw, height: BADGE, radius: BADGE / 2, fill: 'rgba(30, 58, 138, 0.12)' })
      ops.push({ op: 'text', x: bx + pw / 2, y: mid + 4, text, size: 11, weight: 700, fill: INK.channel, align: 'center', rtl: label.rtl })
    }
  }
  for (const teamId of card.teamIds.slice(0, 4)) {
    const team = ctx.teams.get(teamId)
    if (!team) continue
    const bx = place(BADGE)
    if (bx === null) break
    const initial = (Array.from(team.name.trim())[0] ?? '').toUpperCase()
    ops.push({ op: 'circle', cx: bx + BADGE / 2, cy: mid, r: BADGE / 2, fill: team.color })
    ops.push({ op: 'text', x: bx + BADGE / 2, y: mid + 3.6, text: initial, size: 10, weight: 700, fill: '#ffffff', align: 'center', rtl: textDirection(initial) === 'rtl' })
  }
  if (card.evidence) {
    const bx = place(16)
    if (bx !== null) {
      ops.push({ op: 'path', d: EVIDENCE_ICON, x: bx, y: top, stroke: INK.muted, strokeWidth: 1.5, fill: 'none' })
    }
  }
  if (card.votes > 0) {
    const label = String(card.votes)
    const vw = measure(label, 11, 700, false) + 22
    const bx = place(vw)
    if (bx !== null) {
      ops.push({ op: 'rect', x: bx, y: top, width: vw, height: BADGE, radius: BADGE / 2, fill: INK.votes })
      ops.push({ op: 'circle', cx: bx + 9, cy: mid, r: 3.5, fill: '#ffffff' })
      ops.push({ op: 'text', x: bx + 16, y: mid + 4, text: label, size: 11, weight: 700, fill: '#ffffff', align: 'left', rtl: false })
    }
  }
}
