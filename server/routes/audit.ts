// The admin's audit log: the rows by filters, newest first, a page at a time, and the same rows as a CSV download
// (itself recorded: who took a copy of the log, and which part).
import { Hono } from 'hono';
import type { AuditEntry, AuditListResponse } from '#shared/api/audit.ts';
import { LanguageSchema } from '#shared/i18n/message.ts';
import { loadDictionary } from '#shared/i18n/load.ts';
import { surveyDay } from '#shared/i18n/format.ts';
import * as z from 'zod/mini';
import type { AppEnv, Deps } from '../deps.ts';
import { requireRole } from '../http/auth.ts';
import { auditCsvLines } from '../audit/csv.ts';
import { parseAuditQuery } from '../audit/query.ts';
import { recordAudit } from '../audit/record.ts';
import { auditChoices, listAuditRows, type AuditRow } from '../repo/audit-log.ts';

const summary = (text: string | null): Record<string, unknown> | null => (text === null ? null : (JSON.parse(text) as Record<string, unknown>));

/** The hash stays on the server: it means nothing without the key, and verify reads it there. */
function toEntry(row: AuditRow): AuditEntry {
  return {
    seq: row.seq, at: row.at, actor: row.actor, actorId: row.actorId, address: row.address, action: row.action,
    target: row.target, before: summary(row.before), after: summary(row.after),
  };
}

export function auditRoutes(deps: Deps) {
  return new Hono<AppEnv>()
    .use(requireRole(['admin']))
    .get('/', (c) => {
      const query = parseAuditQuery(c.req.query());
      // One row more than a page says whether there are older rows, without counting them all.
      const rows = listAuditRows(deps.db, { ...query, limit: query.limit + 1 });
      const body: AuditListResponse = {
        entries: rows.slice(0, query.limit).map(toEntry), more: rows.length > query.limit, ...auditChoices(deps.db),
      };
      return c.json(body);
    })
    .get('/export.csv', async (c) => {
      const { lang, ...filters } = c.req.query();
      const language = z.catch(LanguageSchema, 'vi').parse(lang);
      const query = parseAuditQuery(filters, Number.MAX_SAFE_INTEGER);
      const dictionary = await loadDictionary(language);
      const rows = listAuditRows(deps.db, query);
      recordAudit(deps, c, { action: 'audit.export', target: 'audit-log', after: { filters, rows: rows.length } });
      const name = `phieu-audit-${surveyDay(deps.clock.now())}.csv`;
      return new Response([...auditCsvLines(rows, dictionary)].join(''), {
        status: 200,
        headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="${name}"` },
      });
    });
}
