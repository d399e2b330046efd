/**
 * Child process of permissions.test.ts (bundled to .mjs there). Runs one
 * ProjectFiles operation and prints its result as JSON. The test starts it as
 * an unprivileged user when the tests themselves run as root, because root
 * ignores file permissions and EACCES could never happen otherwise.
 *
 * argv: open|save <file> <backups dir>
 */
import { ProjectFiles } from '../../../main/files'
import { smallProject, inlineParser } from './helpers'

async function main(): Promise<void> {
  const [operation, file, backupsDir] = process.argv.slice(2)
  if (!file || !backupsDir || (operation !== 'open' && operation !== 'save')) {
    throw new Error('usage: file-op-child open|save <file> <backups dir>')
  }
  const files = new ProjectFiles({ backupsDir, parser: inlineParser })
  const result = operation === 'open' ? await files.open(file) : await files.save(file, smallProject())
  process.stdout.write(JSON.stringify(result))
}

main().catch((error: unknown) => {
  process.stdout.write(JSON.stringify({ crashed: String(error) }))
  process.exit(1)
})
