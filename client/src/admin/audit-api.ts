// The admin's audit log calls: a page of rows by filters, the CSV's address, and the dd/mm/yyyy days the page's
// filters are typed in. Lives in the admin chunk: nothing outside client/src/admin imports it.
import type { AuditListResponse, AuditQuery } from '#shared/api/audit.ts';
import { routeUrl } from '#shared/api/calls.ts';
import type { Language } from '#shared/i18n/languages.ts';
import { request } from '../api/http.ts';

export function listAudit(query: AuditQuery): Promise<AuditListResponse> {
  return request('GET /api/admin/audit', { query });
}

/** A plain link: the browser saves the file the server names (the download is itself audit-logged). */
export function auditCsvUrl(query: AuditQuery, language: Language): string {
  return routeUrl('GET /api/admin/audit/export.csv', { query: { ...query, lang: language } });
}

/** "28/05/2026" (or "28/5/2026") → "2026-05-28"; "" → null; anything else, or a day that does not exist → undefined. */
export function parseDay(text: string): string | null | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(trimmed);
  if (!m) return undefined;
  const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.toISOString().slice(0, 10);
}
