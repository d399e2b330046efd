/**
 * What `npm run dist` packs and needs (electron-builder.yml + package.json),
 * checked against the built out/ folder (`npm test` builds before vitest).
 */
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, test } from 'vitest'
import { fontsourcePackage, keepShippedFontFaces } from '../../renderer/font-subsets'

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as {
  homepage?: string
  author?: { name?: string; email?: string }
  dependencies: Record<string, string>
  devDependencies: Record<string, string>
}
const builderYml = readFileSync(join(repoRoot, 'electron-builder.yml'), 'utf8')

/** Packages the built main process and preload load from node_modules at run time. */
function runtimeImports(): Set<string> {
  const found = new Set<string>()
  for (const dir of ['out/main', 'out/preload']) {
    for (const file of readdirSync(join(repoRoot, dir), { recursive: true, encoding: 'utf8' })) {
      if (!/\.(c|m)?js$/.test(file)) continue
      const code = readFileSync(join(repoRoot, dir, file), 'utf8')
      for (const match of code.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*)["']([^"'./][^"']*)["']/g)) {
        const spec = match[1]!
        if (spec.startsWith('node:') || spec === 'electron') continue
        found.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!)
      }
    }
  }
  return found
}

describe('app.asar contents', () => {
  test('dependencies are exactly what the built main process loads at run time (the renderer is bundled)', () => {
    // electron-builder copies every `dependencies` package (and its own
    // dependencies) into app.asar; electron-vite bundles devDependencies into
    // out/ and leaves `dependencies` as run-time imports.
    expect(Object.keys(pkg.dependencies).sort()).toEqual([...runtimeImports()].sort())
    for (const rendererOnly of ['react', 'react-dom', 'konva', 'react-konva', 'i18next', 'react-i18next', 'zustand', 'immer', '@fontsource/noto-sans']) {
      expect(pkg.dependencies).not.toHaveProperty(rendererOnly)
      expect(pkg.devDependencies).toHaveProperty(rendererOnly)
    }
  })

  test('only the font subsets the languages use ship, as woff2 only', () => {
    const fonts = readdirSync(join(repoRoot, 'out/renderer/assets')).filter((f) => /\.woff2?$/.test(f))
    expect(fonts.filter((f) => f.endsWith('.woff'))).toEqual([])
    expect(fonts.filter((f) => /greek|vietnamese|devanagari|cyrillic-ext/.test(f))).toEqual([])
    for (const needed of ['noto-sans-latin-400', 'noto-sans-latin-ext-700', 'noto-sans-cyrillic-400', 'vazirmatn-arabic-400', 'vazirmatn-arabic-700']) {
      expect(fonts.some((f) => f.startsWith(needed)), needed).toBe(true)
    }
    // The Chinese font ships its CJK slices (most as files; the tiniest are inlined into the CSS), not its Latin ones.
    expect(fonts.filter((f) => /^noto-sans-sc-\d+-400/.test(f)).length).toBeGreaterThan(80)
    expect(fonts.filter((f) => /^noto-sans-sc-(latin|cyrillic)/.test(f))).toEqual([])
  })

  test('keepShippedFontFaces drops unused subsets and the woff fallbacks, and keeps everything else', () => {
    const face = (pkgName: string, family: string, subset: string) =>
      `/* ${pkgName}-${subset}-400-normal */\n@font-face {\n  font-family: '${family}';\n  src: url(./files/${pkgName}-${subset}-400-normal.woff2) format('woff2'), url(./files/${pkgName}-${subset}-400-normal.woff) format('woff');\n  unicode-range: U+0000-00FF;\n}\n\n`
    const css = ['latin', 'greek', 'vietnamese', 'cyrillic-ext', 'cyrillic'].map((s) => face('noto-sans', 'Noto Sans', s)).join('')
    const kept = keepShippedFontFaces('noto-sans', css)
    expect(kept.match(/@font-face/g)).toHaveLength(2)
    expect(kept).toContain('noto-sans-latin-400-normal.woff2')
    expect(kept).toContain('noto-sans-cyrillic-400-normal.woff2')
    expect(kept).not.toContain('.woff)')
    expect(kept).toContain('unicode-range: U+0000-00FF;')
    const sc = keepShippedFontFaces('noto-sans-sc', face('noto-sans-sc', 'Noto Sans SC', '42') + face('noto-sans-sc', 'Noto Sans SC', 'latin'))
    expect(sc).toContain('noto-sans-sc-42-400-normal.woff2')
    expect(sc).not.toContain('noto-sans-sc-latin')
    // A font package nobody listed keeps all but the never-shipped scripts.
    expect(keepShippedFontFaces('noto-sans-tc', face('noto-sans-tc', 'Noto Sans TC', '7') + face('noto-sans-tc', 'Noto Sans TC', 'greek'))).toContain('noto-sans-tc-7-400')
    expect(fontsourcePackage('/x/node_modules/@fontsource/noto-sans-sc/400.css')).toBe('noto-sans-sc')
    expect(fontsourcePackage('/x/node_modules/@fontsource/noto-sans-sc/files/a.woff2')).toBeNull()
    expect(fontsourcePackage('/x/renderer/styles.css')).toBeNull()
  })
})

describe('npm run dist', () => {
  test('the deb target has what it requires: a homepage and an author with an e-mail (its Maintainer)', () => {
    expect(pkg.homepage).toMatch(/^https:\/\//)
    expect(pkg.author?.name).toBeTruthy()
    expect(pkg.author?.email).toMatch(/^[^@\s]+@[^@\s]+\.[a-z]+$/)
  })

  test('fuses are flipped and the macOS ad-hoc signature is reset afterwards', () => {
    const fuses = builderYml.slice(builderYml.indexOf('\nelectronFuses:'))
    expect(fuses).toMatch(/\n {2}resetAdHocDarwinSignature: true\b/)
    expect(fuses).toMatch(/\n {2}runAsNode: false\b/)
    expect(fuses).toMatch(/\n {2}onlyLoadAppFromAsar: true\b/)
  })
})
