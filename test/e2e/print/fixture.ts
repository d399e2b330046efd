/**
 * A wall-sized test map: 6 stages (e-commerce), 8 lanes, N cards in English,
 * Persian, Chinese and Russian, with teams, channels, votes, an emotion curve
 * and a few links. Deterministic (no randomness) so PDFs compare run to run.
 */
import type { Card, JourneyMap, LaneKind, NoteColor, Project } from '../../../shared/model'

const STAGES = [
  ['Awareness', 'Notices the brand', 'Reach new buyers'],
  ['Consideration', 'Compares options', 'Educate and reassure'],
  ['Acquisition', 'Creates an account', 'Lower sign-up friction'],
  ['Purchase', 'Pays for the order', 'Convert without surprises'],
  ['Service', 'Gets help when stuck', 'Solve on first contact'],
  ['Loyalty', 'Buys again, recommends', 'Grow lifetime value'],
] as const

const LANES: Array<[LaneKind, string]> = [
  ['actions', 'Customer actions'],
  ['touchpoints', 'Touchpoints'],
  ['thoughts', 'Thoughts & quotes'],
  ['emotions', 'Emotions'],
  ['pain_points', 'Pain points'],
  ['opportunities', 'Opportunities'],
  ['teams', 'Responsible teams'],
  ['backstage', 'Backstage'],
]

export const PERSIAN = ['پرداخت در سایت خطا داد', 'ارسال رایگان را دوست دارم', 'پشتیبانی سریع پاسخ داد', 'قیمت‌ها را مقایسه می‌کند', 'سبد خرید را رها کرد']
export const CHINESE = ['在线支付失败了', '客户很喜欢免费送货', '客服回复很快', '比较不同商店的价格', '购物车被放弃了']
export const RUSSIAN = ['Очередь в кассу слишком длинная', 'Бесплатная доставка радует', 'Поддержка ответила быстро', 'Сравнивает цены в магазинах', 'Бросил корзину на оплате']
export const ENGLISH = ['Reads reviews on the phone', 'Checkout asks for too much', 'Wants to pay by invoice', 'Shares the order with a friend', 'Signs up for the newsletter']

const COLORS: NoteColor[] = ['yellow', 'orange', 'pink', 'blue', 'green', 'purple', 'teal']

/** The text of card i: scripts take turns so every cell mixes them. */
export function cardText(i: number): string {
  const bank = [PERSIAN, CHINESE, RUSSIAN, ENGLISH][i % 4] as string[]
  return `${bank[Math.floor(i / 4) % bank.length]} ${i + 1}`
}

export function wallProject(cardCount = 300, now = new Date('2026-11-20T10:00:00Z')): Project {
  const stages = STAGES.map(([name, customerGoal, businessGoal], i) => ({
    id: `s${i + 1}`,
    name,
    customerGoal,
    businessGoal,
    // Two notes side by side per cell, as a workshop wall usually has.
    width: 500,
    teamRoles: [],
    metrics: [],
  }))
  const lanes = LANES.map(([kind, title], i) => ({ id: `l${i + 1}`, kind, title, height: kind === 'emotions' ? 200 : 180 }))
  const teams = [
    { id: 't1', name: 'Marketing', color: '#3355cc' },
    { id: 't2', name: 'Support', color: '#0e9384' },
    { id: 't3', name: 'Payments', color: '#c4320a' },
    { id: 't4', name: 'Logistics', color: '#7a5af8' },
  ]
  const channels = [
    { id: 'ch1', name: 'Website', icon: 'website' as const },
    { id: 'ch2', name: 'Mobile app', icon: 'app' as const },
    { id: 'ch3', name: 'Live chat', icon: 'chat' as const },
  ]
  const cardLanes = lanes.filter((l) => l.kind !== 'emotions')
  const cards: Card[] = []
  for (let i = 0; i < cardCount; i++) {
    const stage = stages[i % stages.length]!
    const lane = cardLanes[Math.floor(i / stages.length) % cardLanes.length]!
    const card: Card = {
      id: `c${i + 1}`,
      stageId: stage.id,
      laneId: lane.id,
      order: i,
      text: cardText(i),
      color: COLORS[i % COLORS.length]!,
      teamIds: i % 3 === 0 ? [teams[i % 4]!.id] : i % 5 === 0 ? [teams[0]!.id, teams[2]!.id] : [],
      votes: i % 7 === 0 ? (i % 5) + 1 : 0,
      tags: i % 11 === 0 ? ['quick win'] : [],
      metrics: [],
    }
    if (lane.kind === 'touchpoints') {
      card.channelId = channels[i % channels.length]!.id
      card.phase = (['pre_purchase', 'purchase', 'post_purchase'] as const)[Math.min(2, Math.floor((i % 6) / 2))]
    }
    cards.push(card)
  }
  const scores = [1, 0.5, -0.5, -2, 1.5, 2]
  const reasons = ['Curious', 'Unsure which to pick', 'Too many fields', 'Payment failed!', 'Helpful agent', 'Tells friends']
  const map: JourneyMap = {
    id: 'm1',
    name: 'Checkout journey — wall print',
    type: 'current_state',
    personaId: 'p1',
    direction: 'ltr',
    stages,
    lanes,
    cards,
    links: [
      { id: 'k1', fromCardId: 'c1', toCardId: 'c8', label: '' },
      { id: 'k2', fromCardId: 'c4', toCardId: 'c2', label: 'goes back' },
    ],
    emotionPoints: stages.map((s, i) => ({ id: `e${i + 1}`, stageId: s.id, score: scores[i]!, reason: reasons[i]! })),
    actionItems: [],
  }
  return {
    id: 'p-wall',
    name: 'Webshop',
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
    personas: [
      { id: 'p1', name: 'Sara, online shopper', age: '34', gender: '', jobTitle: 'Designer', incomeSource: '', segment: 'Busy parents', motivations: [], influencers: [], goals: [], frustrations: [], notes: '' },
    ],
    teams,
    channels,
    metricDefinitions: [],
    maps: [map],
    snapshots: [],
    assets: [],
  }
}
