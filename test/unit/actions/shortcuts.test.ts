import { describe, expect, it } from 'vitest'
import { formatChord, matches, parseChord, type KeyLike } from '../../../renderer/actions/shortcuts'

const key = (k: string, mods: Partial<KeyLike> = {}): KeyLike => ({ key: k, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods })

describe('shortcuts', () => {
  it('Mod is Ctrl or ⌘; Shift and Alt must match for letters, digits and named keys', () => {
    const undo = parseChord('Mod+Z')
    const redo = parseChord('Mod+Shift+Z')
    expect(matches(undo, key('z', { ctrlKey: true }))).toBe(true)
    expect(matches(undo, key('z', { metaKey: true }))).toBe(true)
    expect(matches(undo, key('Z', { ctrlKey: true, shiftKey: true }))).toBe(false)
    expect(matches(redo, key('Z', { ctrlKey: true, shiftKey: true }))).toBe(true)
    expect(matches(undo, key('z'))).toBe(false)
    expect(matches(undo, key('z', { ctrlKey: true, altKey: true }))).toBe(false)
    expect(matches(parseChord('Delete'), key('Delete'))).toBe(true)
    expect(matches(parseChord('Delete'), key('Delete', { shiftKey: true }))).toBe(false)
    expect(matches(parseChord('Shift+F10'), key('F10', { shiftKey: true }))).toBe(true)
  })

  it('symbols a layout types with Shift match either way (Ctrl++ is Ctrl+Shift+= on a US keyboard)', () => {
    expect(matches(parseChord('Mod++'), key('+', { ctrlKey: true, shiftKey: true }))).toBe(true)
    expect(matches(parseChord('Mod+='), key('=', { ctrlKey: true }))).toBe(true)
    expect(matches(parseChord('Mod+-'), key('-', { ctrlKey: true }))).toBe(true)
    expect(parseChord('Mod++')).toEqual({ mod: true, shift: false, alt: false, key: '+' })
  })

  it('letters match by physical key on a Persian or Russian layout', () => {
    expect(matches(parseChord('Mod+Z'), key('ظ', { ctrlKey: true, code: 'KeyZ' } as Partial<KeyLike>))).toBe(true)
    expect(matches(parseChord('Mod+S'), key('ы', { ctrlKey: true, code: 'KeyS' } as Partial<KeyLike>))).toBe(true)
    expect(matches(parseChord('Mod+1'), key('۱', { ctrlKey: true, code: 'Digit1' } as Partial<KeyLike>))).toBe(true)
    // A Latin letter is taken at its word, not by where the key sits (Dvorak).
    expect(matches(parseChord('Mod+Z'), key(';', { ctrlKey: true, code: 'KeyZ' } as Partial<KeyLike>))).toBe(false)
  })

  it('shows chords the way each platform writes them', () => {
    expect(formatChord('Mod+Shift+Z', false)).toBe('Ctrl+Shift+Z')
    expect(formatChord('Mod+Shift+Z', true)).toBe('⇧⌘Z')
    expect(formatChord('ArrowLeft', false)).toBe('←')
    expect(formatChord('Mod+=', false)).toBe('Ctrl+=')
    expect(formatChord('F2', false)).toBe('F2')
    expect(formatChord('Delete', true)).toBe('Del')
  })
})
