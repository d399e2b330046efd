/**
 * Deterministic benchmark maps: the same seed gives the same bytes, so runs on
 * different days compare the same boards. A board looks like a real workshop
 * wall grown large: 6–12 stages × 8 lanes (touchpoints with channels and
 * phases, an emotions lane with one point per stage, teams), sticky notes in
 * English, Persian, Chinese, Russian and Romanian (3–25 words), and links
 * between about 5 % of the cards.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { serializeJourney } from '../shared/format'
import {
  Project,
  type Card,
  type Channel,
  type EmotionPoint,
  type JourneyMap,
  type Lane,
  type LaneKind,
  type Link,
  type NoteColor,
  type Stage,
  type Team,
} from '../shared/model'

export const BENCH_SIZES = [500, 2000, 5000] as const

/** mulberry32: tiny, fast, good enough to pick words. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

class Dice {
  private readonly next: () => number
  private counter = 0
  constructor(seed: number) {
    this.next = seededRandom(seed)
  }
  float(): number {
    return this.next()
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1))
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T
  }
  chance(p: number): boolean {
    return this.next() < p
  }
  /** Index by weight. */
  weighted(weights: readonly number[]): number {
    const total = weights.reduce((a, b) => a + b, 0)
    let r = this.next() * total
    for (let i = 0; i < weights.length; i++) {
      r -= weights[i] as number
      if (r < 0) return i
    }
    return weights.length - 1
  }
  id(prefix: string): string {
    return `${prefix}${(this.counter++).toString(36).padStart(4, '0')}${Math.floor(this.next() * 36 ** 6).toString(36)}`
  }
}

const WORDS = {
  en: 'customer compares prices online before calling the store and waits too long on hold while the agent checks stock delivery date refund receipt email confirmation app crashes at checkout coupon code does not apply so she asks a friend reads reviews abandons cart returns later with a discount loyalty points expire support chat answers quickly but transfers twice invoice arrives late package damaged courier leaves note neighbour picks up password reset link expired again onboarding video helpful'.split(
    ' ',
  ),
  ro: 'clientul compară prețurile pe site înainte să sune la magazin și așteaptă prea mult la telefon livrarea întârzie factura vine târziu aplicația se blochează la plată codul de reducere nu merge cere ajutor unei prietene citește recenzii revine mai târziu cu o ofertă nouă coletul este deteriorat curierul lasă un bilet'.split(
    ' ',
  ),
  ru: 'клиент сравнивает цены на сайте перед звонком в магазин и долго ждёт ответа оператора доставка задерживается чек приходит поздно приложение зависает при оплате промокод не работает просит помощи у подруги читает отзывы возвращается позже со скидкой посылка повреждена курьер оставляет записку'.split(
    ' ',
  ),
  fa: 'مشتری قیمت ها را در سایت مقایسه می کند قبل از تماس با فروشگاه و مدت زیادی پشت خط منتظر می ماند ارسال دیر می شود فاکتور دیر می رسد برنامه هنگام پرداخت قفل می شود کد تخفیف کار نمی کند از دوستش کمک می گیرد نظرات را می خواند بعدا با تخفیف برمی گردد بسته آسیب دیده است پیک یادداشت می گذارد'.split(
    ' ',
  ),
  zh: '顾客 在 网站 上 比较 价格 然后 打电话 给 门店 等待 很久 配送 延迟 发票 来得 太晚 应用 在 结账 时 卡住 优惠码 无法 使用 向 朋友 求助 阅读 评论 稍后 带着 折扣 回来 包裹 损坏 快递员 留下 字条 客服 回复 很快 但是 转接 两次'.split(
    ' ',
  ),
} as const
type Lang = keyof typeof WORDS
const LANG_WEIGHTS: Array<[Lang, number]> = [
  ['en', 40],
  ['fa', 15],
  ['zh', 15],
  ['ru', 15],
  ['ro', 15],
]

function sentence(dice: Dice, lang: Lang): string {
  const count = dice.int(3, 25)
  const words: string[] = []
  for (let i = 0; i < count; i++) words.push(dice.pick(WORDS[lang]))
  if (lang === 'zh') {
    // No spaces in Chinese; an occasional comma, and sometimes a Latin word in the middle (mixed text).
    let out = ''
    words.forEach((w, i) => {
      out += w
      if (i > 0 && i < count - 1 && dice.chance(0.12)) out += '，'
      if (dice.chance(0.04)) out += dice.pick(['App', 'iPhone', 'PDF', 'VIP'])
    })
    return `${out}。`
  }
  const text = words.join(' ')
  const first = text.charAt(0).toUpperCase() + text.slice(1)
  return `${first}.`
}

interface LaneSpec {
  kind: LaneKind
  title: string
  /** Relative share of the cards; the emotions lane holds points, not notes. */
  weight: number
  colors: NoteColor[]
}

const LANES: LaneSpec[] = [
  { kind: 'touchpoints', title: 'Touchpoints', weight: 1.2, colors: ['blue', 'teal'] },
  { kind: 'actions', title: 'Customer actions', weight: 1.5, colors: ['yellow', 'orange'] },
  { kind: 'thoughts', title: 'Thoughts & questions', weight: 1.0, colors: ['purple', 'white'] },
  { kind: 'emotions', title: 'Emotions', weight: 0, colors: ['yellow'] },
  { kind: 'pain_points', title: 'Pain points', weight: 1.0, colors: ['red', 'pink'] },
  { kind: 'opportunities', title: 'Opportunities', weight: 0.8, colors: ['green', 'teal'] },
  { kind: 'teams', title: 'Responsible teams', weight: 0.3, colors: ['gray', 'white'] },
  { kind: 'backstage', title: 'Backstage', weight: 0.7, colors: ['gray', 'blue', 'yellow'] },
]

const STAGE_NAMES = [
  'Awareness',
  'Consideration',
  'Comparison',
  'Purchase',
  'Delivery',
  'Onboarding',
  'First use',
  'Support',
  'Billing',
  'Renewal',
  'Loyalty',
  'Advocacy',
]

const TEAM_SEEDS: Array<[string, string]> = [
  ['Marketing', '#e4572e'],
  ['Sales', '#f3a712'],
  ['Customer care', '#29335c'],
  ['Logistics', '#669bbc'],
  ['Product', '#a8c686'],
  ['Finance', '#8e5572'],
]

const CHANNEL_SEEDS: Array<[string, Channel['icon']]> = [
  ['Search ad', 'ad'],
  ['Website', 'website'],
  ['Call centre', 'phone'],
  ['Email', 'email'],
  ['Instagram', 'social'],
  ['Live chat', 'chat'],
  ['Store', 'store'],
  ['Mobile app', 'app'],
]

const FIXED_TIME = '2026-01-01T09:00:00.000Z'

/** Stage count and note columns per stage, so bigger maps grow both wider and taller. */
function shapeFor(cardCount: number): { stages: number; columns: number } {
  if (cardCount <= 800) return { stages: 6, columns: 4 }
  if (cardCount <= 2500) return { stages: 9, columns: 5 }
  return { stages: 12, columns: 7 }
}

function stageWidthFor(columns: number): number {
  // Card 200 wide, 12 between, 16 padding each side (shared/layout metrics).
  return 2 * 16 + columns * 200 + (columns - 1) * 12
}

export function generateProject(cardCount: number, seed = 20261122 + cardCount): Project {
  const dice = new Dice(seed)
  const shape = shapeFor(cardCount)
  const teams: Team[] = TEAM_SEEDS.map(([name, color]) => ({ id: dice.id('t'), name, color }))
  const channels: Channel[] = CHANNEL_SEEDS.map(([name, icon]) => ({ id: dice.id('ch'), name, icon }))

  const stages: Stage[] = Array.from({ length: shape.stages }, (_, i) => {
    const columns = Math.max(2, shape.columns + dice.int(-1, 1))
    const roleTeams = new Set<string>()
    for (let k = dice.int(1, 3); k > 0; k--) roleTeams.add(dice.pick(teams).id)
    return {
      id: dice.id('s'),
      name: STAGE_NAMES[i % STAGE_NAMES.length] as string,
      customerGoal: sentence(dice, dice.chance(0.7) ? 'en' : dice.pick(['fa', 'ru', 'zh', 'ro'] as const)).slice(0, 120),
      businessGoal: sentence(dice, 'en').slice(0, 120),
      width: stageWidthFor(columns),
      teamRoles: [...roleTeams].map((teamId) => ({ teamId, role: dice.pick(['owns', 'supports', 'informed']) })),
      metrics: [],
    }
  })
  const lanes: Lane[] = LANES.map((spec) => ({
    id: dice.id('l'),
    kind: spec.kind,
    title: spec.title,
    height: spec.kind === 'emotions' ? 200 : 180,
  }))

  // Cells get uneven shares, as on a real wall: some cells are crowded, some nearly empty.
  const cellWeights: number[] = []
  const cellsOf: Array<{ stage: Stage; lane: Lane; spec: LaneSpec }> = []
  stages.forEach((stage) => {
    const stageFactor = 0.6 + dice.float() * 0.8
    LANES.forEach((spec, l) => {
      cellsOf.push({ stage, lane: lanes[l] as Lane, spec })
      cellWeights.push(spec.weight * stageFactor * (0.6 + dice.float() * 0.8))
    })
  })

  const orderInCell = new Map<string, number>()
  const cards: Card[] = []
  for (let i = 0; i < cardCount; i++) {
    const cell = cellsOf[dice.weighted(cellWeights)] as (typeof cellsOf)[number]
    const key = `${cell.stage.id}/${cell.lane.id}`
    const order = orderInCell.get(key) ?? 0
    orderInCell.set(key, order + 1)
    const lang = LANG_WEIGHTS[dice.weighted(LANG_WEIGHTS.map(([, w]) => w))]![0]
    const card: Card = {
      id: dice.id('c'),
      stageId: cell.stage.id,
      laneId: cell.lane.id,
      order,
      text: sentence(dice, lang),
      color: dice.pick(cell.spec.colors),
      teamIds: [],
      votes: dice.chance(0.3) ? dice.int(1, 9) : 0,
      tags: dice.chance(0.2) ? [dice.pick(['quick win', 'research', 'legal', 'q3'])] : [],
      metrics: [],
    }
    if (cell.spec.kind === 'touchpoints') {
      card.channelId = dice.pick(channels).id
      card.phase = dice.pick(['pre_purchase', 'purchase', 'post_purchase'] as const)
      if (dice.chance(0.3)) card.moment = dice.pick(['impact', 'influence'] as const)
    }
    if (cell.spec.kind === 'teams' || cell.spec.kind === 'backstage' || dice.chance(0.1)) {
      const count = dice.int(1, 2)
      for (let k = 0; k < count; k++) {
        const team = dice.pick(teams).id
        if (!card.teamIds.includes(team)) card.teamIds.push(team)
      }
    }
    if (cell.spec.kind === 'pain_points' && dice.chance(0.5)) {
      card.evidence = { source: dice.pick(['interview', 'survey', 'support_log', 'complaint'] as const), note: '' }
    }
    cards.push(card)
  }

  const emotionPoints: EmotionPoint[] = stages.map((stage) => ({
    id: dice.id('e'),
    stageId: stage.id,
    score: dice.int(-4, 4) / 2,
    reason: sentence(dice, dice.pick(['en', 'fa', 'ru'] as const)).split(' ').slice(0, 4).join(' '),
  }))

  // ~5 % of the cards start a link, mostly to a card one or two stages on (A → E → C paths happen too).
  const links: Link[] = []
  const byStage = new Map<string, Card[]>()
  for (const card of cards) {
    const list = byStage.get(card.stageId)
    if (list) list.push(card)
    else byStage.set(card.stageId, [card])
  }
  const seen = new Set<string>()
  for (let i = 0, tries = 0; i < Math.round(cardCount * 0.05) && tries < cardCount; tries++) {
    const from = dice.pick(cards)
    const s = stages.findIndex((st) => st.id === from.stageId)
    const hop = dice.chance(0.15) ? dice.int(-2, 3) : dice.int(0, 2)
    const target = stages[Math.min(stages.length - 1, Math.max(0, s + hop))] as Stage
    const candidates = byStage.get(target.id)
    if (!candidates) continue
    // Mostly to the same or a neighbouring lane: arrows follow one row of the journey.
    const lane = lanes.findIndex((l) => l.id === from.laneId)
    const near = dice.chance(0.7) ? candidates.filter((c) => Math.abs(lanes.findIndex((l) => l.id === c.laneId) - lane) <= 1) : candidates
    const to = dice.pick(near.length > 0 ? near : candidates)
    const key = `${from.id}>${to.id}`
    if (to.id === from.id || seen.has(key)) continue
    seen.add(key)
    links.push({ id: dice.id('k'), fromCardId: from.id, toCardId: to.id, label: dice.chance(0.2) ? 'then' : '' })
    i++
  }

  const map: JourneyMap = {
    id: dice.id('m'),
    name: `Benchmark ${cardCount}`,
    type: 'current_state',
    direction: 'ltr',
    stages,
    lanes,
    cards,
    links,
    emotionPoints,
    actionItems: [],
  }
  // Parse through the schema: the file must be one the app accepts as is.
  return Project.parse({
    id: dice.id('p'),
    name: `Benchmark ${cardCount} cards`,
    createdAt: FIXED_TIME,
    updatedAt: FIXED_TIME,
    personas: [],
    teams,
    channels,
    metricDefinitions: [],
    maps: [map],
    snapshots: [],
    assets: [],
  })
}

export function mapFileName(cardCount: number): string {
  return `bench-${cardCount}.journey`
}

/** Writes one .journey file per size into `dir`; returns their paths by size. */
export async function writeBenchMaps(dir: string, sizes: readonly number[] = BENCH_SIZES): Promise<Map<number, string>> {
  await mkdir(dir, { recursive: true })
  const out = new Map<number, string>()
  for (const size of sizes) {
    const path = join(dir, mapFileName(size))
    await writeFile(path, serializeJourney(generateProject(size)))
    out.set(size, path)
  }
  return out
}
