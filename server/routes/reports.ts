// The Word report (issue 22): its outline for the report page's preview (headings, interviews counted, refused
// cross-tabs), and the .docx itself, whose download is audit-logged with what it held. Filters as the results'.
import { Hono } from 'hono';
import { DEFAULT_LANGUAGE } from '#shared/i18n/languages.ts';
import { surveyDay } from '#shared/i18n/format.ts';
import { loadDictionary } from '#shared/i18n/load.ts';
import type { MessageParams } from '#shared/i18n/message.ts';
import { translate } from '#shared/i18n/translate.ts';
import { problem } from '#shared/problems.ts';
import { parseReportQuery, type ReportRequest } from '#shared/report/request.ts';
import type { Say } from '#shared/report/sentences.ts';
import type { AppEnv, Deps } from '../deps.ts';
import { recordAudit } from '../audit/record.ts';
import { requireRole } from '../http/auth.ts';
import { buildReport, reportOutline } from '../report/build-report.ts';
import { loadReport } from '../report/load-report.ts';

export const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

function parsed(query: Record<string, string>): ReportRequest {
  const result = parseReportQuery(query);
  if (!result.ok) throw problem(result.problem.code, result.problem.params);
  return result.value;
}

async function sayer(): Promise<Say> {
  const dictionary = await loadDictionary(DEFAULT_LANGUAGE);
  return (code: string, params?: MessageParams) => translate(dictionary, code, params);
}

function contentDisposition(fileName: string): string {
  return `attachment; filename="${fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

export function reportRoutes(deps: Deps) {
  return new Hono<AppEnv>()
    .use(requireRole(['admin']))
    .get('/:slug/outline', async (c) => {
      const request = parsed(c.req.query());
      const say = await sayer();
      return c.json(reportOutline(loadReport(deps.db, c.req.param('slug'), request, say), request, say));
    })
    .get('/:slug', async (c) => {
      const request = parsed(c.req.query());
      const report = await buildReport(deps.db, c.req.param('slug'), request, await sayer(), surveyDay(deps.clock.now()));
      // What was exported and under which filters; never an answer.
      recordAudit(deps, c, {
        action: 'report.download', target: `survey:${report.outline.survey}`,
        after: {
          questions: request.questions, crosstabs: request.crosstabs.map((x) => `${x.row}:${x.by}`), filters: request.filters,
          layout: request.fields.layout, interviews: report.outline.total, refused: report.outline.refused.map((r) => `${r.row}:${r.by}`),
        },
      });
      return new Response(new Uint8Array(report.docx), {
        status: 200, headers: { 'Content-Type': DOCX, 'Content-Disposition': contentDisposition(report.fileName) },
      });
    });
}
