// The results as an Excel workbook for analysts who rework them: an index sheet, then one sheet per question's
// table (and per cross-tab asked for), numbers as numbers and percentages to one decimal as SPSS shows them.
import ExcelJS from 'exceljs';
import type { Words } from '#shared/tables/cases.ts';
import type { Crosstab, FrequencyTable, MissingRow, ResultTable } from '#shared/tables/schema.ts';

type Line = (string | number | null)[];
const ONE_DECIMAL = '0.0';

function frequencyLines(t: FrequencyTable, w: Words): Line[] {
  const lines: Line[] = [[w('results.column.category'), w('results.column.count'), w('results.column.percent'), w('results.column.validPercent'), w('results.column.cumulativePercent')]];
  for (const r of t.rows) lines.push([r.label, r.count, r.percent, r.validPercent, r.cumulativePercent]);
  lines.push([w('results.column.valid'), t.valid, t.total ? (100 * t.valid) / t.total : 0, 100, null]);
  if (t.outside) lines.push([w('results.stat.outside'), t.outside, null, null, null]);
  return [...lines, ...missingLines(t.missing), [w('results.total.all'), t.total, t.total ? 100 : 0, null, null]];
}

const missingLines = (missing: readonly MissingRow[]): Line[] => missing.map((m) => [m.label, m.count, m.percent, null, null]);

function tableLines(t: ResultTable, w: Words): Line[] {
  switch (t.kind) {
    case 'frequency': return frequencyLines(t, w);
    case 'multiple': return [
      [w('results.column.category'), w('results.column.count'), w('results.column.percentOfResponses'), w('results.column.percentOfCases')],
      ...t.rows.map((r) => [r.label, r.count, r.percentOfResponses, r.percentOfCases]),
      [w('results.column.total'), t.responses, t.responses ? 100 : 0, t.cases ? (100 * t.responses) / t.cases : 0],
      [w('results.column.valid'), t.cases, null, null],
      ...missingLines(t.missing),
      [w('results.total.all'), t.total, null, null],
    ];
    case 'grid': return [
      ['', ...t.scale.map((s) => s.label), w('results.column.valid'), ...t.scale.map((s) => `${s.label} (%)`), w('results.total.missing')],
      ...t.rows.map((r) => [r.label, ...r.counts, r.valid, ...r.validPercents, r.missing.reduce((a, m) => a + m.count, 0)]),
    ];
    case 'number': return [
      [w('results.column.statistic'), w('results.column.value')],
      [w('results.stat.n'), t.n], [w('results.stat.mean'), t.mean], [w('results.stat.median'), t.median], [w('results.stat.sd'), t.sd],
      [w('results.stat.min'), t.min], [w('results.stat.max'), t.max], ...missingLines(t.missing).map((l) => l.slice(0, 2)),
      [w('results.total.all'), t.total],
      ...(t.bands ? [[], ...frequencyLines(t.bands, w)] : []),
    ];
    case 'open': return [[w('results.stat.answered'), t.answered], ...missingLines(t.missing).map((l) => l.slice(0, 2)), [w('results.total.all'), t.total]];
  }
}

function crosstabLines(t: Crosstab, w: Words): Line[] {
  const head: Line = [t.row.title, '', ...t.columns.map((c) => c.label), w('results.column.total')];
  const lines: Line[] = [[`${t.row.title} × ${t.column.title}`], head];
  t.rows.forEach((r, i) => {
    lines.push([r.label, w('results.column.count'), ...t.counts[i]!, t.rowTotals[i]!]);
    lines.push(['', w('results.column.rowPercent'), ...t.rowPercents[i]!, null]);
    lines.push(['', w('results.column.columnPercent'), ...t.columnPercents[i]!, null]);
    lines.push(['', w('results.column.totalPercent'), ...t.totalPercents[i]!, null]);
  });
  lines.push([w('results.column.total'), w('results.column.count'), ...t.columnTotals, t.total]);
  if (t.chiSquare) lines.push([], ['χ²', t.chiSquare.statistic, 'df', t.chiSquare.df, 'p', t.chiSquare.p]);
  if (t.lowExpected?.warning) lines.push([w('results.lowExpected'), t.lowExpected.cells, t.lowExpected.percent, t.lowExpected.minimum]);
  return lines;
}

/** Excel sheet names: at most 31 characters, none of : \ / ? * [ ], unique. */
function sheetName(wanted: string, taken: Set<string>): string {
  const base = wanted.replace(/[:\\/?*[\]]/g, '_').slice(0, 28);
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base}_${n}`;
  taken.add(name.toLowerCase());
  return name;
}

/** Whole numbers (counts) show as they are; the others (percentages, means) to one decimal, kept exact in the cell. */
function addSheet(book: ExcelJS.Workbook, name: string, title: string, lines: Line[]): void {
  const sheet = book.addWorksheet(name);
  sheet.addRow([title]).font = { bold: true };
  for (const line of lines) {
    const row = sheet.addRow(line);
    line.forEach((value, i) => { if (typeof value === 'number' && !Number.isInteger(value)) row.getCell(i + 1).numFmt = ONE_DECIMAL; });
  }
  sheet.getColumn(1).width = 48;
}

export function tablesWorkbook(tables: readonly ResultTable[], crosstabs: readonly Crosstab[], w: Words): ExcelJS.Workbook {
  const book = new ExcelJS.Workbook();
  const taken = new Set<string>();
  const index = book.addWorksheet(sheetName(w('results.sheet.index'), taken));
  index.getColumn(2).width = 80;
  for (const t of tables) {
    const name = sheetName(t.variable, taken);
    index.addRow([name, t.title]);
    addSheet(book, name, t.title, tableLines(t, w));
  }
  for (const t of crosstabs) {
    const name = sheetName(`${t.row.variable}_x_${t.column.variable}`, taken);
    index.addRow([name, `${t.row.title} × ${t.column.title}`]);
    addSheet(book, name, `${t.row.title} × ${t.column.title}`, crosstabLines(t, w));
  }
  return book;
}
