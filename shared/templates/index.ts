import { makeMap, type JourneyMap } from '../model'
import { TEMPLATES, TEMPLATE_IDS, type MapTemplate, type TemplateId, type TextKey } from './definitions'

export { TEMPLATES, TEMPLATE_IDS, type LaneTemplate, type MapTemplate, type StageTemplate, type TemplateId, type TextKey } from './definitions'
export { templateStrings, templateKeys, nestTemplateStrings, type TemplateLanguage } from './strings'

/** i18next-shaped lookup: the key, and the English text to use when it has no translation. */
export type Translate = (key: string, defaultValue: string) => string

/** English defaults, for callers (tests, tools) without i18n. */
export const englishDefaults: Translate = (_key, defaultValue) => defaultValue

export function isTemplateId(value: string): value is TemplateId {
  return (TEMPLATE_IDS as readonly string[]).includes(value)
}

export function getTemplate(id: TemplateId): MapTemplate {
  const template = TEMPLATES.find((tpl) => tpl.id === id)
  if (!template) throw new RangeError(`unknown template ${id}`)
  return template
}

/** Builds a new map (fresh ids) from a template, in the language `t` speaks. */
export function instantiateTemplate(id: TemplateId, t: Translate = englishDefaults): JourneyMap {
  const template = getTemplate(id)
  const say = (text: TextKey | undefined) => (text ? t(text.key, text.en) : '')
  return makeMap(
    say(template.name),
    template.stages.map((s) => ({ name: say(s.name), customerGoal: say(s.customerGoal), businessGoal: say(s.businessGoal) })),
    template.lanes.map((l) => ({ kind: l.kind, title: say(l.title) })),
    template.mapType,
  )
}
