/**
 * A print job: the poster (display list from shared/layout) and the page
 * plan (shared/print) for a project, a map and the dialog's settings.
 */
import type { TFunction } from 'i18next'
import { resolveDirection, type LayoutDirection } from '../../shared/layout'
import type { LaneKind, MapType, NoteColor, Phase, Project } from '../../shared/model'
import { buildPoster, planPrint, type Poster, type PosterLabels, type PrintPlan, type PrintSettings } from '../../shared/print'
import { loadFontsFor } from '../services/fonts'
import { createTextMeasure } from '../services/text-measure'

export interface JobOptions {
  mapId: string
  /** null: every lane. */
  laneIds: string[] | null
  settings: PrintSettings
  titleBlock: boolean
  legend: boolean
}

export interface PrintJob {
  poster: Poster
  plan: PrintPlan
  /** File-name-safe title, e.g. "Checkout journey". */
  title: string
  direction: LayoutDirection
}

const KINDS: LaneKind[] = ['actions', 'touchpoints', 'thoughts', 'emotions', 'pain_points', 'opportunities', 'teams', 'metrics', 'frontstage', 'backstage', 'support', 'free']
const TYPES: MapType[] = ['current_state', 'day_in_the_life', 'future_state', 'service_blueprint']
const COLORS: NoteColor[] = ['yellow', 'orange', 'pink', 'red', 'purple', 'blue', 'teal', 'green', 'gray', 'white']
const PHASES: Phase[] = ['pre_purchase', 'purchase', 'post_purchase']

export function posterLabels(t: TFunction): PosterLabels {
  const record = <K extends string>(keys: K[], key: (k: K) => string) => Object.fromEntries(keys.map((k) => [k, t(key(k))])) as Record<K, string>
  return {
    laneKinds: record(KINDS, (k) => `lanes.${k}`),
    mapTypes: record(TYPES, (k) => `mapTypes.${k}`),
    colors: record(COLORS, (k) => `noteColors.${k}`),
    phases: record(PHASES, (k) => `phases.${k}`),
    emotions: [t('print.emotions.m2'), t('print.emotions.m1'), t('print.emotions.zero'), t('print.emotions.p1'), t('print.emotions.p2')],
    persona: t('print.persona'),
    customerGoal: t('print.customerGoal'),
    businessGoal: t('print.businessGoal'),
    legendLanes: t('print.legendLanes'),
    legendColors: t('print.legendColors'),
    legendTeams: t('print.legendTeams'),
    legendEmotions: t('print.legendEmotions'),
    untitled: t('app.untitled'),
  }
}

/** Every text the print may show, so its font pieces are loaded before measuring. */
function textsOf(project: Project, mapId: string, labels: PosterLabels): string[] {
  const map = project.maps.find((m) => m.id === mapId)
  if (!map) return []
  return [
    project.name,
    map.name,
    ...map.stages.flatMap((s) => [s.name, s.customerGoal, s.businessGoal]),
    ...map.lanes.map((l) => l.title),
    ...map.cards.map((c) => c.text),
    ...map.emotionPoints.map((p) => p.reason),
    ...map.links.map((l) => l.label),
    ...project.teams.map((t) => t.name),
    ...project.channels.map((c) => c.name),
    ...project.personas.map((p) => p.name),
    JSON.stringify(labels),
    '0123456789 ·→←↑↓',
  ]
}

export function safeFileName(name: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what a file name must not hold
  return name.replace(/[/\\:*?"<>|\u0000-\u001f]+/g, ' ').trim().slice(0, 120) || 'journey-map'
}

export async function buildJob(project: Project, options: JobOptions, t: TFunction, locale: string, uiDirection: LayoutDirection): Promise<PrintJob | null> {
  const map = project.maps.find((m) => m.id === options.mapId)
  if (!map) return null
  const labels = posterLabels(t)
  const texts = textsOf(project, map.id, labels)
  // Headers print bold: load both weights for every text (a PDF must never fall back).
  await loadFontsFor(texts, texts, { settled: true })
  const direction = resolveDirection(map.direction, uiDirection)
  const poster = buildPoster({
    project,
    map,
    laneIds: options.laneIds ?? undefined,
    direction,
    locale,
    date: new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(new Date()),
    labels,
    measure: createTextMeasure().measure,
    titleBlock: options.titleBlock,
    legend: options.legend,
  })
  const plan = planPrint({ width: poster.width, height: poster.height }, options.settings, poster.cardUnits)
  return { poster, plan, title: safeFileName(map.name || project.name), direction }
}
