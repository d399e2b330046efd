/** A new project from a template, named and worded in the UI language. */
import i18next from 'i18next'
import { makeProject, type Project } from '../../shared/model'
import { instantiateTemplate, type TemplateId } from '../../shared/templates'

export const DEFAULT_TEMPLATE: TemplateId = 'fiveStage'

export function projectFromTemplate(templateId: TemplateId): Project {
  const map = instantiateTemplate(templateId, (key, defaultValue) => i18next.t(key, { defaultValue }))
  return makeProject(i18next.t('app.untitled'), map)
}
