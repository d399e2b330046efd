/** An emotion face as inline SVG: shared/look's face (the board's and the printout's), no emoji font needed. */
import { EMOTION_SCORES, faceOps } from '../../shared/look'
import { opElement } from '../services/ops-svg'

export { EMOTION_SCORES }
export type EmotionStep = (typeof EMOTION_SCORES)[number]

export function Face({ score, size = 28 }: { score: EmotionStep; size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      {faceOps(12, 12, 10.5, score).map(opElement)}
    </svg>
  )
}
