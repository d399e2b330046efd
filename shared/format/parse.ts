import type { FileProblem } from '../api'
import { Project } from '../model'
import { readContainer } from './container'
import { decodeUtf8, parseJsonSafely, stripBom } from './decode'
import { MAX_DEPTH, MAX_ENTRIES, MAX_FILE_BYTES, scanStructure } from './limits'
import { migrate, type MigrationRegistry } from './migrations'
import { problems } from './problems'
import { capLists } from './repair/caps'
import { describeIssue } from './repair/describe'
import { enforceIntegrity } from './repair/integrity'
import { RepairLog } from './repair/log'
import { checkRecord } from './repair/records'
import { PROJECT_PLACE, startRepair } from './repair/shape'
import { sniff } from './sniff'
import { CURRENT_FORMAT_VERSION } from './version'

export type ParseResult =
  | { ok: true; project: Project; repairs: string[]; migratedFrom: number | null }
  | { ok: false; problem: FileProblem }

export interface ParseOptions {
  /** Named in messages, so a person knows which of their files is meant. */
  fileName?: string
  /** Stand-in time for unreadable timestamps; injected so tests are deterministic. */
  now?: Date
  /**
   * Test seams: a registry and target version other than the built-in ones,
   * so the migration path through the whole pipeline is tested before a
   * second format version exists. The app never sets them.
   */
  migrations?: MigrationRegistry
  targetVersion?: number
}

/**
 * Reads a .journey file. Never throws: every input ends as a valid project
 * (maybe repaired, with the repairs listed) or as a problem a person can act
 * on. Cheap refusals come first so hostile files cost as little as possible,
 * and every step is linear in the file's size (see README, "Reading untrusted
 * files"): a list is cut to its limit before its items are looked at, only
 * records strict validation refuses are repaired, and duplicate ids and
 * dangling references are settled with sets and counters.
 */
export function parseJourney(bytes: Uint8Array, opts: ParseOptions = {}): ParseResult {
  const { fileName } = opts
  const fail = (problem: FileProblem): ParseResult => ({ ok: false, problem })

  // By length alone, before a single byte is decoded.
  if (bytes.length > MAX_FILE_BYTES) return fail(problems.tooLarge(fileName, bytes.length, MAX_FILE_BYTES))

  // An empty file or a renamed picture is named as such, not called "damaged".
  const sniffed = sniff(bytes)
  if (sniffed?.kind === 'empty') return fail(problems.empty(fileName))
  if (sniffed?.kind === 'picture') return fail(problems.picture(fileName, sniffed.format))
  if (sniffed?.kind === 'other-format') return fail(problems.otherFormat(fileName, sniffed.format))

  // Before decoding and JSON.parse: the reviver and the record checks recurse,
  // and a 10,000-deep file must not get anywhere near them; and JSON.parse's
  // own cost grows with the number of entries, which hostile files inflate.
  const body = stripBom(bytes)
  const scan = scanStructure(body, { maxDepth: MAX_DEPTH, maxEntries: MAX_ENTRIES })
  if (scan.tooDeepAt >= 0) return fail(problems.tooDeep(fileName, MAX_DEPTH))
  if (scan.tooManyEntries) return fail(problems.tooComplex(fileName, MAX_ENTRIES))

  const decoded = decodeUtf8(body)
  if (!decoded.ok) return fail(decoded.cutMidCharacter ? problems.truncated(fileName) : problems.notUtf8(fileName))
  const text = decoded.text

  const json = parseJsonSafely(text)
  if (!json.ok) return fail(json.truncated ? problems.truncated(fileName) : problems.notJson(fileName))

  const target = opts.targetVersion ?? CURRENT_FORMAT_VERSION
  const container = readContainer(json.value, fileName, target)
  if (!container.ok) return fail(container.problem)

  let doc: unknown
  try {
    doc = migrate(container.project, container.version, opts.migrations, target)
  } catch {
    return fail(problems.migrationFailed(fileName, container.version, target))
  }

  const checked = checkProject(doc, opts.now ?? new Date())
  if (!checked.ok) return fail(problems.invalid(fileName, checked.where))
  return {
    ok: true,
    project: checked.project,
    repairs: checked.repairs,
    migratedFrom: container.version === target ? null : container.version,
  }
}

type Checked = { ok: true; project: Project; repairs: string[] } | { ok: false; where: string }

/** Lists cut to their limits, then strict validation record by record, repairing only what it refuses. */
function checkProject(doc: unknown, now: Date): Checked {
  const log = new RepairLog()
  capLists(Project, doc, log)
  const checked = checkRecord(Project, doc, PROJECT_PLACE, startRepair({ log, nowIso: now.toISOString() }))
  if (!checked.ok) {
    // Judge the best effort (or, when the project was not even an object, the input itself).
    const candidate = 'partial' in checked && checked.partial !== undefined ? checked.partial : doc
    const strict = Project.safeParse(candidate)
    const first = strict.success ? undefined : strict.error.issues[0]
    return { ok: false, where: first ? describeIssue(first, candidate) : 'the project is not valid' }
  }
  const project = checked.value as Project
  enforceIntegrity(project, log)
  return { ok: true, project, repairs: log.lines() }
}
