/**
 * Each feature folder keeps its own UI strings beside its code
 * (`renderer/<feature>/strings.ts`, exporting `{ en, fa }` under one namespace
 * key). They are merged here into the i18next catalogs, so features never edit
 * one shared file. English is the reference; Persian must be complete.
 */
import { nestTemplateStrings } from '../../shared/templates'
import { actionStrings } from '../actions/strings'
import { boardStrings } from '../board/strings'
import { paletteStrings } from '../palette/strings'
import { panelStrings } from '../panels/strings'
import { printStrings } from '../print/strings'

export interface FeatureStrings {
  en: Record<string, unknown>
  fa: Record<string, unknown>
}

export const featureStrings: FeatureStrings[] = [
  { en: nestTemplateStrings('en'), fa: nestTemplateStrings('fa') },
  boardStrings,
  panelStrings,
  printStrings,
  actionStrings,
  paletteStrings,
]
