/**
 * Finding an action by what a person types, in the UI language: accents and
 * case ignored, Persian and Arabic letter variants (ي/ی, ك/ک, ة/ه) and digits
 * (۱/١/1) folded, zero-width joiners dropped, full-width forms (Chinese
 * input) narrowed. Every typed word must occur; names that start with the
 * query come first.
 */

/** The text folded for matching. */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/\u200c|\u200d|\u200e|\u200f/g, '')
    .replace(/ي/g, 'ی')
    .replace(/ى/g, 'ی')
    .replace(/ك/g, 'ک')
    .replace(/ة/g, 'ه')
    .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .toLocaleLowerCase()
}

export interface Searchable {
  /** The name shown. */
  label: string
  /** Other words it is found by: its group, keywords, its shortcut as shown. */
  extra: string
}

/** The items matching `query`, best first (the order of `items` breaks ties). */
export function search<T extends Searchable>(items: readonly T[], query: string): T[] {
  const words = fold(query).split(/\s+/).filter(Boolean)
  if (words.length === 0) return [...items]
  const scored: Array<{ item: T; score: number; index: number }> = []
  items.forEach((item, index) => {
    const label = fold(item.label)
    const hay = `${label} ${fold(item.extra)}`
    if (!words.every((w) => hay.includes(w))) return
    const first = words[0]!
    const whole = words.join(' ')
    const score = label === whole ? -1 : label.startsWith(first) ? 0 : label.split(/\s+/).some((part) => part.startsWith(first)) ? 1 : label.includes(first) ? 2 : 3
    scored.push({ item, score, index })
  })
  return scored.sort((a, b) => a.score - b.score || a.index - b.index).map((s) => s.item)
}
