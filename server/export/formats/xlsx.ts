// The export as an Excel workbook (exceljs, streaming writer): a data sheet (codes, or option labels on
// request; dates as dates; serials as text so leading zeros stay) and a codebook sheet with every variable's
// label, type, measure, codes and labels, missing codes and multiple-response set.
import { once } from 'node:events';
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { labelReader, type Cell } from '#shared/exporting/cells.ts';
import { CODEBOOK_NOTES, codebookRows } from '#shared/exporting/codebook.ts';
import type { ExportSource } from '../open-source.ts';
import type { ExportPlan } from '../plan-export.ts';

const YIELD_EVERY = 200;

function dateOf(cell: Cell): Cell | Date {
  return typeof cell === 'string' ? new Date(`${cell}T00:00:00Z`) : cell;
}

async function fill(workbook: ExcelJS.stream.xlsx.WorkbookWriter, plan: ExportPlan, source: ExportSource, out: PassThrough, stopped: () => boolean): Promise<void> {
  const { columns } = source;
  const data = workbook.addWorksheet(plan.words('export.sheet.data'), { views: [{ state: 'frozen', ySplit: 1 }] });
  data.columns = columns.map((c) => ({
    width: c.type === 'string' ? Math.min(40, Math.max(10, c.width)) : Math.max(8, c.name.length + 2),
    ...(c.type === 'date' ? { style: { numFmt: 'dd/mm/yyyy' } } : {}),
  }));
  data.addRow(columns.map((c) => c.name)).commit();
  const labelled = plan.request.labels ? columns.map(labelReader) : null;
  const dates = columns.flatMap((c, i) => (c.type === 'date' ? [i] : []));
  let n = 0;
  for (const cells of source.rows()) {
    if (stopped()) return;
    const shown: (Cell | Date)[] = labelled ? cells.map((cell, i) => labelled[i]!(cell)) : cells;
    for (const i of dates) shown[i] = dateOf(cells[i] ?? null);
    data.addRow(shown).commit();
    if (++n % YIELD_EVERY === 0) {
      // Let the zip stream flow, and wait while the reader (a slow download) has not taken what is there.
      await new Promise((resolve) => setImmediate(resolve));
      if (out.writableNeedDrain) await once(out, 'drain');
    }
  }
  data.commit();

  const codebook = workbook.addWorksheet(plan.words('export.sheet.codebook'), { views: [{ state: 'frozen', ySplit: 1 }] });
  codebook.columns = [{ width: 16 }, { width: 60 }, { width: 8 }, { width: 12 }, { width: 50 }, { width: 14 }, { width: 14 }];
  const header = ['variable', 'label', 'type', 'measure', 'codes', 'missing', 'set'].map((key) => plan.words(`export.codebook.${key}`));
  codebook.addRow(header).commit();
  for (const row of codebookRows(columns, plan.layout.sets, plan.words)) {
    const added = codebook.addRow([row.name, row.label, row.type, row.measure, row.codes, row.missing, row.set]);
    added.alignment = { wrapText: true, vertical: 'top' };
    added.commit();
  }
  codebook.addRow([]).commit();
  for (const note of CODEBOOK_NOTES) codebook.addRow([plan.words(note)]).commit();
  codebook.commit();
  await workbook.commit();
}

export async function* xlsxChunks(plan: ExportPlan, source: ExportSource): AsyncGenerator<Uint8Array> {
  const out = new PassThrough();
  let stop = false;
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const produced = fill(workbook, plan, source, out, () => stop).catch((error: unknown) => { out.destroy(error as Error); });
  try {
    for await (const chunk of out as AsyncIterable<Uint8Array>) yield chunk;
    await produced;
  } finally {
    stop = true;
  }
}
