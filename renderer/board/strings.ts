/** UI strings of renderer/board (merged into the catalogs by renderer/i18n/feature-strings.ts). */
export const boardStrings = {
  en: { board: {} },
  fa: { board: {} },
}
