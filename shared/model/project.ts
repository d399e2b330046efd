import { z } from 'zod'
import { JourneyMap } from './map'
import { MetricDefinition } from './metrics'
import { Channel, Persona, Team } from './people'
import { Id, ShortText, Timestamp } from './primitives'

/** Raster images only: SVG is never accepted (it can carry script). */
export const ImageMime = z.enum(['image/png', 'image/jpeg', 'image/webp'])

export const Asset = z.looseObject({
  id: Id,
  mime: ImageMime,
  width: z.number().int().min(1).max(8192),
  height: z.number().int().min(1).max(8192),
  /** base64 of the re-encoded image; 2 MB of bytes at most. */
  data: z.string().max(2_800_000).regex(/^[A-Za-z0-9+/]*={0,2}$/, 'base64'),
})
export type Asset = z.infer<typeof Asset>

/** A dated copy of a map, kept for the 3–5 monthly review cycle. */
export const Snapshot = z.looseObject({
  id: Id,
  label: ShortText,
  takenAt: Timestamp,
  map: JourneyMap,
})
export type Snapshot = z.infer<typeof Snapshot>

export const Project = z.looseObject({
  id: Id,
  name: ShortText,
  createdAt: Timestamp,
  updatedAt: Timestamp,
  personas: z.array(Persona).max(1000).default([]),
  teams: z.array(Team).max(1000).default([]),
  channels: z.array(Channel).max(1000).default([]),
  metricDefinitions: z.array(MetricDefinition).max(1000).default([]),
  maps: z.array(JourneyMap).min(1).max(200),
  snapshots: z.array(Snapshot).max(1000).default([]),
  assets: z.array(Asset).max(500).default([]),
})
export type Project = z.infer<typeof Project>
/** What a caller may hand in (defaults not yet applied). */
export type ProjectInput = z.input<typeof Project>
