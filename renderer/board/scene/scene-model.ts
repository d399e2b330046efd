/**
 * Model → scene: the shown map laid out (shared/layout), the strings drawn on
 * the canvas, and what notes need from the project (teams, channels, lane
 * kinds, direction). Recomputed when the document or the language changes;
 * unchanged card objects (immer keeps them identical) keep their bitmaps.
 */
import { layoutMap, resolveDirection, type MapLayout } from '../../../shared/layout'
import { stageHeaderMeasure, type NoteContext } from '../../../shared/look'
import type { JourneyMap, Project } from '../../../shared/model'
import type { LanguagePort } from '../board-deps'
import type { Labels } from './background'
import { boardText } from './text'

export interface SceneChange {
  /** Nothing changed: no work to do. */
  same: boolean
  /** Teams, channels, lanes or direction changed: every note repaints. */
  notesRestyled: boolean
  /** Texts of notes and headers new since the last update (their font pieces may still be loading). */
  freshTexts: string[]
}

export class SceneModel {
  project: Project | null = null
  map: JourneyMap | null = null
  layout: MapLayout | null = null
  notes: NoteContext | null = null
  private labelCache: { language: string; labels: Labels } | null = null
  private linkLabelCache: { links: JourneyMap['links']; labels: Map<string, string> } | null = null

  constructor(private readonly i18n: LanguagePort) {}

  /** UI strings drawn on the canvas, looked up once per language (not per frame). */
  labels(): Labels {
    const language = this.i18n.language()
    if (this.labelCache?.language === language) return this.labelCache.labels
    const t = this.i18n.t
    const laneNames = new Map<string, string>()
    const labels: Labels = {
      customerGoal: t('stageHeader.customerGoal'),
      businessGoal: t('stageHeader.businessGoal'),
      laneTitle: (kind, title) => {
        if (title) return title
        let name = laneNames.get(kind)
        if (name === undefined) laneNames.set(kind, (name = t(`lanes.${kind}`)))
        return name
      },
      teamLegend: t('board.teamLegend'),
      addStage: t('board.addStage'),
      addLane: t('board.addLane'),
      locale: language,
    }
    this.labelCache = { language, labels }
    return labels
  }

  /** Labels of the links that have one, by link id (cached per links array). */
  linkLabels(): ReadonlyMap<string, string> {
    const links = this.map?.links ?? []
    if (this.linkLabelCache?.links !== links) this.linkLabelCache = { links, labels: new Map(links.filter((l) => l.label).map((l) => [l.id, l.label])) }
    return this.linkLabelCache.labels
  }

  /** The map a board shows: the active one, else the project's first. */
  static shownMap(project: Project | null, activeMapId: string | null): JourneyMap | null {
    return project ? (project.maps.find((m) => m.id === activeMapId) ?? project.maps[0] ?? null) : null
  }

  update(project: Project | null, activeMapId: string | null, force: boolean): SceneChange {
    const map = SceneModel.shownMap(project, activeMapId)
    if (!force && project === this.project && map === this.map) return { same: true, notesRestyled: false, freshTexts: [] }
    const previous = { project: this.project, map: this.map }
    let notesRestyled =
      force || !previous.project || !project || project.teams !== previous.project.teams || project.channels !== previous.project.channels || map?.lanes !== previous.map?.lanes
    this.project = project
    this.map = map
    if (!map || !project) {
      this.layout = null
      this.notes = null
      return { same: false, notesRestyled: true, freshTexts: [] }
    }
    const freshTexts: string[] = []
    if (previous.map && map !== previous.map) {
      const before = new Set(previous.map.cards)
      for (const c of map.cards) if (!before.has(c)) freshTexts.push(c.text)
      for (const s of map.stages) freshTexts.push(s.name, s.customerGoal, s.businessGoal)
    }
    const direction = resolveDirection(map.direction, this.i18n.direction())
    const labels = this.labels()
    this.layout = layoutMap(map, { direction, measure: stageHeaderMeasure(boardText.measure, labels, labels.locale) })
    const rtl = direction === 'rtl'
    if (notesRestyled || this.notes?.rtl !== rtl) {
      notesRestyled = true
      const t = this.i18n.t
      this.notes = {
        channels: new Map(project.channels.map((c) => [c.id, c])),
        teams: new Map(project.teams.map((c) => [c.id, c])),
        laneKinds: new Map(map.lanes.map((l) => [l.id, l.kind])),
        rtl,
        phaseLabel: (phase) => t(`phases.${phase}`),
      }
    }
    return { same: false, notesRestyled, freshTexts }
  }

  /**
   * Every text of the map, regular and bold (headers): what the fonts must
   * cover before the first layout. Read from the model, not the layout: nothing
   * may be measured before the fonts are in (a width measured with a fallback
   * face would stay in the cache).
   */
  texts(project: Project | null, activeMapId: string | null): { regular: string[]; bold: string[] } {
    const map = SceneModel.shownMap(project, activeMapId)
    const t = this.i18n.t
    const regular: string[] = []
    const bold: string[] = ['Aa0123456789']
    if (map) {
      for (const c of map.cards) regular.push(c.text)
      for (const s of map.stages) {
        regular.push(s.customerGoal, s.businessGoal)
        bold.push(s.name)
      }
      for (const l of map.lanes) bold.push(l.title || t(`lanes.${l.kind}`))
      for (const p of map.emotionPoints) regular.push(p.reason)
      for (const team of project?.teams ?? []) {
        regular.push(team.name)
        bold.push(team.name)
      }
    }
    bold.push(...['pre_purchase', 'purchase', 'post_purchase'].map((p) => t(`phases.${p}`)))
    regular.push(...bold, t('stageHeader.customerGoal'), t('stageHeader.businessGoal'), 'Aa0123456789+-%:·…')
    return { regular, bold }
  }
}
