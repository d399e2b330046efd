/** Plain-English names for the parts of a project, used in repair lines and error messages. */

/** What one item of each list is called on screen. */
const ITEM_NOUNS: Record<string, string> = {
  maps: 'map',
  personas: 'persona',
  teams: 'team',
  channels: 'channel',
  metricDefinitions: 'metric',
  snapshots: 'snapshot',
  assets: 'image',
  stages: 'stage',
  lanes: 'lane',
  cards: 'card',
  links: 'arrow',
  emotionPoints: 'emotion point',
  actionItems: 'action item',
  teamRoles: 'team role',
  metrics: 'metric value',
  teamIds: 'team reference',
  tags: 'tag',
  motivations: 'motivation',
  influencers: 'influencer',
  goals: 'goal',
  frustrations: 'frustration',
}

/** Field names whose literal splitting would read oddly. */
const FIELD_WORDS: Record<string, string> = {
  id: 'id',
  teamIds: 'teams',
  imageAssetId: 'image',
  photoAssetId: 'photo',
  channelId: 'channel',
  personaId: 'persona',
  basedOnMapId: 'source map',
  opportunityCardId: 'opportunity card',
  ownerTeamId: 'owner team',
  stageId: 'stage',
  laneId: 'lane',
  cardId: 'card',
  fromCardId: 'start card',
  toCardId: 'end card',
  metricId: 'metric',
  teamId: 'team',
  metricDefinitions: 'metrics',
  assets: 'images',
  links: 'arrows',
  emotionScore: 'emotion score',
  score: 'emotion score',
  higherIsBetter: '“higher is better” setting',
  due: 'due date',
  createdAt: 'creation date',
  updatedAt: 'last-changed date',
  takenAt: 'snapshot date',
}

export function itemNoun(listKey: string): string {
  return ITEM_NOUNS[listKey] ?? 'item'
}

export function fieldWords(key: string): string {
  return FIELD_WORDS[key] ?? key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase()
}

/** "1 card", "3 cards", "2 emotion points". */
export function count(n: number, noun: string): string {
  return `${n} ${n === 1 ? noun : plural(noun)}`
}

export function plural(noun: string): string {
  return noun.endsWith('s') ? noun : `${noun}s`
}

/** "was" or "were", to agree with a count. */
export function was(n: number): string {
  return n === 1 ? 'was' : 'were'
}

/** "50,005": thousands grouped, the same on every machine (lines are English). */
export function formatCount(n: number): string {
  return n.toLocaleString('en-US')
}
