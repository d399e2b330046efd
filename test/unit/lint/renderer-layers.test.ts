/** The renderer's layering and naming rules (eslint-rules.js) catch what they are for. */
import { Linter } from 'eslint'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import journeywall from '../../../eslint-rules.js'

const root = resolve(__dirname, '../../..')

function lint(file: string, code: string): string[] {
  const linter = new Linter({ configType: 'flat' })
  const messages = linter.verify(
    code,
    [{ files: ['**/*.ts'], plugins: { journeywall }, rules: { 'journeywall/renderer-layers': 'error', 'journeywall/file-names': 'error' } }],
    { filename: resolve(root, file) },
  )
  return messages.map((m) => m.message)
}

describe('renderer layers', () => {
  it('features import the store, services, actions and shared/ — not each other', () => {
    expect(lint('renderer/board/scene/x.ts', "import { a } from '../../../shared/layout'\nimport { b } from '../../store/board-store'\nimport { c } from '../../services/fonts'\nimport { d } from '../../actions/registry'")).toEqual([])
    expect(lint('renderer/board/x.ts', "import { Face } from '../panels/face'")).toEqual(['board/ may not import panels/ (features never import each other; the app shell composes them)'])
    expect(lint('renderer/panels/x.ts', "export * from '../print'")).toHaveLength(1)
    expect(lint('renderer/print/x.ts', "const m = import('../testing')")).toEqual(['print/ may not import testing/ (test seams never ship to users)'])
  })

  it('services and the store stay below the features; the app shell composes', () => {
    expect(lint('renderer/services/x.ts', "import { b } from '../board/board-shell'")).toHaveLength(1)
    expect(lint('renderer/store/x.ts', "import { c } from '../services/confirm'")).toHaveLength(1)
    expect(lint('renderer/app/x.ts', "import { b } from '../board/board-view'\nimport { p } from '../print'")).toEqual([])
    expect(lint('renderer/i18n/x.ts', "import { s } from '../board/strings'")).toEqual([])
    expect(lint('renderer/i18n/x.ts', "import { s } from '../board/board-shell'")).toHaveLength(1)
  })

  it('file names are kebab-case', () => {
    expect(lint('renderer/app/DocumentView.ts', '')).toEqual(['“DocumentView.ts”: file names are kebab-case (e.g. board-shell.ts, command-palette.tsx)'])
    expect(lint('renderer/app/document-view.ts', '')).toEqual([])
    expect(lint('test/unit/x/some-thing.test.ts', '')).toEqual([])
  })
})
