/** UI strings of renderer/panels (merged into the catalogs by renderer/i18n/feature-strings.ts). */
export const panelStrings = {
  en: { panel: { cancel: 'Cancel' } },
  fa: { panel: { cancel: 'انصراف' } },
}
