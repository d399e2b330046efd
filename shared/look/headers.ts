/**
 * Stage and lane headers: the type specs of their texts, and the measure the
 * layout sizes the stage header band with. The board and the printout lay
 * the map out with this same measure, so their header bands are equally tall
 * and every cell, note and curve below sits at the same place.
 */
import type { TextMeasure } from '../layout/types'
import type { FontMeasure } from './fonts'
import { wrapLines, type TextStyle } from './text'

export const STAGE_NAME: TextStyle = { size: 17, lineHeight: 22, maxLines: 3, weight: 700 }
export const STAGE_GOAL: TextStyle = { size: 13, lineHeight: 17, maxLines: 2, weight: 400 }
export const LANE_TITLE: TextStyle = { size: 15, lineHeight: 20, maxLines: 3, weight: 700 }
/** A free-text note under a lane title: the lane kind when the title is the team's own. */
export const LANE_KIND: TextStyle = { size: 11, lineHeight: 14, maxLines: 1, weight: 400 }

export interface HeaderLabels {
  customerGoal: string
  businessGoal: string
}

/** "Customer goal: find a plan that fits" — empty when there is no goal. */
export function goalText(label: string, goal: string): string {
  return goal ? `${label}: ${goal}` : ''
}

/** The layout's text measure for stage headers: lines of the texts as drawn (goals with their label), times the line height. */
export function stageHeaderMeasure(measure: FontMeasure, labels: HeaderLabels, locale?: string): TextMeasure {
  return (text, maxWidth, role) => {
    if (!text) return 0
    const spec = role === 'stageName' ? STAGE_NAME : STAGE_GOAL
    const shown = role === 'stageName' ? text : goalText(role === 'customerGoal' ? labels.customerGoal : labels.businessGoal, text)
    return wrapLines(shown, maxWidth, spec.maxLines, spec, measure, locale).lines.length * spec.lineHeight
  }
}

/** Why the customer feels so, under (or over) an emotion face: two lines at most, centred. */
export const EMOTION_REASON: TextStyle = { size: 12, lineHeight: 16, maxLines: 2, weight: 400 }
export const EMOTION_REASON_WIDTH = 150
/** An arrow's label ("after the ad"), one line in a pill at the middle of the curve. */
export const LINK_LABEL: TextStyle = { size: 12, lineHeight: 16, maxLines: 1, weight: 400 }
export const LINK_LABEL_WIDTH = 160
