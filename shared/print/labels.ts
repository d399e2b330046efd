/** Sheet labels of a tiled poster: row letter(s) + column number, "B3"; rows run A…Z, AA, AB… */

export function rowLetters(row: number): string {
  let n = Math.max(0, Math.floor(row))
  let out = ''
  do {
    out = String.fromCharCode(65 + (n % 26)) + out
    n = Math.floor(n / 26) - 1
  } while (n >= 0)
  return out
}

export function sheetLabel(row: number, column: number): string {
  return `${rowLetters(row)}${column + 1}`
}
