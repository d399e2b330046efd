import { z } from 'zod'
import { Id, ShortText } from './primitives'

export const MetricKind = z.enum([
  'bounce_rate',
  'cart_abandonment_rate',
  'acquisition_cost',
  'conversion_rate',
  'customer_effort_score',
  'engagement',
  'customer_lifetime_value',
  'loyalty',
  'reach',
  'retention',
  'csat',
  'nps',
  'seo_ranking',
  'visitor_intent',
  'custom',
])
export type MetricKind = z.infer<typeof MetricKind>

export const MetricDefinition = z.looseObject({
  id: Id,
  name: ShortText,
  kind: MetricKind.default('custom'),
  unit: ShortText.default(''),
  higherIsBetter: z.boolean().default(true),
})
export type MetricDefinition = z.infer<typeof MetricDefinition>

export const Trend = z.enum(['up', 'down', 'flat'])

/** A measured value laid over a card or a stage. */
export const MetricValue = z.looseObject({
  metricId: Id,
  value: z.number().finite(),
  target: z.number().finite().optional(),
  trend: Trend.default('flat'),
})
export type MetricValue = z.infer<typeof MetricValue>
