/**
 * Loading the bundled fonts before text is measured or drawn. The faces are
 * split by unicode-range (renderer/fonts.ts), so the browser only fetches the
 * pieces a text needs, and only once something uses them: we ask for exactly
 * the characters about to be drawn, in every family and weight, and wait.
 * A failed load resolves too: the text is then drawn with a fallback rather
 * than never.
 */
import { FONT_FAMILIES, type FontWeight } from '../../shared/look'

const requested = new Set<string>()

function sampleOf(texts: Iterable<string>): string {
  const chars = new Set<string>()
  for (const text of texts) for (const ch of text) if (ch > ' ') chars.add(ch)
  return [...chars].join('') || 'A'
}

/**
 * Loads the faces for these texts: `regular` in weight 400, `bold` in 700
 * (headers are the only bold text; loading bold pieces for every note would
 * fetch fonts nobody sees). `settled` also waits for document.fonts.ready
 * (printing must never use a face still on its way).
 */
export async function loadFontsFor(regular: Iterable<string>, bold: Iterable<string> = [], options: { settled?: boolean } = {}): Promise<void> {
  const texts = [...regular]
  for (const text of texts) for (const ch of text) requested.add(ch)
  const samples: Array<[FontWeight, string]> = [
    [400, sampleOf(texts)],
    [700, sampleOf(bold)],
  ]
  const jobs: Promise<unknown>[] = []
  for (const family of FONT_FAMILIES) {
    for (const [weight, sample] of samples) jobs.push(document.fonts.load(`${weight} 16px "${family}"`, sample).catch(() => []))
  }
  await Promise.all(jobs)
  if (options.settled) await document.fonts.ready
}

/**
 * Asks for the pieces of characters not seen before (cheap when none are
 * new). Their arrival fires document.fonts' loadingdone, and whoever drew
 * with a fallback re-measures.
 */
export function ensureFonts(texts: Iterable<string>): void {
  let fresh = ''
  for (const text of texts) {
    for (const ch of text) {
      if (!requested.has(ch)) {
        requested.add(ch)
        fresh += ch
      }
    }
  }
  if (fresh.trim()) void loadFontsFor([fresh])
}
