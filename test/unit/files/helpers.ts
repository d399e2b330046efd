/** Shared by the main/files tests and the crash-test child process. */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { asJourneyRead, type FileParser } from '../../../main/files/parser'
import { readCsv } from '../../../shared/csv/read'
import { parseJourney } from '../../../shared/format'
import { makeCard, makeMap, makeProject, type Project } from '../../../shared/model'

/**
 * Parses on the calling thread: for tests about files on disk (crash safety,
 * permissions, backups) rather than about threads. The worker itself is
 * tested in off-thread-parser.test.ts and behind every e2e test.
 */
export const inlineParser: FileParser = {
  parseJourney: async (bytes, options) => asJourneyRead(parseJourney(bytes, options)),
  readCsv: async (bytes, options) => readCsv(bytes, options.fileName),
}

export async function makeTempDir(label: string): Promise<{ dir: string; cleanUp: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), `jw-${label}-`))
  return { dir, cleanUp: () => rm(dir, { recursive: true, force: true }) }
}

export function smallProject(name = 'Checkout journey'): Project {
  const map = makeMap(
    'Current state',
    [{ name: 'Awareness' }, { name: 'Purchase' }],
    [
      { kind: 'touchpoints', title: 'Touchpoints' },
      { kind: 'pain_points', title: 'Pain points' },
    ],
  )
  const stage = map.stages[0]
  const lane = map.lanes[0]
  if (!stage || !lane) throw new Error('makeMap gave no stage or lane')
  map.cards.push(makeCard({ stageId: stage.id, laneId: lane.id, order: 1, text: 'Sees an ad on the metro' }))
  return makeProject(name, map)
}

/** Longish text in the workshop languages: multi-byte UTF-8, right-to-left, no spaces in Chinese. */
const PHRASES = [
  'The customer compares delivery options and cannot find the payment method they wanted, so they leave the page.',
  'مشتری گزینه‌های ارسال را مقایسه می‌کند و روش پرداخت دلخواهش را پیدا نمی‌کند، پس صفحه را ترک می‌کند.',
  '顾客比较了配送方式，却找不到想要的支付方式，于是离开了页面。客服电话一直占线，评论区里也没有答案。',
  'Клиент сравнивает варианты доставки и не находит нужный способ оплаты, поэтому уходит со страницы.',
  'Clientul compară opțiunile de livrare și nu găsește metoda de plată dorită, așa că părăsește pagina.',
]

/** A big map: `cardCount` cards of about 700 bytes each, spread over stages × lanes. */
export function largeProject(cardCount = 3000): Project {
  const map = makeMap(
    'Large workshop map',
    ['Awareness', 'Consideration', 'Acquisition', 'Purchase', 'Service', 'Loyalty'].map((name) => ({ name })),
    [
      { kind: 'actions', title: 'Customer actions' },
      { kind: 'touchpoints', title: 'Touchpoints' },
      { kind: 'thoughts', title: 'Thoughts' },
      { kind: 'pain_points', title: 'Pain points' },
      { kind: 'opportunities', title: 'Opportunities' },
    ],
  )
  for (let i = 0; i < cardCount; i++) {
    const stage = map.stages[i % map.stages.length]
    const lane = map.lanes[Math.floor(i / map.stages.length) % map.lanes.length]
    if (!stage || !lane) throw new Error('no stage or lane')
    const text = [0, 1, 2, 3].map((k) => PHRASES[(i + k) % PHRASES.length]).join(' ')
    map.cards.push(makeCard({ stageId: stage.id, laneId: lane.id, order: i, text: `#${i} ${text}` }))
  }
  return makeProject('Large project', map, new Date('2026-01-01T00:00:00.000Z'))
}

/**
 * The content saved in round `round` of the crash test: even and odd rounds
 * differ in name, card count and every card's text, so a file that mixed two
 * rounds could not pass for either.
 */
export function crashRoundContent(base: Project, round: number): Project {
  const map = base.maps[0]
  if (!map) throw new Error('base project has no map')
  const odd = round % 2 === 1
  const cards = odd ? map.cards.slice(0, -150).map((card) => ({ ...card, text: `${card.text} (odd round)` })) : map.cards
  return { ...base, name: `round-${round}`, maps: [{ ...map, cards }] }
}

export function roundOf(project: Project): number {
  const match = /^round-(\d+)$/.exec(project.name)
  if (!match?.[1]) throw new Error(`not a crash-test round: ${project.name}`)
  return Number(match[1])
}
