import type { FileProblem } from '../api'
import { Project } from '../model'
import { readContainer } from './container'
import { decodeUtf8, parseJsonSafely, stripBom } from './decode'
import { findExcessiveNesting, MAX_DEPTH, MAX_FILE_BYTES } from './limits'
import { migrate, type MigrationRegistry } from './migrations'
import { problems } from './problems'
import { describeIssue } from './repair/describe'
import { enforceIntegrity } from './repair/integrity'
import { RepairLog } from './repair/log'
import { repairShape } from './repair/shape'
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
 * on. Cheap refusals come first so hostile files cost as little as possible.
 */
export function parseJourney(bytes: Uint8Array, opts: ParseOptions = {}): ParseResult {
  const { fileName } = opts
  const fail = (problem: FileProblem): ParseResult => ({ ok: false, problem })

  // By length alone, before a single byte is decoded.
  if (bytes.length > MAX_FILE_BYTES) return fail(problems.tooLarge(fileName, bytes.length, MAX_FILE_BYTES))

  const text = decodeUtf8(stripBom(bytes))
  if (text === null) return fail(problems.notUtf8(fileName))

  // Before JSON.parse: the reviver and the repair pass recurse, and a
  // 10,000-deep file must not get anywhere near them.
  if (findExcessiveNesting(text, MAX_DEPTH) >= 0) return fail(problems.tooDeep(fileName, MAX_DEPTH))

  const json = parseJsonSafely(text)
  if (!json.ok) return fail(problems.notJson(fileName, json.truncated))

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

/** Strict first; the tolerant repair only when strict says no. */
function checkProject(doc: unknown, now: Date): Checked {
  const log = new RepairLog()
  let strict = Project.safeParse(doc)
  if (!strict.success) {
    const fixed = repairShape(Project, doc, { log, nowIso: now.toISOString() })
    // With no partial result (the project was not even an object), judge the input itself.
    const candidate = fixed.ok ? fixed.value : 'partial' in fixed ? fixed.partial : doc
    strict = Project.safeParse(candidate)
    if (!strict.success) {
      const first = strict.error.issues[0]
      return { ok: false, where: first ? describeIssue(first, candidate) : 'the project is not valid' }
    }
  }
  const project = strict.data
  enforceIntegrity(project, log)
  return { ok: true, project, repairs: log.lines() }
}
