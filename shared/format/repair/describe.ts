/**
 * Turns the first schema complaint into words a person can act on:
 * "the text of card 4 in map 1 is too long (at most 10000 characters)"
 * instead of zod's `maps[0].cards[3].text: Too big`.
 */
import type { z } from 'zod'
import { fieldWords, itemNoun } from './words'

type PathKey = PropertyKey

export function describeIssue(issue: z.core.$ZodIssue, root: unknown): string {
  const isList =
    ('origin' in issue && issue.origin === 'array') || (issue.code === 'invalid_type' && issue.expected === 'array')
  const where = describePath(issue.path, isList)
  const present = valueAt(root, issue.path) !== undefined
  return `${where} ${complaint(issue, present)}`
}

export function describePath(path: readonly PathKey[], isList = false): string {
  const records: string[] = []
  let field: string | null = null
  for (let i = 0; i < path.length; i++) {
    const key = path[i]
    const next = path[i + 1]
    if (typeof key === 'string' && typeof next === 'number') {
      records.unshift(`${itemNoun(key)} ${next + 1}`)
      i++
      field = null
    } else if (typeof key === 'string') {
      field = key === 'map' ? null : key
      if (key === 'map') records.unshift('the map')
    }
  }
  const owner = records.length > 0 ? records.join(' in ') : 'the project'
  if (field === null) return owner
  // "the list of maps of the project is empty" reads right; "the maps … is" doesn't.
  return `the ${isList ? 'list of ' : ''}${fieldWords(field)} of ${owner}`
}

function complaint(issue: z.core.$ZodIssue, present: boolean): string {
  switch (issue.code) {
    case 'invalid_type':
      return present ? 'has the wrong kind of value' : 'is missing'
    case 'too_big':
      return issue.origin === 'string'
        ? `is too long (at most ${String(issue.maximum)} characters)`
        : issue.origin === 'array'
          ? `has too many entries (at most ${String(issue.maximum)})`
          : `is too large (at most ${String(issue.maximum)})`
    case 'too_small':
      return issue.origin === 'array'
        ? Number(issue.minimum) === 1
          ? 'is empty (it needs at least one)'
          : `has too few entries (at least ${String(issue.minimum)})`
        : issue.origin === 'string'
          ? 'is empty'
          : `is too small (at least ${String(issue.minimum)})`
    case 'invalid_value':
      return 'has a value Journeywall doesn’t know'
    case 'invalid_format':
      return 'is not in the expected format'
    default:
      return 'is not valid'
  }
}

function valueAt(root: unknown, path: readonly PathKey[]): unknown {
  let v = root
  for (const key of path) {
    if (typeof v !== 'object' || v === null) return undefined
    v = (v as Record<PropertyKey, unknown>)[key]
  }
  return v
}
