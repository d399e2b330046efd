/**
 * The board's measurements in board units (1 unit = 1 CSS px at 100 % zoom).
 * The Konva board, the print view and the hit tests all read these, so a
 * printed map lines up with the one on screen.
 */

export interface Size {
  width: number
  height: number
}

/** A sticky note: close to a real 3×2 inch note scaled up for a projector. */
export const CARD_SIZE: Size = { width: 200, height: 120 }

export interface Gaps {
  /** Between neighbouring cards in a cell, both ways. */
  card: number
  /** Between a cell's edge and its cards. */
  cellPadding: number
}

export const GAPS: Gaps = { card: 12, cellPadding: 16 }

export interface HeaderSizes {
  /** Minimum height of the stage header band (name, customer goal, business goal). */
  stageHeader: number
  /** Width of the lane header column (kind icon, title), on the start side. */
  laneHeader: number
  /** Inner padding of a stage header. */
  headerPadding: number
  /** Heights reserved for the stage name and each goal line when no text measure is given. */
  stageNameLine: number
  stageGoalLine: number
}

export const HEADER_SIZES: HeaderSizes = {
  stageHeader: 112,
  laneHeader: 180,
  headerPadding: 10,
  stageNameLine: 36,
  stageGoalLine: 28,
}

/** The emotion curve keeps this far from the top and bottom of its lane, room for faces. */
export const EMOTION_INSET = 28

/** Link arrows: how far a curve may bulge out of a card edge, and the arrow head length. */
export const LINK_BEND = { min: 24, max: 120 } as const
export const ARROW_LENGTH = 12

/**
 * Spatial index bucket edge. About two cards wide: a card sits in at most
 * four buckets, and a 1280×800 viewport at 100 % touches ~12 buckets.
 */
export const BUCKET_SIZE = 512

/**
 * Things a finger must be able to grab stay at least 44 screen px across
 * (WCAG 2.5.5), whatever the zoom: sizes in board units are `px / scale`.
 */
export const TOUCH_TARGET_PX = 44

/** Emotion faces: drawn at least 14 board units wide, grabbed within ~22 screen px of their centre. */
export function faceRadius(scale: number): { draw: number; hit: number } {
  return { draw: Math.max(14, 9 / scale), hit: Math.max(16, 22 / scale) }
}

/** How near (screen px) a stage's or lane's trailing header edge a press resizes it. */
export const HEADER_EDGE_REACH_PX = 22
/** How near (screen px) an arrow's curve a press picks it. */
export const LINK_REACH_PX = 22
