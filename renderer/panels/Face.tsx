/** An emotion face drawn as inline SVG (no emoji font needed, looks the same everywhere). */

export const EMOTION_SCORES = [-2, -1, 0, 1, 2] as const
export type EmotionStep = (typeof EMOTION_SCORES)[number]

const FACE_COLOR: Record<EmotionStep, string> = {
  '-2': '#d92d20',
  '-1': '#f79009',
  '0': '#98a2b3',
  '1': '#66c61c',
  '2': '#17b26a',
}

export function faceColor(score: EmotionStep): string {
  return FACE_COLOR[score]
}

export function Face({ score, size = 28 }: { score: EmotionStep; size?: number }) {
  // Mouth: a quadratic curve whose middle sags for a smile and lifts for a frown.
  const ends = 15.5 - score * 0.6
  const middle = 15.5 + score * 2.2
  return (
    <svg width={size} height={size} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <circle cx="12" cy="12" r="10.5" fill={FACE_COLOR[score]} />
      <circle cx="8.5" cy="9.5" r="1.4" fill="#1f2430" />
      <circle cx="15.5" cy="9.5" r="1.4" fill="#1f2430" />
      <path d={`M7 ${ends} Q12 ${middle} 17 ${ends}`} stroke="#1f2430" strokeWidth="1.6" fill="none" strokeLinecap="round" />
    </svg>
  )
}
