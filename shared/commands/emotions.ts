import { LIMITS, newId } from '../model'
import type { Command } from './apply'
import { clamp, clampText, findMap, requireStage } from './lookup'

export interface EmotionPlace {
  stageId: string
  /** Set for a point on one touchpoint card; absent for the stage's own point. */
  cardId?: string
}

export interface EmotionValues {
  score?: number
  reason?: string
}

/**
 * Sets the score and/or reason of the emotion point at a place, creating the
 * point (score 0 unless given) the first time someone touches that place.
 */
export function setEmotionPoint(mapId: string, place: EmotionPlace, values: EmotionValues): Command {
  const id = newId('e')
  return (draft) => {
    const map = findMap(draft, mapId)
    requireStage(map, place.stageId)
    const score = values.score === undefined ? undefined : clamp(values.score, -2, 2)
    const reason = values.reason === undefined ? undefined : clampText(values.reason, LIMITS.shortText)
    const point = map.emotionPoints.find((p) => p.stageId === place.stageId && p.cardId === place.cardId)
    if (!point) {
      map.emotionPoints.push({
        id,
        stageId: place.stageId,
        ...(place.cardId !== undefined ? { cardId: place.cardId } : {}),
        score: score ?? 0,
        reason: reason ?? '',
      })
      return
    }
    if (score !== undefined && point.score !== score) point.score = score
    if (reason !== undefined && point.reason !== reason) point.reason = reason
  }
}

export function deleteEmotionPoint(mapId: string, pointId: string): Command {
  return (draft) => {
    const map = findMap(draft, mapId)
    if (map.emotionPoints.some((p) => p.id === pointId)) map.emotionPoints = map.emotionPoints.filter((p) => p.id !== pointId)
  }
}
