/** Dialogs answered from a script instead of a person: each question pops the next queued answer. */
import type { FileProblem } from '../../shared/api'
import type { DiskConflictChoice, Dialogs, UnsavedChoice } from '../../main/ports'

export class ScriptedDialogs implements Dialogs {
  openAnswers: Array<string | null> = []
  saveAnswers: Array<string | null> = []
  unsavedAnswers: UnsavedChoice[] = []
  conflictAnswers: DiskConflictChoice[] = []
  readonly shownProblems: FileProblem[] = []
  readonly asked: string[] = []

  async chooseFileToOpen(): Promise<string | null> {
    this.asked.push('open')
    return this.take(this.openAnswers, 'open')
  }
  async chooseSaveLocation(_windowId: string, suggestedName: string): Promise<string | null> {
    this.asked.push(`save:${suggestedName}`)
    return this.take(this.saveAnswers, 'save')
  }
  async askUnsavedChanges(): Promise<UnsavedChoice> {
    this.asked.push('unsaved')
    return this.take(this.unsavedAnswers, 'unsaved changes')
  }
  async askDiskConflict(): Promise<DiskConflictChoice> {
    this.asked.push('conflict')
    return this.take(this.conflictAnswers, 'disk conflict')
  }
  async showProblem(_windowId: string | null, problem: FileProblem): Promise<void> {
    this.shownProblems.push(problem)
  }

  private take<T>(queue: T[], what: string): T {
    if (queue.length === 0) throw new Error(`Test host: no scripted answer for the ${what} dialog`)
    return queue.shift() as T
  }
}
