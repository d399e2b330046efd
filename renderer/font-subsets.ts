/**
 * Which pieces of the bundled @fontsource fonts (renderer/fonts.ts) ship.
 *
 * Each @fontsource CSS file declares one @font-face per script subset
 * (latin, cyrillic, greek, devanagari, vietnamese…, and ~100 numbered slices
 * for Chinese), each with a .woff2 and a .woff file, and the bundler copies
 * every file a CSS `url()` names. The app needs Latin + Latin-ext (English,
 * Romanian), Cyrillic (Russian), Arabic script (Persian) and the CJK slices
 * (Chinese); Chromium reads woff2, so the woff fallbacks are dead weight.
 * Text in a script we don't ship still shows, in a system font.
 *
 * Pure string work, run at build time by electron.vite.config.ts on every
 * `@fontsource/<package>/*.css` the renderer imports.
 */

/** Subsets never shipped, whatever the font (scripts the app has no language for). */
const NEVER = new Set(['greek', 'greek-ext', 'vietnamese', 'devanagari', 'cyrillic-ext'])

/** A numbered CJK slice: "noto-sans-sc-42-400-normal.woff2" is slice "42". */
const CJK_SLICE = /^\d+$/

/**
 * Per package, the subsets kept. The font stacks put Noto Sans first, so the
 * Chinese fonts' own Latin/Cyrillic pieces would never be used: only their
 * CJK slices ship. Vazirmatn keeps its Latin so Persian UI text mixing Latin
 * letters looks of a piece. A package not listed keeps all but NEVER.
 */
export const FONT_SUBSETS: Readonly<Record<string, (subset: string) => boolean>> = {
  'noto-sans': (subset) => ['latin', 'latin-ext', 'cyrillic'].includes(subset),
  vazirmatn: (subset) => ['arabic', 'latin', 'latin-ext'].includes(subset),
  'noto-sans-sc': (subset) => CJK_SLICE.test(subset),
}

/** The @fontsource package a CSS module belongs to ("noto-sans-sc"), or null. */
export function fontsourcePackage(id: string): string | null {
  return /[\\/]@fontsource[\\/]([^\\/]+)[\\/][^\\/]+\.css(\?.*)?$/.exec(id)?.[1] ?? null
}

/** "noto-sans-sc-12-400-normal.woff2" in package "noto-sans-sc" → "12"; "noto-sans-latin-ext-700-normal.woff2" → "latin-ext". */
function subsetOf(pkg: string, fileName: string): string | null {
  const match = /^(.*)-\d{3}-(?:normal|italic)\.woff2$/.exec(fileName)
  if (!match || !match[1]!.startsWith(`${pkg}-`)) return null
  return match[1]!.slice(pkg.length + 1)
}

/**
 * Keeps the @font-face rules of the subsets this app ships, each with its
 * woff2 source only. Anything not recognisable is left as it was.
 */
export function keepShippedFontFaces(pkg: string, css: string): string {
  const keep = FONT_SUBSETS[pkg] ?? (() => true)
  return css.replace(/(?:\/\*[^*]*\*\/\s*)?@font-face\s*\{[^}]*\}\s*/g, (rule) => {
    const woff2 = /url\(\.\/files\/([^)]+\.woff2)\)/.exec(rule)?.[1]
    const subset = woff2 ? subsetOf(pkg, woff2) : null
    if (subset === null) return rule
    if (NEVER.has(subset) || !keep(subset)) return ''
    return rule.replace(/,\s*url\([^)]+\.woff\)\s*format\(['"]woff['"]\)/g, '')
  })
}
