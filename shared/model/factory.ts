import { newId } from './ids'
import type { Card, JourneyMap, Lane, LaneKind, MapType, Stage } from './map'
import type { Project } from './project'

export interface StageSeed {
  name: string
  customerGoal?: string
  businessGoal?: string
}

export function makeStage(seed: StageSeed, id = newId('s')): Stage {
  return {
    id,
    name: seed.name,
    customerGoal: seed.customerGoal ?? '',
    businessGoal: seed.businessGoal ?? '',
    width: 280,
    teamRoles: [],
    metrics: [],
  }
}

export function makeLane(kind: LaneKind, title: string, id = newId('l')): Lane {
  return { id, kind, title, height: kind === 'emotions' ? 200 : 180 }
}

export function makeCard(fields: Pick<Card, 'stageId' | 'laneId' | 'order'> & Partial<Card>): Card {
  return {
    id: newId('c'),
    text: '',
    color: 'yellow',
    teamIds: [],
    votes: 0,
    tags: [],
    metrics: [],
    ...fields,
  }
}

export function makeMap(
  name: string,
  stages: StageSeed[],
  lanes: Array<{ kind: LaneKind; title: string }>,
  type: MapType = 'current_state',
): JourneyMap {
  return {
    id: newId('m'),
    name,
    type,
    direction: 'auto',
    stages: stages.map((s) => makeStage(s)),
    lanes: lanes.map((l) => makeLane(l.kind, l.title)),
    cards: [],
    links: [],
    emotionPoints: [],
    actionItems: [],
  }
}

/** A new, valid project with one map. `now` is injected so tests stay deterministic. */
export function makeProject(name: string, map: JourneyMap, now: Date = new Date()): Project {
  const at = now.toISOString()
  return {
    id: newId('p'),
    name,
    createdAt: at,
    updatedAt: at,
    personas: [],
    teams: [],
    channels: [],
    metricDefinitions: [],
    maps: [map],
    snapshots: [],
    assets: [],
  }
}
