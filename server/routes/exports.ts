// The admin's exports: the number of interviews some filters select (the page shows it before a download),
// and the file itself streamed as it is written, named in the Content-Disposition (UTF-8 aware).
import { Hono } from 'hono';
import type { ExportCountResponse } from '#shared/api/exports.ts';
import { isoNow, systemClock } from '#shared/clock.ts';
import { parseExportFilters, parseExportParams, type ParseResult } from '#shared/exporting/filters.ts';
import { loadDictionary } from '#shared/i18n/load.ts';
import { problem } from '#shared/problems.ts';
import type { AppEnv, Deps } from '../deps.ts';
import { requireRole } from '../http/auth.ts';
import { recordAudit } from '../audit/record.ts';
import { exportDownload } from '../export/export-files.ts';
import { exportedSurvey, planExport } from '../export/plan-export.ts';
import { countExportRows } from '../repo/export-rows.ts';

function parsed<T>(result: ParseResult<T>): T {
  if (!result.ok) throw problem(result.problem.code, result.problem.params);
  return result.value;
}

/** Pulls the next chunk only when the client has taken the last one; a dropped download stops the export. */
function streamOf(chunks: AsyncIterable<Uint8Array>): ReadableStream<Uint8Array> {
  const iterator = chunks[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const next = await iterator.next();
        if (next.done) controller.close();
        else controller.enqueue(next.value);
      } catch (error) {
        // The status line is sent already: the download is cut short, and the cause goes to the log.
        console.error(`[${isoNow(systemClock)}] export failed while streaming:`, error);
        controller.error(error);
      }
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}

function contentDisposition(fileName: string): string {
  const ascii = fileName.normalize('NFKD').replace(/[^\x20-\x7e]/g, '').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

export function exportRoutes(deps: Deps) {
  return new Hono<AppEnv>()
    .use(requireRole(['admin']))
    .get('/:slug/count', (c) => {
      const filters = parsed(parseExportFilters(c.req.query()));
      const found = exportedSurvey(deps.db, c.req.param('slug'), filters);
      return c.json({ count: countExportRows(deps.db, found.id, filters) } satisfies ExportCountResponse);
    })
    .get('/:slug', async (c) => {
      const request = parsed(parseExportParams(c.req.query()));
      const dictionary = await loadDictionary(request.language);
      const plan = planExport(deps.db, c.req.param('slug'), request, dictionary, deps.clock.now());
      // Who exported what: survey, format, filters and how many interviews (answers never go into the log).
      const rows = countExportRows(deps.db, plan.surveyId, request.filters);
      recordAudit(deps, c, {
        action: 'export.download', target: `survey:${plan.survey.slug}`,
        after: { format: request.format, labels: request.labels, language: request.language, filters: request.filters, rows },
      });
      const download = exportDownload(deps.db, plan);
      return new Response(streamOf(download.body), {
        status: 200,
        headers: { 'Content-Type': download.contentType, 'Content-Disposition': contentDisposition(download.fileName) },
      });
    });
}
