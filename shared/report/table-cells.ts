// A report table's cells as text, in Vietnamese number format ("1.000", "45,5"): one function per kind of table,
// so the Word document and its test read the same figures. The unit of each percentage column is in its header.
import { formatNumber } from '../i18n/format.ts';
import type { Crosstab, MissingRow, ResultTable } from '../tables/schema.ts';
import type { Say } from './sentences.ts';

export type Cells = { header: string[]; body: string[][]; /** Rows drawn in bold (totals). */ bold: number[] };

export const n = (value: number): string => formatNumber(value);
/** 45,5 — one decimal, as SPSS's tables print it. */
const oneDecimal = new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
export const p1 = (value: number): string => oneDecimal.format(value);
const stat = (value: number | null): string => (value === null ? '—' : formatNumber(Math.round(value * 100) / 100));

function missingLines(missing: readonly MissingRow[], width: number): string[][] {
  return missing.filter((m) => m.count > 0).map((m) => [m.label, n(m.count), ...Array<string>(width - 2).fill('')]);
}

export function tableCells(table: ResultTable, say: Say): Cells {
  const total = say('results.column.total');
  switch (table.kind) {
    case 'frequency': {
      const body = table.rows.map((r) => [r.label, n(r.count), p1(r.validPercent)]);
      const withTotal = [...body, [total, n(table.valid), p1(table.valid ? 100 : 0)], ...missingLines(table.missing, 3)];
      return { header: [say('results.column.category'), say('results.column.count'), say('results.column.validPercent')], body: withTotal, bold: [body.length] };
    }
    case 'multiple': {
      const body = table.rows.map((r) => [r.label, n(r.count), p1(r.percentOfCases)]);
      return {
        header: [say('results.column.category'), say('results.column.count'), say('results.column.percentOfCases')],
        body: [...body, [say('results.total.all'), n(table.cases), ''], ...missingLines(table.missing, 3)], bold: [body.length],
      };
    }
    case 'grid':
      return {
        header: ['', ...table.scale.map((s) => `${s.label} (%)`), say('results.column.valid')],
        body: table.rows.map((r) => [r.label, ...r.validPercents.map(p1), n(r.valid)]), bold: [],
      };
    case 'number': {
      const body = [
        [say('results.stat.n'), n(table.n)], [say('results.stat.mean'), stat(table.mean)], [say('results.stat.median'), stat(table.median)],
        [say('results.stat.sd'), stat(table.sd)], [say('results.stat.min'), stat(table.min)], [say('results.stat.max'), stat(table.max)],
        // The admin's bands, each with its count and valid % (the chart draws these).
        ...(table.bands?.rows ?? []).map((r) => [r.label, `${n(r.count)} (${p1(r.validPercent)} %)`]),
      ];
      return { header: [say('results.column.statistic'), say('results.column.value')], body, bold: [] };
    }
    case 'open':
      return { header: [say('results.column.statistic'), say('results.column.value')], body: [[say('results.stat.answered'), n(table.answered)]], bold: [] };
  }
}

/** Counts with the % within each group (column), a total line and column. */
export function crosstabCells(x: Crosstab, say: Say): Cells {
  const body = x.rows.map((row, r) => [
    row.label,
    ...x.columns.flatMap((_, c) => [n(x.counts[r]?.[c] ?? 0), p1(x.columnPercents[r]?.[c] ?? 0)]),
    n(x.rowTotals[r] ?? 0),
  ]);
  const totals = [say('results.column.total'), ...x.columns.flatMap((_, c) => [n(x.columnTotals[c] ?? 0), p1(x.columnTotals[c] ? 100 : 0)]), n(x.total)];
  return {
    header: ['', ...x.columns.flatMap((c) => [c.label, '%']), say('results.column.total')],
    body: [...body, totals], bold: [body.length],
  };
}
