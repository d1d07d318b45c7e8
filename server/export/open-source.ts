// Opens what an export reads: one read snapshot, the number of rows, string widths measured from the data
// (so a text column is as wide as its longest answer and no wider), and the rows as cells, one at a time.
import { rowReader, type Cell, type ExportRecord } from '#shared/exporting/cells.ts';
import { openFlags, REVIEW_FLAGS } from '#shared/interview/review.ts';
import type { ExportColumn } from '#shared/exporting/columns.ts';
import type { Db } from '../db/open.ts';
import { iterateExportRows, measureExport, openExportSnapshot, type ExportMeasures } from '../repo/export-rows.ts';
import type { ExportPlan } from './plan-export.ts';

export type ExportSource = {
  count: number;
  /** The plan's columns with string widths filled in. */
  columns: ExportColumn[];
  rows: () => Iterable<Cell[]>;
  close: () => void;
};

/** SPSS strings are 1…32767 bytes; 8 is the least worth having (one 8-byte element, and room for "-1"). */
const MIN_TEXT = 8;
const MAX_TEXT = 32767;

function widthOf(column: ExportColumn, m: ExportMeasures): number {
  const { source } = column;
  let measured = 0;
  if (source.kind === 'answer') measured = m.answers.get(source.variable) ?? 0;
  else if (source.kind === 'meta') {
    const meta: Partial<Record<typeof source.field, number>> = {
      id: 36, serial: m.serial, unitNo: m.unitNo, unitName: m.unitName, interviewer: m.interviewer,
      // Every flag's name once: the longest the column can hold.
      flags: REVIEW_FLAGS.join(' ').length,
    };
    measured = meta[source.field] ?? 0;
  }
  return Math.min(MAX_TEXT, Math.max(MIN_TEXT, measured));
}

export function openExportSource(db: Db, plan: ExportPlan): ExportSource {
  const snapshot = openExportSnapshot(db);
  try {
    const texts = plan.layout.columns.flatMap((c) => (c.type === 'string' && c.source.kind === 'answer' ? [c.source.variable] : []));
    const measures = measureExport(snapshot.db, plan.surveyId, plan.request.filters, texts);
    const columns = plan.layout.columns.map((c) => (c.type === 'string' ? { ...c, width: widthOf(c, measures) } : c));
    const read = rowReader(columns);
    return {
      count: measures.count,
      columns,
      *rows() {
        for (const row of iterateExportRows(snapshot.db, plan.surveyId, plan.request.filters)) {
          const record: ExportRecord = {
            id: row.id, serial: row.serial, unitNo: row.unit_no, unitName: row.unit_name, mode: row.mode,
            entry: row.entry, interviewer: row.interviewer ?? '', interviewDay: row.interview_day, status: row.status,
            version: row.version, flags: openFlags([...JSON.parse(row.flags) as string[], ...JSON.parse(row.review_flags) as string[]], JSON.parse(row.resolved_flags) as string[]),
            answers: row.answers ? JSON.parse(row.answers) as Record<string, unknown> : {},
          };
          yield read(record);
        }
      },
      close: snapshot.close,
    };
  } catch (error) {
    snapshot.close();
    throw error;
  }
}
