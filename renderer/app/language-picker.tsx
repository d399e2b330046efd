import { useTranslation } from 'react-i18next'
import type { Locale } from '../../shared/api'
import { changeLocale, currentLocale, SUPPORTED_LOCALES } from '../i18n'
import { call } from '../services/bridge'

export function LanguagePicker() {
  const { t } = useTranslation()
  return (
    <label className="language">
      <span className="sr-only">{t('toolbar.language')}</span>
      <select
        aria-label={t('toolbar.language')}
        value={currentLocale()}
        onChange={(e) => {
          const locale = e.target.value as Locale
          void changeLocale(locale).then(() => call('app:setLocale', { locale }).catch(() => {}))
        }}
      >
        {SUPPORTED_LOCALES.map((l) => (
          <option key={l} value={l}>
            {t(`languages.${l}`)}
          </option>
        ))}
      </select>
    </label>
  )
}
