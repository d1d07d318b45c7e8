// The audit log as CSV for a spreadsheet: UTF-8 with a byte-order mark (Excel), every cell quoted where needed, and
// formula-safe like every CSV the app writes (shared/exporting/formula-safe.ts): a username or a target can never
// run as a formula when the file is opened.
import { formulaSafe } from '#shared/exporting/formula-safe.ts';
import { formatDateTime } from '#shared/i18n/format.ts';
import { translate, type Dictionary } from '#shared/i18n/translate.ts';
import type { AuditRow } from '../repo/audit-log.ts';

export function safeCell(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const text = formulaSafe(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** 28/05/2026 15:04:05 in Vietnam's time (UTC+7 is whole hours, so the seconds are the instant's own). */
function when(at: string): string {
  return `${formatDateTime(at)}:${String(new Date(at).getUTCSeconds()).padStart(2, '0')}`;
}

// The chain's hashes stay out: they prove nothing without the key, which the office never hands out with a file.
const COLUMNS = ['seq', 'at', 'actor', 'address', 'action', 'target', 'before', 'after'] as const;

/** The header line and one line per row (CRLF, as RFC 4180 writes it). */
export function* auditCsvLines(rows: Iterable<AuditRow>, dictionary: Dictionary): Generator<string> {
  yield `\ufeff${COLUMNS.map((column) => safeCell(translate(dictionary, `audit.col.${column}`))).join(',')}\r\n`;
  for (const row of rows) {
    const cells = [row.seq, when(row.at), row.actor, row.address, row.action, row.target, row.before, row.after];
    yield `${cells.map(safeCell).join(',')}\r\n`;
  }
}
