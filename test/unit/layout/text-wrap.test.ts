import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { breakUnits, wrapText } from '../../../shared/layout'

/** A monospace stand-in: every grapheme is 10 units wide, CJK ideographs 20. */
const measure = (s: string) => Array.from(s).reduce((w, ch) => w + (/\p{Script=Han}/u.test(ch) ? 20 : 10), 0)

describe('wrapText', () => {
  test('wraps Latin text at spaces without exceeding the width', () => {
    const { lines, truncated } = wrapText('Sees an ad on the metro and searches', { maxWidth: 120, maxLines: 5, measure })
    expect(truncated).toBe(false)
    expect(lines).toEqual(['Sees an ad', 'on the metro', 'and searches'])
  })

  test('breaks Chinese text between words even without spaces', () => {
    const text = '顾客在网上比较价格然后去实体店购买'
    const { lines } = wrapText(text, { maxWidth: 100, maxLines: 10, measure, locale: 'zh' })
    expect(lines.length).toBeGreaterThan(1)
    expect(lines.join('')).toBe(text)
    for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(100)
  })

  test('keeps punctuation on the line it closes', () => {
    const units = breakUnits('你好，世界。', 'zh')
    expect(units.some((u) => u.startsWith('，') || u.startsWith('。'))).toBe(false)
  })

  test('Persian wraps at spaces and keeps its letters in order', () => {
    const text = 'مشتری آگهی را در اینستاگرام می‌بیند و به سایت می‌رود'
    const { lines } = wrapText(text, { maxWidth: 150, maxLines: 10, measure })
    expect(lines.join(' ')).toBe(text)
  })

  test('cuts with an ellipsis when the note is full', () => {
    const { lines, truncated } = wrapText('one two three four five six seven', { maxWidth: 80, maxLines: 2, measure })
    expect(truncated).toBe(true)
    expect(lines).toHaveLength(2)
    expect(lines[1]!.endsWith('…')).toBe(true)
    expect(measure(lines[1]!)).toBeLessThanOrEqual(80)
  })

  test('a word wider than the note is split by graphemes', () => {
    const { lines } = wrapText('Supercalifragilistic', { maxWidth: 60, maxLines: 10, measure })
    expect(lines.join('')).toBe('Supercalifragilistic')
    for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(60)
  })

  test('property: lines always fit, never exceed maxLines, and lose no text unless truncated', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('ab', 'cde', ' ', '顾客', '，', 'مشتری', '\n', 'Очередь', '🙂'), { maxLength: 40 }),
        fc.integer({ min: 40, max: 300 }),
        fc.integer({ min: 1, max: 8 }),
        (parts, maxWidth, maxLines) => {
          const text = parts.join('')
          const { lines, truncated } = wrapText(text, { maxWidth, maxLines, measure })
          expect(lines.length).toBeLessThanOrEqual(maxLines)
          for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(maxWidth)
          if (!truncated) expect(lines.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''))
        },
      ),
      { numRuns: 300 },
    )
  })
})
