import { describe, expect, it } from 'vitest'
import { fold, search } from '../../../renderer/palette/search'

const items = [
  { label: 'Zoom in', extra: 'View Ctrl+=' },
  { label: 'Zoom to fit', extra: 'View Ctrl+1' },
  { label: 'Delete notes', extra: 'Notes Del' },
  { label: 'Undo', extra: 'Edit Ctrl+Z' },
  { label: 'حذف یادداشت‌ها', extra: 'یادداشت‌ها Del' },
  { label: 'بزرگ‌نمایی', extra: 'نما Ctrl+=' },
  { label: 'Exporter en PDF…', extra: 'Fichier' },
]

describe('palette search', () => {
  it('finds by any word of the name, names starting with it first', () => {
    expect(search(items, 'zoom').map((i) => i.label)).toEqual(['Zoom in', 'Zoom to fit'])
    expect(search(items, 'fit').map((i) => i.label)).toEqual(['Zoom to fit'])
    expect(search(items, 'to z')[0]!.label).toBe('Zoom to fit')
    expect(search(items, 'xyz')).toEqual([])
    expect(search(items, '  ')).toHaveLength(items.length)
  })

  it('finds by group and shortcut', () => {
    expect(search(items, 'ctrl+z').map((i) => i.label)).toEqual(['Undo'])
    expect(search(items, 'view').map((i) => i.label)).toEqual(['Zoom in', 'Zoom to fit'])
  })

  it('folds Persian letter variants, joiners, digits and accents', () => {
    // Arabic yeh and kaf typed on an Arabic keyboard, no zero-width non-joiner.
    expect(search(items, 'يادداشتها').map((i) => i.label)).toContain('حذف یادداشت‌ها')
    expect(search(items, 'بزرگنمايي').map((i) => i.label)).toEqual(['بزرگ‌نمایی'])
    expect(fold('۱۲٣')).toBe('123')
    expect(search(items, 'exporter pdf').map((i) => i.label)).toEqual(['Exporter en PDF…'])
    expect(fold('Éxporter')).toBe('exporter')
  })
})
