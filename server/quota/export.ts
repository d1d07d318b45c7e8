// The province table as files to download: CSV (UTF-8 with a BOM, so Excel reads the Vietnamese) and .xlsx.
// The rows and headers come from shared/quota/table.ts: the same figures as the screen.
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import type { ProvinceDashboard } from '#shared/api/quota.ts';
import { formulaSafe } from '#shared/exporting/formula-safe.ts';
import { en } from '#shared/i18n/en/index.ts';
import type { Language } from '#shared/i18n/languages.ts';
import { translate, type Dictionary } from '#shared/i18n/translate.ts';
import { vi } from '#shared/i18n/vi/index.ts';
import { provinceTable, type Column, type Translate } from '#shared/quota/table.ts';

const DICTIONARIES: Record<Language, Dictionary> = { vi, en };

export function translator(language: Language): Translate {
  return (code, params) => translate(DICTIONARIES[language], code, params);
}

function csvValue(column: Column, value: string | number): string | number {
  if (column.kind === 'ratio' && typeof value === 'number') return Math.round(value * 1000) / 10;
  return typeof value === 'string' ? formulaSafe(value) : value;
}

export function provinceCsv(dashboard: ProvinceDashboard, language: Language): string {
  const table = provinceTable(dashboard, translator(language));
  const csv = Papa.unparse({
    fields: table.columns.map((column) => formulaSafe(column.header)),
    data: table.rows.map((row) => row.map((value, i) => csvValue(table.columns[i]!, value))),
  }, { newline: '\r\n' });
  return `\uFEFF${csv}\r\n`;
}

export async function provinceXlsx(dashboard: ProvinceDashboard, language: Language): Promise<Uint8Array<ArrayBuffer>> {
  const t = translator(language);
  const table = provinceTable(dashboard, t);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(t('quota.sheet'), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = table.columns.map((column, i) => ({
    header: column.header,
    width: i === 1 ? 36 : Math.max(10, Math.min(30, column.header.length + 2)),
    style: column.kind === 'ratio' ? { numFmt: '0.0%' } : {},
  }));
  sheet.getRow(1).font = { bold: true };
  for (const row of table.rows) sheet.addRow(row);
  sheet.getRow(table.rows.length + 1).font = { bold: true };
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
