import { z } from 'zod'
import { HexColor, Id, LongText, ShortText } from './primitives'

export const Persona = z.looseObject({
  id: Id,
  name: ShortText,
  photoAssetId: Id.optional(),
  age: ShortText.default(''),
  gender: ShortText.default(''),
  jobTitle: ShortText.default(''),
  incomeSource: ShortText.default(''),
  segment: ShortText.default(''),
  motivations: z.array(ShortText).max(100).default([]),
  influencers: z.array(ShortText).max(100).default([]),
  goals: z.array(ShortText).max(100).default([]),
  frustrations: z.array(ShortText).max(100).default([]),
  notes: LongText.default(''),
})
export type Persona = z.infer<typeof Persona>

export const Team = z.looseObject({
  id: Id,
  name: ShortText,
  color: HexColor,
})
export type Team = z.infer<typeof Team>

export const ChannelIcon = z.enum([
  'ad',
  'website',
  'phone',
  'email',
  'newsletter',
  'social',
  'chat',
  'store',
  'event',
  'checkout',
  'ticket',
  'review',
  'app',
  'other',
])
export type ChannelIcon = z.infer<typeof ChannelIcon>

export const Channel = z.looseObject({
  id: Id,
  name: ShortText,
  icon: ChannelIcon.default('other'),
})
export type Channel = z.infer<typeof Channel>
