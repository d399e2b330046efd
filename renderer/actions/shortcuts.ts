/**
 * Key chords: 'Mod+Shift+Z', 'Delete', 'Mod+='. Mod is ⌘ on macOS and Ctrl
 * elsewhere; either is accepted on every platform (people bring their
 * habits). Letters also match by physical key, so Ctrl+Z works on a Persian
 * or Russian layout. Shift is part of a chord for letters, digits and named
 * keys; for symbols a layout needs Shift to type, it is ignored ('Mod++' on
 * a US keyboard is Ctrl+Shift+=).
 */

export interface Chord {
  mod: boolean
  shift: boolean
  alt: boolean
  /** Lower-case key value ('z', '=', 'delete', 'arrowleft', 'f2'). */
  key: string
}

export interface KeyLike {
  key: string
  code?: string
  ctrlKey: boolean
  metaKey: boolean
  shiftKey: boolean
  altKey: boolean
}

export function parseChord(text: string): Chord {
  const parts = text.split('+')
  // 'Mod++' ends with an empty part for the '+' key itself.
  const key = text.endsWith('++') ? '+' : (parts.pop() ?? '')
  const mods = new Set(parts.filter(Boolean).map((p) => p.toLowerCase()))
  return { mod: mods.has('mod'), shift: mods.has('shift'), alt: mods.has('alt'), key: key.toLowerCase() }
}

function shiftMatters(key: string): boolean {
  return /^[a-z0-9]$/.test(key) || key.length > 1
}

function keyOf(e: KeyLike): string {
  return e.key.toLowerCase()
}

/** The key a physical key stands for on a US layout (KeyZ → z, Digit1 → 1), for non-Latin layouts. */
function codeKey(code: string | undefined): string | null {
  if (!code) return null
  const m = /^(?:Key([A-Z])|Digit([0-9]))$/.exec(code)
  return m ? (m[1] ?? m[2]!).toLowerCase() : null
}

export function matches(chord: Chord, e: KeyLike): boolean {
  const mod = e.ctrlKey || e.metaKey
  if (mod !== chord.mod || e.altKey !== chord.alt) return false
  if (shiftMatters(chord.key) && e.shiftKey !== chord.shift) return false
  const key = keyOf(e)
  if (key === chord.key) return true
  // A non-Latin layout (Persian, Russian) types another letter: match the physical key. ASCII keys are
  // taken at their word (on Dvorak, Ctrl+; is not Ctrl+Z even though it sits where Z sits on QWERTY).
  return /^[a-z0-9]$/.test(chord.key) && key.length === 1 && key.charCodeAt(0) > 0x7f && codeKey(e.code) === chord.key
}

export function isMacPlatform(): boolean {
  const nav = typeof navigator === 'undefined' ? null : navigator
  return !!nav && /Mac|iPhone|iPad/.test(nav.platform || nav.userAgent)
}

const NAMES: Record<string, string> = {
  arrowleft: '←',
  arrowright: '→',
  arrowup: '↑',
  arrowdown: '↓',
  delete: 'Del',
  backspace: 'Backspace',
  escape: 'Esc',
  enter: 'Enter',
  contextmenu: 'Menu',
  ' ': 'Space',
}

/** How a chord is shown: 'Ctrl+Shift+Z' on Windows and Linux, '⇧⌘Z' on macOS. */
export function formatChord(text: string, mac = isMacPlatform()): string {
  const c = parseChord(text)
  const key = NAMES[c.key] ?? (c.key.length === 1 ? c.key.toUpperCase() : c.key.charAt(0).toUpperCase() + c.key.slice(1))
  if (mac) return `${c.alt ? '⌥' : ''}${c.shift ? '⇧' : ''}${c.mod ? '⌘' : ''}${key}`
  return [c.mod ? 'Ctrl' : '', c.alt ? 'Alt' : '', c.shift ? 'Shift' : '', key].filter(Boolean).join('+')
}
