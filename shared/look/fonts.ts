/**
 * The font stacks every surface draws text with: the bundled Noto Sans
 * (Latin, Cyrillic), Vazirmatn (Persian) and Noto Sans SC (Chinese), picked
 * per glyph. Right-to-left text puts Vazirmatn first so its digits and
 * punctuation match its letters. The board's canvas, the print view's SVG,
 * the PNG export and every text measurement use these same strings.
 */
export const FONT_FAMILIES = ['Noto Sans', 'Vazirmatn', 'Noto Sans SC'] as const
export const FONT_STACK = '"Noto Sans", "Vazirmatn", "Noto Sans SC", sans-serif'
export const FONT_STACK_RTL = '"Vazirmatn", "Noto Sans", "Noto Sans SC", sans-serif'

export type FontWeight = 400 | 700

export function fontStack(rtl: boolean): string {
  return rtl ? FONT_STACK_RTL : FONT_STACK
}

/** A CSS/canvas font shorthand: `700 15px "Noto Sans", …`. */
export function cssFont(size: number, weight: FontWeight, rtl: boolean): string {
  return `${weight} ${size}px ${fontStack(rtl)}`
}

/** Width of `text` at a size and weight in its font stack (canvas measureText in the app; a double in tests). */
export type FontMeasure = (text: string, size: number, weight: FontWeight, rtl?: boolean) => number
