/**
 * The base direction of a text, as HTML's dir="auto" decides it: its first
 * strong letter. Hebrew, Arabic, Persian, Syriac, Thaana, N'Ko and their
 * presentation forms are right to left; any other letter is left to right.
 */
const RTL_CHAR = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u
const LETTER = /\p{L}/u

export function textDirection(text: string): 'ltr' | 'rtl' {
  for (const ch of text) {
    if (RTL_CHAR.test(ch)) return 'rtl'
    if (LETTER.test(ch)) return 'ltr'
  }
  return 'ltr'
}

export function isRtlText(text: string): boolean {
  return textDirection(text) === 'rtl'
}
