/**
 * i18next set-up. English and Persian are complete; Romanian, Russian and
 * Chinese fall back to English key by key until their catalogs land.
 */
import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import type { Locale } from '../../shared/api'
import { en } from './locales/en'
import { fa } from './locales/fa'

export const SUPPORTED_LOCALES: readonly Locale[] = ['en', 'fa', 'ro', 'ru', 'zh']
const RTL_LOCALES = new Set<Locale>(['fa'])
const STORAGE_KEY = 'journeywall.locale'

export function isRtl(locale: Locale): boolean {
  return RTL_LOCALES.has(locale)
}

function initialLocale(): Locale {
  const saved = localStorage.getItem(STORAGE_KEY)
  if (saved && (SUPPORTED_LOCALES as readonly string[]).includes(saved)) return saved as Locale
  const browser = navigator.language.slice(0, 2)
  return (SUPPORTED_LOCALES as readonly string[]).includes(browser) ? (browser as Locale) : 'en'
}

function applyDirection(locale: Locale): void {
  document.documentElement.lang = locale
  document.documentElement.dir = isRtl(locale) ? 'rtl' : 'ltr'
}

export async function initI18n(): Promise<Locale> {
  const locale = initialLocale()
  await i18next.use(initReactI18next).init({
    resources: { en: { translation: en }, fa: { translation: fa } },
    lng: locale,
    fallbackLng: 'en',
    // React already escapes text; card text is never HTML.
    interpolation: { escapeValue: false },
    returnNull: false,
  })
  applyDirection(locale)
  return locale
}

export async function changeLocale(locale: Locale): Promise<void> {
  localStorage.setItem(STORAGE_KEY, locale)
  await i18next.changeLanguage(locale)
  applyDirection(locale)
}

export function currentLocale(): Locale {
  const lng = i18next.language
  return (SUPPORTED_LOCALES as readonly string[]).includes(lng) ? (lng as Locale) : 'en'
}
