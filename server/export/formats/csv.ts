// The export as CSV: UTF-8 with a byte-order mark (so Excel reads Vietnamese right), comma-separated,
// RFC 4180 quoting, a header row of variable names, codes or (on request) option labels. Text that a spreadsheet
// would run as a formula is neutralised (shared/exporting/formula-safe.ts); numbers stay numbers.
import { labelReader, type Cell } from '#shared/exporting/cells.ts';
import { formulaSafe } from '#shared/exporting/formula-safe.ts';
import type { ExportColumn } from '#shared/exporting/columns.ts';

export type CsvOptions = {
  labels: boolean;
  /** For the .sps route: SPSS and PSPP read delimited text line by line, so a line break inside a value becomes a space. */
  oneLineValues: boolean;
};

const BOM = '\uFEFF';
const CHUNK_CHARS = 64 * 1024;
const encoder = new TextEncoder();

function field(cell: Cell, oneLine: boolean): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return String(cell);
  const text = formulaSafe(oneLine ? cell.replace(/\r\n|[\r\n\u2028\u2029]/g, ' ') : cell);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export async function* csvChunks(columns: readonly ExportColumn[], rows: Iterable<Cell[]>, options: CsvOptions): AsyncGenerator<Uint8Array> {
  const labelled = options.labels ? columns.map(labelReader) : null;
  let text = BOM + columns.map((c) => field(c.name, options.oneLineValues)).join(',') + '\r\n';
  for (const cells of rows) {
    const shown = labelled ? cells.map((cell, i) => labelled[i]!(cell)) : cells;
    text += shown.map((cell) => field(cell, options.oneLineValues)).join(',') + '\r\n';
    if (text.length >= CHUNK_CHARS) {
      yield encoder.encode(text);
      text = '';
    }
  }
  if (text) yield encoder.encode(text);
}
