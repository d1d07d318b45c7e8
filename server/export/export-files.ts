// Turns a planned export into files: one for .sav, .xlsx and .csv, two for .sps (the syntax and its CSV).
// All files of one export read the same snapshot, opened when the first file is pulled and closed after the
// last (or when the reader stops early), so a download that never starts holds nothing open.
import type { Db } from '../db/open.ts';
import { csvChunks } from './formats/csv.ts';
import { savChunks } from './formats/sav.ts';
import { spsSyntax } from './formats/sps.ts';
import { xlsxChunks } from './formats/xlsx.ts';
import { openExportSource } from './open-source.ts';
import type { ExportPlan } from './plan-export.ts';
import { zipEntries, type ZipEntry } from './zip.ts';

export type ExportFile = ZipEntry;
export type ExportDownload = { fileName: string; contentType: string; body: AsyncIterable<Uint8Array> };

const CONTENT_TYPES = {
  sav: 'application/x-spss-sav',
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  sps: 'application/zip',
} as const;

/** `baseName` names the files (the command line takes it from --out); `onCount` hears how many rows. */
export async function* exportFiles(
  db: Db, plan: ExportPlan, options: { baseName?: string; onCount?: (count: number) => void } = {},
): AsyncGenerator<ExportFile> {
  const base = options.baseName ?? plan.baseName;
  const source = openExportSource(db, plan);
  try {
    options.onCount?.(source.count);
    const { format, labels } = plan.request;
    switch (format) {
      case 'sav':
        yield { name: `${base}.sav`, data: savChunks(plan, source) };
        break;
      case 'csv':
        yield { name: `${base}.csv`, data: csvChunks(source.columns, source.rows(), { labels, oneLineValues: false }) };
        break;
      case 'xlsx':
        yield { name: `${base}.xlsx`, data: xlsxChunks(plan, source) };
        break;
      case 'sps': {
        const csvName = `${base}.csv`;
        // With a byte-order mark SPSS reads the syntax as UTF-8 whatever the machine's code page.
        yield { name: `${base}.sps`, data: [new TextEncoder().encode(`\uFEFF${spsSyntax(plan, source, csvName)}`)] };
        yield { name: csvName, data: csvChunks(source.columns, source.rows(), { labels: false, oneLineValues: true }) };
        break;
      }
    }
  } finally {
    source.close();
  }
}

async function* single(files: AsyncGenerator<ExportFile>): AsyncGenerator<Uint8Array> {
  for await (const file of files) yield* file.data;
}

/** One body to download: the file itself, or a .zip for the .sps and its CSV. */
export function exportDownload(db: Db, plan: ExportPlan): ExportDownload {
  const { format } = plan.request;
  const files = exportFiles(db, plan);
  return {
    fileName: `${plan.baseName}.${format === 'sps' ? 'zip' : format}`,
    contentType: CONTENT_TYPES[format],
    body: format === 'sps' ? zipEntries(files, plan.createdAt) : single(files),
  };
}
