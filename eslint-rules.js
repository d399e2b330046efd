/**
 * Journeywall's own lint rules (a local ESLint plugin, no dependency):
 *
 * - `renderer-layers`: inside renderer/, features (board, panels, print,
 *   palette) import the store, app services (services/, actions/) and
 *   shared/ — never each other, never the app shell, never the test seams.
 *   The app shell composes them. i18n may only gather features' strings.
 * - `file-names`: one naming style, kebab-case (`board-shell.ts`,
 *   `command-palette.tsx`), for every source file.
 */
import { existsSync, statSync } from 'node:fs'
import { basename, dirname, relative, resolve, sep } from 'node:path'

const ROOT = resolve(import.meta.dirname)
const RENDERER = resolve(ROOT, 'renderer')

const FEATURES = ['board', 'panels', 'print', 'palette']
/** What each renderer folder may import from the others (shared/ is always allowed, and files of its own folder). */
const ALLOWED = {
  board: ['store', 'services', 'actions'],
  panels: ['store', 'services', 'actions'],
  print: ['store', 'services', 'actions'],
  palette: ['store', 'services', 'actions'],
  actions: ['store', 'services'],
  services: ['store'],
  store: [],
  i18n: ['board', 'panels', 'print', 'palette', 'actions'],
  app: ['board', 'panels', 'print', 'palette', 'actions', 'services', 'store', 'i18n'],
  testing: ['board', 'panels', 'print', 'palette', 'actions', 'services', 'store', 'app', 'i18n'],
}

/** The renderer folder a file lives in ('' for the renderer's own root files, null outside the renderer). */
function area(file) {
  const rel = relative(RENDERER, file)
  if (rel.startsWith('..') || rel === '') return null
  const parts = rel.split(sep)
  if (parts.length > 1) return parts[0]
  // `../i18n` names a folder (its index), not a root file.
  return existsSync(file) && statSync(file).isDirectory() ? parts[0] : ''
}

const layers = {
  meta: { type: 'problem', schema: [], messages: { layer: '{{from}}/ may not import {{to}}/ ({{why}})' } },
  create(context) {
    const from = area(context.filename)
    if (from === null || from === '') return {}
    const check = (node, source) => {
      if (typeof source !== 'string' || !source.startsWith('.')) return
      const target = resolve(dirname(context.filename), source)
      const to = area(target)
      if (to === null || to === from) return
      const allowed = ALLOWED[from] ?? []
      const stringsOnly = from === 'i18n' && !/\/strings$/.test(source)
      if (to === '' || !allowed.includes(to) || stringsOnly) {
        const why = FEATURES.includes(from) && FEATURES.includes(to) ? 'features never import each other; the app shell composes them' : to === 'testing' ? 'test seams never ship to users' : stringsOnly ? 'i18n gathers features’ strings.ts only' : 'layering'
        context.report({ node, messageId: 'layer', data: { from, to: to || 'renderer root', why } })
      }
    }
    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value),
    }
  },
}

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\.[a-z0-9]+(?:-[a-z0-9]+)*)*$/

const fileNames = {
  meta: { type: 'suggestion', schema: [], messages: { name: '“{{name}}”: file names are kebab-case (e.g. board-shell.ts, command-palette.tsx)' } },
  create(context) {
    const name = basename(context.filename)
    return {
      Program(node) {
        if (!KEBAB.test(name)) context.report({ node, messageId: 'name', data: { name } })
      },
    }
  },
}

export default { rules: { 'renderer-layers': layers, 'file-names': fileNames } }
