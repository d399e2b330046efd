import { enablePatches, produceWithPatches, type Draft, type Patch } from 'immer'
import type { Project } from '../model'

// Patches are the currency of undo/redo and merge; the plugin must be on before the first produce.
enablePatches()

/** An edit: mutates an immer draft of the project. Build one with the factories in this folder. */
export type Command = (draft: Draft<Project>) => void

export interface CommandResult {
  project: Project
  patches: Patch[]
  inversePatches: Patch[]
  label: string
}

/**
 * The single entry point for edits: every command goes through here so every
 * edit gets patches (for history and merge) without writing them by hand.
 * An edit that changes nothing returns the same project object and no patches.
 */
export function applyCommand(project: Project, command: Command, label: string): CommandResult {
  const [next, patches, inversePatches] = produceWithPatches(project, (draft) => {
    command(draft)
  })
  return { project: next, patches, inversePatches, label }
}

/** Runs several commands as one edit (one undo step), in order. */
export function batch(...commands: Command[]): Command {
  return (draft) => {
    for (const command of commands) command(draft)
  }
}

/** Thrown when a command names something that does not exist: a caller bug, not user error. */
export class CommandError extends Error {
  override name = 'CommandError'
}
