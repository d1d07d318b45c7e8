// Imports a survey's units from a CSV file or from spreadsheet rows: all rows valid or none imported.
// Errors carry the 1-based line (the header is line 1; a record is counted as one line) and a `survey.units.*` code.
import Papa from 'papaparse';
import type { MessageParams } from '../i18n/message.ts';
import type { Unit, UnitKind } from '../survey/survey.ts';
import { decodeText } from './decode-text.ts';

export type UnitImportError = { line: number; column?: string; code: string; params: MessageParams };
export type UnitImport = { ok: true; units: Unit[] } | { ok: false; errors: UnitImportError[] };

const COLUMNS = ['no', 'code', 'name', 'kind', 'quota'] as const;
type Column = (typeof COLUMNS)[number];

/** Lower case, no diacritics, no spaces: "Chỉ tiêu" → "chitieu", "Mã" → "ma". */
function fold(value: string): string {
  return value.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/gi, 'd').toLowerCase().replace(/[\s_.-]+/g, '');
}

const HEADER_ALIASES: Record<string, Column> = {
  no: 'no', stt: 'no', so: 'no', sott: 'no', sothutu: 'no', number: 'no',
  code: 'code', ma: 'code', madonvi: 'code',
  name: 'name', ten: 'name', tendonvi: 'name', donvi: 'name',
  kind: 'kind', loai: 'kind', type: 'kind', loaidonvi: 'kind', cap: 'kind',
  quota: 'quota', chitieu: 'quota', sophieu: 'quota', target: 'quota',
};

const KIND_ALIASES: Record<string, UnitKind> = {
  ward: 'ward', phuong: 'ward', commune: 'commune', xa: 'commune', province: 'province', tinh: 'province',
};

/** A cell as a spreadsheet or CSV reader gives it. */
export type SheetCell = string | number | boolean | Date | null | undefined;

function cell(value: SheetCell): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString();
  return String(value).normalize('NFC').trim();
}

function err(errors: UnitImportError[], line: number, code: string, params: MessageParams = {}, column?: Column): void {
  errors.push({ line, ...(column ? { column } : {}), code: `survey.units.${code}`, params: { ...params, line, ...(column ? { column } : {}) } });
}

/** Rows as read from a spreadsheet or CSV; the first non-empty row is the header. */
export function parseUnitRows(rows: SheetCell[][]): UnitImport {
  const errors: UnitImportError[] = [];
  const headerIndex = rows.findIndex((r) => r.some((c) => cell(c) !== ''));
  if (headerIndex < 0) return { ok: false, errors: [{ line: 1, code: 'survey.units.empty', params: { line: 1 } }] };
  const position = new Map<Column, number>();
  (rows[headerIndex] ?? []).forEach((c, i) => {
    const column = HEADER_ALIASES[fold(cell(c))];
    if (column && !position.has(column)) position.set(column, i);
  });
  for (const column of COLUMNS) if (!position.has(column)) err(errors, headerIndex + 1, 'missing_column', {}, column);
  if (errors.length) return { ok: false, errors };

  const units: Unit[] = [];
  const lineOfNo = new Map<string, number>();
  const lineOfCode = new Map<string, number>();
  for (let r = headerIndex + 1; r < rows.length; r++) {
    const row = rows[r] ?? [];
    const line = r + 1;
    if (!row.some((c) => cell(c) !== '')) continue;
    const get = (column: Column) => cell(row[position.get(column)!]);
    const before = errors.length;
    for (const column of COLUMNS) if (get(column) === '') err(errors, line, 'missing_value', {}, column);
    if (errors.length > before) continue;

    // Excel drops leading zeros of numbers ("7" for "07"): pad back to two digits.
    const rawNo = get('no');
    const no = /^\d$/.test(rawNo) ? `0${rawNo}` : rawNo;
    if (!/^\d{2,3}$/.test(no)) err(errors, line, 'invalid_no', { value: rawNo }, 'no');
    else if (lineOfNo.has(no)) err(errors, line, 'duplicate_no', { value: no, firstLine: lineOfNo.get(no)! }, 'no');
    else lineOfNo.set(no, line);

    const code = get('code');
    if (lineOfCode.has(code)) err(errors, line, 'duplicate_code', { value: code, firstLine: lineOfCode.get(code)! }, 'code');
    else lineOfCode.set(code, line);

    const kind = KIND_ALIASES[fold(get('kind'))];
    if (!kind) err(errors, line, 'unknown_kind', { value: get('kind') }, 'kind');

    const rawQuota = get('quota');
    const quota = /^[+-]?\d+(\.\d+)?$/.test(rawQuota) ? Number(rawQuota) : Number.NaN;
    if (Number.isNaN(quota)) err(errors, line, 'quota_not_number', { value: rawQuota }, 'quota');
    else if (quota < 0) err(errors, line, 'quota_negative', { value: rawQuota }, 'quota');
    else if (!Number.isInteger(quota)) err(errors, line, 'quota_not_integer', { value: rawQuota }, 'quota');

    if (errors.length === before && kind) units.push({ no, code, name: get('name'), kind, quota });
  }
  if (!errors.length && units.length === 0) err(errors, headerIndex + 1, 'no_units');
  return errors.length ? { ok: false, errors } : { ok: true, units };
}

/** A CSV file's bytes: encoding and delimiter (comma, semicolon or tab) are detected. */
export function parseUnitsCsv(bytes: Uint8Array): UnitImport {
  const { text } = decodeText(bytes);
  const parsed = Papa.parse<string[]>(text, { delimitersToGuess: [',', ';', '\t'], skipEmptyLines: false });
  return parseUnitRows(parsed.data);
}

/** Every code the import can emit, for the dictionary test. */
export const UNIT_IMPORT_ERROR_CODES = [
  'empty', 'missing_column', 'missing_value', 'invalid_no', 'duplicate_no', 'duplicate_code', 'unknown_kind',
  'quota_not_number', 'quota_negative', 'quota_not_integer', 'no_units', 'unreadable_xlsx',
].map((c) => `survey.units.${c}`);
