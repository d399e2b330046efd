import type { LaneKind, MapType } from '../model'

/**
 * Template data only: i18n keys with their English defaults. The English
 * catalog is derived from these defaults, so there is one source for it.
 */

export interface TextKey {
  key: string
  en: string
}

export interface StageTemplate {
  name: TextKey
  customerGoal?: TextKey
  businessGoal?: TextKey
}

export interface LaneTemplate {
  kind: LaneKind
  title: TextKey
}

export interface MapTemplate {
  id: TemplateId
  name: TextKey
  description: TextKey
  mapType: MapType
  stages: StageTemplate[]
  lanes: LaneTemplate[]
}

export const TEMPLATE_IDS = ['fourStage', 'fiveStage', 'sixStageEcommerce', 'serviceBlueprint', 'empty'] as const
export type TemplateId = (typeof TEMPLATE_IDS)[number]

const text = (key: string, en: string): TextKey => ({ key, en })

function stage(template: TemplateId, slug: string, name: string, customerGoal: string, businessGoal: string): StageTemplate {
  const base = `templates.${template}.stages.${slug}`
  return {
    name: text(`${base}.name`, name),
    customerGoal: text(`${base}.customerGoal`, customerGoal),
    businessGoal: text(`${base}.businessGoal`, businessGoal),
  }
}

/** Lane titles are shared between templates so each is translated once. */
const lane = (kind: LaneKind, slug: string, en: string): LaneTemplate => ({ kind, title: text(`templates.lanes.${slug}`, en) })

const LANES = {
  actions: lane('actions', 'actions', 'Customer actions'),
  touchpoints: lane('touchpoints', 'touchpoints', 'Touchpoints'),
  thoughts: lane('thoughts', 'thoughts', 'Thoughts & quotes'),
  emotions: lane('emotions', 'emotions', 'Emotions'),
  painPoints: lane('pain_points', 'painPoints', 'Pain points'),
  opportunities: lane('opportunities', 'opportunities', 'Opportunities'),
  teams: lane('teams', 'teams', 'Responsible teams'),
  metrics: lane('metrics', 'metrics', 'Metrics'),
  evidence: lane('touchpoints', 'evidence', 'Physical evidence & touchpoints'),
  frontstage: lane('frontstage', 'frontstage', 'Frontstage actions'),
  backstage: lane('backstage', 'backstage', 'Backstage actions'),
  support: lane('support', 'support', 'Support processes'),
  notes: lane('free', 'notes', 'Notes'),
} as const

const JOURNEY_LANES = [
  LANES.actions,
  LANES.touchpoints,
  LANES.thoughts,
  LANES.emotions,
  LANES.painPoints,
  LANES.opportunities,
  LANES.teams,
]

export const TEMPLATES: readonly MapTemplate[] = [
  {
    id: 'fourStage',
    name: text('templates.fourStage.name', 'Four-stage journey'),
    description: text('templates.fourStage.description', 'Reach & engage · Nurture & educate · Convert & close · Support & grow'),
    mapType: 'current_state',
    stages: [
      stage('fourStage', 'reachEngage', 'Reach & engage', 'Find a way to solve my problem', 'Get noticed by the right people'),
      stage('fourStage', 'nurtureEducate', 'Nurture & educate', 'Understand my options and whom to trust', 'Build trust and show our value'),
      stage('fourStage', 'convertClose', 'Convert & close', 'Buy with confidence and without friction', 'Turn interest into a sale'),
      stage('fourStage', 'supportGrow', 'Support & grow', 'Get value and help when I need it', 'Keep, expand and earn referrals'),
    ],
    lanes: JOURNEY_LANES,
  },
  {
    id: 'fiveStage',
    name: text('templates.fiveStage.name', 'Five-stage journey'),
    description: text('templates.fiveStage.description', 'Awareness · Consideration · Purchase · Retention · Advocacy'),
    mapType: 'current_state',
    stages: [
      stage('fiveStage', 'awareness', 'Awareness', 'Learn that a solution exists', 'Be found where customers look'),
      stage('fiveStage', 'consideration', 'Consideration', 'Compare options and pick what fits me', 'Show why we are the best fit'),
      stage('fiveStage', 'purchase', 'Purchase', 'Buy quickly and safely', 'Make buying effortless'),
      stage('fiveStage', 'retention', 'Retention', 'Get the value I paid for', 'Keep customers successful and coming back'),
      stage('fiveStage', 'advocacy', 'Advocacy', 'Share a good experience', 'Turn customers into promoters'),
    ],
    lanes: JOURNEY_LANES,
  },
  {
    id: 'sixStageEcommerce',
    name: text('templates.sixStageEcommerce.name', 'E-commerce journey (6 stages)'),
    description: text(
      'templates.sixStageEcommerce.description',
      'Awareness · Consideration · Acquisition · Purchase/Action · Service · Loyalty',
    ),
    mapType: 'current_state',
    stages: [
      stage('sixStageEcommerce', 'awareness', 'Awareness', 'Discover products that meet my need', 'Bring shoppers to the store'),
      stage('sixStageEcommerce', 'consideration', 'Consideration', 'Find and compare the right product', 'Help shoppers choose'),
      stage('sixStageEcommerce', 'acquisition', 'Acquisition', 'Sign up or fill my cart easily', 'Win the account, the cart or the subscriber'),
      stage('sixStageEcommerce', 'purchaseAction', 'Purchase/Action', 'Pay the way I want and get a confirmation', 'Complete checkout without drop-off'),
      stage('sixStageEcommerce', 'service', 'Service', 'Get delivery, returns and help without hassle', 'Solve issues quickly and well'),
      stage('sixStageEcommerce', 'loyalty', 'Loyalty', 'Feel rewarded for coming back', 'Drive repeat purchases and reviews'),
    ],
    lanes: [...JOURNEY_LANES, LANES.metrics],
  },
  {
    id: 'serviceBlueprint',
    name: text('templates.serviceBlueprint.name', 'Service blueprint'),
    description: text(
      'templates.serviceBlueprint.description',
      'The customer journey with the frontstage, backstage and support processes behind it',
    ),
    mapType: 'service_blueprint',
    stages: [
      stage('serviceBlueprint', 'discover', 'Discover', 'Find out what the service offers', 'Set clear expectations'),
      stage('serviceBlueprint', 'request', 'Request', 'Order or book the service easily', 'Capture the request correctly'),
      stage('serviceBlueprint', 'receive', 'Receive', 'Get the service as promised', 'Deliver on time and to standard'),
      stage('serviceBlueprint', 'use', 'Use', 'Get the outcome I wanted', 'Help customers succeed'),
      stage('serviceBlueprint', 'getHelp', 'Get help', 'Have problems solved quickly', 'Fix issues at their root'),
    ],
    lanes: [LANES.evidence, LANES.actions, LANES.frontstage, LANES.backstage, LANES.support, LANES.emotions, LANES.painPoints],
  },
  {
    id: 'empty',
    name: text('templates.empty.name', 'Empty map'),
    description: text('templates.empty.description', 'Three stages and one lane of notes to shape as you go'),
    mapType: 'current_state',
    stages: [
      { name: text('templates.empty.stages.stage1.name', 'Stage 1') },
      { name: text('templates.empty.stages.stage2.name', 'Stage 2') },
      { name: text('templates.empty.stages.stage3.name', 'Stage 3') },
    ],
    lanes: [LANES.notes],
  },
]
