// The figures every screen and file shows, from the counts a dashboard receives: per unit, totals, modes,
// cells; the province table's order and filter; the export table's rows. One arithmetic for all.
import { describe, expect, it } from 'vitest';
import type { ProvinceDashboard, UnitFigures } from '#shared/api/quota.ts';
import { en } from '#shared/i18n/en/index.ts';
import { translate } from '#shared/i18n/translate.ts';
import { vi } from '#shared/i18n/vi/index.ts';
import { cellLabel, provinceFigures } from '#shared/quota/figures.ts';
import { filterByKind, kindsOf, sortUnits } from '#shared/quota/sort.ts';
import { provinceTable } from '#shared/quota/table.ts';

const counts = (received: number, approved = 0, flagged = 0) => ({ received, approved, flagged });
const unit = (no: string, kind: string, target: number, received: number, extra: Partial<UnitFigures> = {}): UnitFigures => ({
  no, name: `Đơn vị ${no}`, kind, target, counts: counts(received), byMode: {}, waiting: 0, cellTargets: {}, cells: {}, ...extra,
});

const dashboard: ProvinceDashboard = {
  survey: { slug: 's', title: 'S', modes: ['direct', 'online'] },
  subQuota: { variable: 'c1', paperNumber: 'Câu 1', text: 'Giới tính:', options: [{ code: '1', label: 'Nam' }, { code: '2', label: 'Nữ' }] },
  units: [
    unit('01', 'ward', 45, 50, { byMode: { direct: counts(40), online: counts(10) }, waiting: 2, cellTargets: { '1': 20, '2': 25 }, cells: { '1': counts(30), '2': counts(20) } }),
    unit('02', 'commune', 45, 10, { byMode: { direct: counts(10) }, cellTargets: { '1': 20 }, cells: { '2': counts(10) } }),
    unit('10', 'province', 50, 0),
  ],
  asOf: '2026-05-28T01:00:00.000Z',
};

describe('province figures', () => {
  it('gives each unit its progress and sums a totals row without letting over quota make up for a short unit', () => {
    const figures = provinceFigures(dashboard, dashboard.units);
    expect(figures.rows.map((r) => [r.no, r.progress.remaining, r.progress.overBy, r.byMode])).toEqual([
      ['01', 0, 5, { direct: 40, online: 10 }], ['02', 35, 0, { direct: 10, online: 0 }], ['10', 50, 0, { direct: 0, online: 0 }],
    ]);
    expect(figures.total).toMatchObject({ target: 140, received: 60, waiting: 2, remaining: 85, overBy: 5 });
    expect(figures.totalByMode).toEqual({ direct: 50, online: 10 });
    expect(figures.modeColumns).toEqual(['direct', 'online']);
    expect(figures.totalCells.map((c) => [c.code, c.target, c.received, c.overBy])).toEqual([['1', 40, 30, 0], ['2', 25, 30, 5]]);
    expect(cellLabel(dashboard.subQuota, '2')).toBe('Nữ');
    expect(cellLabel(dashboard.subQuota, '9')).toBe('9');
  });

  it('shows no mode columns for a one-mode survey', () => {
    const single = { ...dashboard, survey: { ...dashboard.survey, modes: ['direct' as const] } };
    expect(provinceFigures(single, single.units).modeColumns).toEqual([]);
  });

  it('sorts by any column, ties in unit order, and filters by kind', () => {
    const byRatio = sortUnits(dashboard.units, { key: 'ratio', descending: true }).map((u) => u.no);
    expect(byRatio).toEqual(['01', '02', '10']);
    const ties = [unit('03', 'ward', 10, 1), unit('02', 'ward', 10, 1), unit('01', 'ward', 10, 1)];
    expect(sortUnits(ties, { key: 'received', descending: true }).map((u) => u.no)).toEqual(['01', '02', '03']);
    expect(sortUnits(dashboard.units, { key: 'kind', descending: false }).map((u) => u.kind)).toEqual(['commune', 'province', 'ward']);
    expect(filterByKind(dashboard.units, 'ward').map((u) => u.no)).toEqual(['01']);
    expect(filterByKind(dashboard.units, null)).toHaveLength(3);
    expect(kindsOf(dashboard.units)).toEqual(['ward', 'commune', 'province']);
  });
});

describe('province table for files', () => {
  it('has the screen’s figures, mode and cell columns, and a totals row, in either language', () => {
    const table = provinceTable(dashboard, (code, params) => translate(vi, code, params));
    expect(table.columns.map((c) => c.header)).toEqual([
      'Số', 'Đơn vị', 'Loại', 'Chỉ tiêu', 'Đã nhận', 'Đã duyệt', 'Gắn cờ', 'Chờ trên máy', 'Còn thiếu', 'Vượt chỉ tiêu', 'Hoàn thành (%)',
      'Đã nhận trực tiếp', 'Đã nhận trực tuyến',
      'Câu 1 = Nam: chỉ tiêu', 'Câu 1 = Nam: đã nhận', 'Câu 1 = Nữ: chỉ tiêu', 'Câu 1 = Nữ: đã nhận',
    ]);
    expect(table.rows[0]).toEqual(['01', 'Đơn vị 01', 'Phường', 45, 50, 0, 0, 2, 0, 5, 50 / 45, 40, 10, 20, 30, 25, 20]);
    expect(table.rows[3]).toEqual(['', 'Tổng cộng', '', 140, 60, 0, 0, 2, 85, 5, 60 / 140, 50, 10, 40, 30, 25, 30]);
    const english = provinceTable(dashboard, (code, params) => translate(en, code, params));
    expect(english.columns[10]).toEqual({ header: 'Completion (%)', kind: 'ratio' });
    expect(english.rows[2]![2]).toBe('Provincial');
  });
});
