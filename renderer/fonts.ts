/**
 * Bundled fonts, served from the app's own files (no network): Noto Sans for
 * Latin and Cyrillic, Vazirmatn for Persian, Noto Sans SC for Chinese (split by
 * unicode-range, so only the pieces a text needs are loaded).
 */
import '@fontsource/noto-sans/400.css'
import '@fontsource/noto-sans/700.css'
import '@fontsource/vazirmatn/400.css'
import '@fontsource/vazirmatn/700.css'
import '@fontsource/noto-sans-sc/400.css'
