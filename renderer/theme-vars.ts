/** The DOM panels (swatches, previews) paint notes with CSS variables made from the shared palette. */
import { NOTE_PAPER } from '../shared/look'

for (const [color, hex] of Object.entries(NOTE_PAPER)) {
  document.documentElement.style.setProperty(`--note-${color}`, hex)
}
