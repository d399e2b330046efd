import { z } from 'zod'
import { MetricValue } from './metrics'
import { EmotionScore, Id, LIMITS, LongText, NoteColor, ShortText, Timestamp } from './primitives'

export const MapType = z.enum(['current_state', 'day_in_the_life', 'future_state', 'service_blueprint'])
export type MapType = z.infer<typeof MapType>

export const LaneKind = z.enum([
  'actions',
  'touchpoints',
  'thoughts',
  'emotions',
  'pain_points',
  'opportunities',
  'teams',
  'metrics',
  'frontstage',
  'backstage',
  'support',
  'free',
])
export type LaneKind = z.infer<typeof LaneKind>

/** Sizes are in board units (1 unit = 1 CSS px at 100 % zoom). */
export const Stage = z.looseObject({
  id: Id,
  name: ShortText,
  customerGoal: ShortText.default(''),
  businessGoal: ShortText.default(''),
  width: z.number().min(120).max(4000).default(280),
  /** What each responsible team does in this stage. */
  teamRoles: z
    .array(z.looseObject({ teamId: Id, role: ShortText.default('') }))
    .max(200)
    .default([]),
  metrics: z.array(MetricValue).max(100).default([]),
})
export type Stage = z.infer<typeof Stage>

export const Lane = z.looseObject({
  id: Id,
  kind: LaneKind,
  title: ShortText,
  height: z.number().min(60).max(4000).default(180),
})
export type Lane = z.infer<typeof Lane>

export const Phase = z.enum(['pre_purchase', 'purchase', 'post_purchase'])
export type Phase = z.infer<typeof Phase>

/** How much a touchpoint weighs: passed by almost everyone, or swaying a few. */
export const Moment = z.enum(['impact', 'influence'])

export const EvidenceSource = z.enum([
  'interview',
  'survey',
  'support_log',
  'web_analytics',
  'complaint',
  'sales_conversation',
  'other',
])
export type EvidenceSource = z.infer<typeof EvidenceSource>

export const Evidence = z.looseObject({
  source: EvidenceSource,
  note: ShortText.default(''),
})

export const Card = z.looseObject({
  id: Id,
  stageId: Id,
  laneId: Id,
  /** Position among the cards of one cell; fractional so moves never renumber. */
  order: z.number().finite(),
  text: LongText.default(''),
  color: NoteColor.default('yellow'),
  channelId: Id.optional(),
  phase: Phase.optional(),
  moment: Moment.optional(),
  teamIds: z.array(Id).max(200).default([]),
  evidence: Evidence.optional(),
  emotionScore: EmotionScore.optional(),
  votes: z.number().int().min(0).max(100_000).default(0),
  tags: z.array(ShortText).max(LIMITS.tags).default([]),
  metrics: z.array(MetricValue).max(100).default([]),
  imageAssetId: Id.optional(),
})
export type Card = z.infer<typeof Card>

/** An arrow between two cards: the non-linear path a customer really takes. */
export const Link = z.looseObject({
  id: Id,
  fromCardId: Id,
  toCardId: Id,
  label: ShortText.default(''),
})
export type Link = z.infer<typeof Link>

/** One point of the emotion curve: per stage, or per touchpoint card when cardId is set. */
export const EmotionPoint = z.looseObject({
  id: Id,
  stageId: Id,
  cardId: Id.optional(),
  score: EmotionScore,
  reason: ShortText.default(''),
})
export type EmotionPoint = z.infer<typeof EmotionPoint>

export const Level = z.enum(['low', 'medium', 'high'])
export const ActionStatus = z.enum(['todo', 'doing', 'done', 'dropped'])

export const ActionItem = z.looseObject({
  id: Id,
  action: ShortText,
  opportunityCardId: Id.optional(),
  ownerTeamId: Id.optional(),
  impact: Level.default('medium'),
  effort: Level.default('medium'),
  priority: z.number().int().min(0).max(1000).default(0),
  status: ActionStatus.default('todo'),
  due: ShortText.optional(),
})
export type ActionItem = z.infer<typeof ActionItem>

export const TextDirection = z.enum(['auto', 'ltr', 'rtl'])

export const JourneyMap = z.looseObject({
  id: Id,
  name: ShortText,
  type: MapType.default('current_state'),
  personaId: Id.optional(),
  /** A future-state map remembers the current-state map it was made from. */
  basedOnMapId: Id.optional(),
  direction: TextDirection.default('auto'),
  stages: z.array(Stage).max(500).default([]),
  lanes: z.array(Lane).max(200).default([]),
  cards: z.array(Card).max(LIMITS.listItems).default([]),
  links: z.array(Link).max(LIMITS.listItems).default([]),
  emotionPoints: z.array(EmotionPoint).max(LIMITS.listItems).default([]),
  actionItems: z.array(ActionItem).max(LIMITS.listItems).default([]),
  updatedAt: Timestamp.optional(),
})
export type JourneyMap = z.infer<typeof JourneyMap>
