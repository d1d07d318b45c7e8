// A survey's Word report whole (issue 22): the heading block, the plan's facts, a section per question with its
// table, chart, first-draft sentence and "Nhận xét", the chosen cross-tabs and the "other" texts, the signature.
import { Document, LineRuleType, Packer } from 'docx';
import type { ReportRequest } from '#shared/report/request.ts';
import type { ReportOutline } from '#shared/report/schema.ts';
import type { Say } from '#shared/report/sentences.ts';
import type { Db } from '../db/open.ts';
import { chartFont } from './chart-png.ts';
import { A4, FONT, MARGINS, SIZE } from './docx-style.ts';
import { headingBlock, signatureBlock } from './heading-block.ts';
import { loadReport, type ReportData } from './load-report.ts';
import { outlineOf, reportParts } from './parts.ts';
import { renderPart, type RenderContext } from './render-parts.ts';

export type BuiltReport = { docx: Buffer; outline: ReportOutline; fileName: string };

/** The document's fields with their defaults: the survey's title as the subject, the questionnaire's issuing body. */
function fieldsOf(request: ReportRequest, data: ReportData, say: Say) {
  const f = request.fields;
  return { ...f, title: f.title || say('report.defaultTitle', { survey: data.survey.title }), issuer: f.issuer || data.issuer };
}

export function reportOutline(data: ReportData, request: ReportRequest, say: Say): ReportOutline {
  return { survey: data.survey.slug, total: data.total, headings: outlineOf(reportParts(data, request, say)), refused: data.refused, questions: data.questions };
}

/** `isoDay`: the report's date (YYYY-MM-DD, Vietnam's day). Throws what loadReport throws, or report.fontMissing. */
export async function buildReport(db: Db, slug: string, request: ReportRequest, say: Say, isoDay: string): Promise<BuiltReport> {
  const font = chartFont();
  const data = loadReport(db, slug, request, say);
  const parts = reportParts(data, request, say);
  const ctx: RenderContext = { say, data, font, tableNo: 0, chartNo: 0 };
  const fields = fieldsOf(request, data, say);
  const document = new Document({
    creator: 'Phiếu', title: fields.title, description: fields.title,
    styles: { default: { document: { run: { font: FONT, size: SIZE.body }, paragraph: { spacing: { line: 276, lineRule: LineRuleType.AUTO } } } } },
    sections: [{
      properties: { page: { size: { width: A4.width, height: A4.height }, margin: { ...MARGINS, header: 0, footer: 0, gutter: 0 } } },
      children: [
        ...headingBlock(fields, say, isoDay),
        ...parts.flatMap((part) => renderPart(part, ctx)),
        ...signatureBlock(fields, say),
      ],
    }],
  });
  return {
    docx: await Packer.toBuffer(document),
    outline: { survey: data.survey.slug, total: data.total, headings: outlineOf(parts), refused: data.refused, questions: data.questions },
    fileName: `bao-cao-${data.survey.slug}-${isoDay}.docx`,
  };
}
