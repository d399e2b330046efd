/**
 * Child process of crash-safety.test.ts (bundled to .mjs there): opens the
 * target through ProjectFiles and saves it in a loop until it is killed,
 * saying on stdout what it is about to write and what it has written.
 * Stdout is a pipe, and Node writes pipes synchronously on Linux and macOS,
 * so a line printed before a SIGKILL reaches the parent.
 *
 * argv: <target .journey> <backups dir> <base project JSON> <round found in the file>
 */
import { readFile } from 'node:fs/promises'
import type { Project } from '../../../shared/model'
import { ProjectFiles } from '../../../main/files'
import { crashRoundContent, inlineParser } from './helpers'

async function main(): Promise<void> {
  const [target, backupsDir, basePath, startRound] = process.argv.slice(2)
  if (!target || !backupsDir || !basePath || !startRound) throw new Error('usage: crash-child <target> <backups> <base> <round>')
  const base = JSON.parse(await readFile(basePath, 'utf8')) as Project
  const files = new ProjectFiles({ backupsDir, parser: inlineParser })
  const opened = await files.open(target)
  if (!opened.ok) {
    process.stdout.write(`open-failed ${JSON.stringify(opened.problem)}\n`)
    process.exit(2)
  }
  process.stdout.write('ready\n')
  for (let round = Number(startRound) + 1; ; round++) {
    const content = crashRoundContent(base, round)
    process.stdout.write(`start ${round}\n`)
    const started = performance.now()
    const saved = await files.save(target, content)
    if (!saved.ok) {
      process.stdout.write(`save-failed ${JSON.stringify(saved.problem)}\n`)
      process.exit(3)
    }
    process.stdout.write(`done ${round} ${Math.round(performance.now() - started)}\n`)
  }
}

main().catch((error: unknown) => {
  process.stdout.write(`crashed ${String(error)}\n`)
  process.exit(4)
})
