/** UI strings of renderer/print (merged into the catalogs by renderer/i18n/feature-strings.ts). */
export const printStrings = {
  en: { print: {} },
  fa: { print: {} },
}
