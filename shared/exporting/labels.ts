// Labels as SPSS holds them: one line, at most so many bytes of UTF-8 (cut on a character boundary).
// SPSS documents 256 bytes for variable labels and 120 for value labels; longer ones are cut, the codebook
// sheet keeps the full text.

export const VARIABLE_LABEL_BYTES = 255;
export const VALUE_LABEL_BYTES = 120;

const encoder = new TextEncoder();

export function utf8Length(text: string): number {
  return encoder.encode(text).length;
}

/** The longest prefix of `text` that fits in `maxBytes` of UTF-8, never splitting a character. */
export function cutToBytes(text: string, maxBytes: number): string {
  if (text.length * 3 <= maxBytes) return text; // fast path: every UTF-16 unit is at most 3 UTF-8 bytes
  let bytes = 0;
  let end = 0;
  for (const char of text) {
    const size = utf8Length(char);
    if (bytes + size > maxBytes) break;
    bytes += size;
    end += char.length;
  }
  return text.slice(0, end);
}

/** Line breaks and tabs become spaces (a label is one line in SPSS, and a .sps string cannot hold one). */
export function oneLine(text: string): string {
  return text.normalize('NFC').replace(/\s*[\r\n\t\v\f\u2028\u2029]+\s*/g, ' ').trim();
}

export function spssLabel(text: string, maxBytes: number): string {
  return cutToBytes(oneLine(text), maxBytes);
}

/**
 * "Câu 11" + "11.3" → "Câu 11.3": a grid row's paper number takes its question's word ("Câu") when it is
 * printed as digits only.
 */
export function rowPaperNumber(questionPaperNumber: string, rowPaperNumber: string): string {
  if (!/^\d/.test(rowPaperNumber)) return rowPaperNumber;
  const word = questionPaperNumber.match(/^\D*/)?.[0] ?? '';
  return `${word}${rowPaperNumber}`;
}

/** "Câu 11.3. Thời gian giải quyết hồ sơ": paper number, a full stop unless it ends with one, the text. */
export function numberedLabel(paperNumber: string, text: string): string {
  const number = paperNumber.trim();
  return /[.:]$/.test(number) ? `${number} ${text}` : `${number}. ${text}`;
}
