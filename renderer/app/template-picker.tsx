import { useTranslation } from 'react-i18next'
import { TEMPLATES } from '../../shared/templates'
import { newDocument } from './document-actions'
import { projectFromTemplate } from './new-project'

/** One button per template: a facilitator is typing the first note within seconds. */
export function TemplatePicker() {
  const { t } = useTranslation()
  return (
    <div className="templates">
      {TEMPLATES.map((tpl) => (
        <button
          key={tpl.id}
          type="button"
          className="template"
          data-template={tpl.id}
          onClick={() => void newDocument(projectFromTemplate(tpl.id))}
        >
          <span className="swatches" aria-hidden="true">
            {tpl.stages.map((s) => (
              <span key={s.name.key} />
            ))}
          </span>
          <span className="template-name">{t(tpl.name.key, { defaultValue: tpl.name.en })}</span>
          <span className="muted">{t(tpl.description.key, { defaultValue: tpl.description.en })}</span>
        </button>
      ))}
    </div>
  )
}
