/**
 * i18next set-up. English and Persian are complete; Romanian, Russian and
 * Chinese fall back to English key by key until their catalogs land.
 */
import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import type { Locale } from '../../shared/api'
import { en } from './locales/en'
import { fa } from './locales/fa'
import { featureStrings } from './feature-strings'

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

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Deep-merge feature catalogs into the shell catalog; a key defined twice is a bug, so it throws. */
function merge(base: object, parts: Array<Record<string, unknown>>): Record<string, unknown> {
  const out: Record<string, unknown> = structuredClone(base) as Record<string, unknown>
  const into = (target: Record<string, unknown>, source: Record<string, unknown>, path: string) => {
    for (const [key, value] of Object.entries(source)) {
      const existing = target[key]
      if (isRecord(existing) && isRecord(value)) into(existing, value, `${path}${key}.`)
      else if (existing !== undefined) throw new Error(`i18n key defined twice: ${path}${key}`)
      else target[key] = value
    }
  }
  for (const part of parts) into(out, part, '')
  return out
}

function applyDirection(locale: Locale): void {
  document.documentElement.lang = locale
  document.documentElement.dir = isRtl(locale) ? 'rtl' : 'ltr'
}

export async function initI18n(): Promise<Locale> {
  const locale = initialLocale()
  await i18next.use(initReactI18next).init({
    resources: {
      en: { translation: merge(en, featureStrings.map((f) => f.en)) },
      fa: { translation: merge(fa, featureStrings.map((f) => f.fa)) },
    },
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
