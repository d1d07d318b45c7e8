// The province table as a file (CSV, .xlsx): the same figures as the screen, one row per unit and a totals
// row, headed in the reader's language. Pure: the server only writes the bytes.
import type { ProvinceDashboard } from '../api/quota.ts';
import type { MessageParams } from '../i18n/message.ts';
import { cellLabel, provinceFigures } from './figures.ts';
import type { CellProgress, Progress } from './progress.ts';

export type Translate = (code: string, params?: MessageParams) => string;

/** 'ratio' cells hold received / target (may exceed 1); a file shows them as a percentage. */
export type ColumnKind = 'text' | 'count' | 'ratio';
export type Column = { header: string; kind: ColumnKind };
export type Table = { columns: Column[]; rows: (string | number)[][] };

function figureCells(p: Progress): number[] {
  return [p.target, p.received, p.approved, p.flagged, p.waiting, p.remaining, p.overBy, p.ratio];
}

function cellCells(codes: readonly string[], cells: readonly CellProgress[]): number[] {
  return codes.flatMap((code) => {
    const cell = cells.find((c) => c.code === code);
    return [cell?.target ?? 0, cell?.received ?? 0];
  });
}

export function provinceTable(dashboard: ProvinceDashboard, t: Translate): Table {
  const figures = provinceFigures(dashboard, dashboard.units);
  const modes = figures.modeColumns;
  const codes = figures.totalCells.map((cell) => cell.code);
  const question = dashboard.subQuota;
  const cellName = (code: string) => `${question?.paperNumber ?? ''} = ${cellLabel(question, code)}`.trim();
  const columns: Column[] = [
    { header: t('quota.col.no'), kind: 'text' },
    { header: t('quota.col.name'), kind: 'text' },
    { header: t('quota.col.kind'), kind: 'text' },
    ...(['target', 'received', 'approved', 'flagged', 'waiting', 'remaining', 'overBy'] as const)
      .map((key): Column => ({ header: t(`quota.col.${key}`), kind: 'count' })),
    { header: t('quota.col.ratio'), kind: 'ratio' },
    ...modes.map((mode): Column => ({ header: t('quota.col.mode', { mode: t(`quota.mode.${mode}`) }), kind: 'count' })),
    ...codes.flatMap((code): Column[] => [
      { header: t('quota.col.cellTarget', { cell: cellName(code) }), kind: 'count' },
      { header: t('quota.col.cellReceived', { cell: cellName(code) }), kind: 'count' },
    ]),
  ];
  const rows = figures.rows.map((row) => [
    row.no, row.name, t(`quota.kind.${row.kind}`),
    ...figureCells(row.progress), ...modes.map((mode) => row.byMode[mode] ?? 0), ...cellCells(codes, row.cells),
  ]);
  rows.push([
    '', t('quota.total'), '',
    ...figureCells(figures.total), ...modes.map((mode) => figures.totalByMode[mode] ?? 0), ...cellCells(codes, figures.totalCells),
  ]);
  return { columns, rows };
}
