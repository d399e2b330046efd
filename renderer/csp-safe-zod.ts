/**
 * zod compiles fast validators with `new Function` when it can. Our CSP forbids
 * eval, so zod's probe only produces a CSP violation report; tell it up front.
 * Imported first by main.tsx.
 */
import { z } from 'zod'

z.config({ jitless: true })
