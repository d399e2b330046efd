import { z } from 'zod'

/**
 * Limits on any single value. A file mailed from someone else is untrusted, so
 * every string and list has a ceiling; they are generous for real maps.
 */
export const LIMITS = {
  idLength: 64,
  shortText: 200,
  longText: 10_000,
  listItems: 100_000,
  tags: 50,
} as const

/** Record ids: short, printable, safe as object keys (never `__proto__`). */
export const Id = z
  .string()
  .min(1)
  .max(LIMITS.idLength)
  .regex(/^[A-Za-z0-9_-]+$/, 'ids use letters, digits, "_" and "-" only')
  .refine((s) => !['__proto__', 'constructor', 'prototype'].includes(s), 'reserved id')
export type Id = z.infer<typeof Id>

export const ShortText = z.string().max(LIMITS.shortText)
export const LongText = z.string().max(LIMITS.longText)

/** ISO-8601 timestamp, kept as text so files stay diffable. */
export const Timestamp = z.iso.datetime({ offset: true })

/** Named sticky-note paper colours; the palette itself lives in the renderer theme. */
export const NoteColor = z.enum([
  'yellow',
  'orange',
  'pink',
  'red',
  'purple',
  'blue',
  'teal',
  'green',
  'gray',
  'white',
])
export type NoteColor = z.infer<typeof NoteColor>

/** Team colours are free CSS hex colours (#rgb or #rrggbb) — never arbitrary CSS. */
export const HexColor = z.string().regex(/^#(?:[0-9a-fA-F]{3}){1,2}$/, 'a colour like #1a2b3c')

/** Emotion score on the −2 … +2 scale used by the emotion curve. */
export const EmotionScore = z.number().min(-2).max(2)
