/** Types of the local ESLint plugin (eslint-rules.js), for the test that exercises it. */
import type { ESLint } from 'eslint'

declare const plugin: ESLint.Plugin
export default plugin
