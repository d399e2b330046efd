#!/usr/bin/env node
/**
 * `npm run audit:security`: Electronegativity over the repository (sources and,
 * when built, out/), offline. Writes the SARIF report to
 * test/artifacts/electronegativity.sarif and prints the findings as a short
 * table. Exits non-zero only when the audit itself could not run.
 *
 * Why a script and not the bare CLI: the CLI writes its report into
 * test/artifacts/ without creating the folder (ENOENT on a fresh clone, where
 * only the e2e tests would have made it), and its console table is wide and
 * noisy. Its programmatic API (the package's main, dist/runner.js) returns the
 * findings with severity and confidence, which the SARIF file lacks.
 */
import { mkdirSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const report = join(repoRoot, 'test/artifacts/electronegativity.sarif')
const run = createRequire(import.meta.url)('@doyensec/electronegativity')

/** Plain text table: a header, a rule, one row per finding. */
function table(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)))
  const line = (cells) => cells.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd()
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n')
}

/** Severity and confidence are objects like { name: 'HIGH', value: 3 } (dist/finder/attributes.js). */
const name = (level) => String(level?.name ?? level ?? '?')

mkdirSync(dirname(report), { recursive: true })
let result
try {
  // Offline it says "No connectivity?" and carries on; only the check of the
  // Electron version against published fixes needs the network.
  result = await run({ input: repoRoot, output: report, isSarif: true, isRelative: true, customScan: [], excludeFromScan: [], parserPlugins: [] })
} catch (error) {
  console.error(`audit:security: Electronegativity could not run: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
}

const order = { HIGH: 0, MEDIUM: 1, LOW: 2, INFORMATIONAL: 3 }
const issues = [...result.issues].sort((a, b) => (order[name(a.severity)] ?? 9) - (order[name(b.severity)] ?? 9) || a.id.localeCompare(b.id))
const rows = issues.map((issue) => [
  name(issue.severity),
  name(issue.confidence),
  issue.id + (issue.manualReview ? ' (review)' : ''),
  `${issue.file}:${issue.location?.line ?? '?'}`,
])
console.log('')
if (rows.length === 0) console.log('Electronegativity: no findings.')
else console.log(table(['Severity', 'Confidence', 'Check', 'Where'], rows))
const counts = Object.keys(order)
  .map((level) => [level, issues.filter((i) => name(i.severity) === level).length])
  .filter(([, n]) => n > 0)
  .map(([level, n]) => `${n} ${level}`)
console.log(`\n${issues.length} finding${issues.length === 1 ? '' : 's'}${counts.length ? ` (${counts.join(', ')})` : ''}. Report: ${report.slice(repoRoot.length + 1)}. Why each is fixed or accepted: README.md, "Security audit".`)
// Files its parser could not read are not audited: say which (their sources usually are).
for (const error of result.errors ?? []) console.log(`Not parsed: ${String(error.file).replace(`${repoRoot}/`, '')} (${error.message})`)
