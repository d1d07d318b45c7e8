// The tables against hand-counted numbers on the fixed data set (fixture.ts): every kind of table, the
// missing codes counted apart from the valid ones, bands, cross-tabs with chi-square, and the refusals.
import { describe, expect, it } from 'vitest';
import { vi } from '#shared/i18n/vi/index.ts';
import { translate } from '#shared/i18n/translate.ts';
import { buildTablePlan, type TablePlan } from '#shared/tables/plan.ts';
import { tabulate } from '#shared/tables/tabulate.ts';
import { crosstabOf } from '#shared/tables/crosstab.ts';
import type { Crosstab, ResultTable } from '#shared/tables/schema.ts';
import { fixtureCases, fixtureUnits, fixtureVersion } from './fixture.ts';

const words = (code: string) => translate(vi, code);
const AGE_BANDS = { q2: '18-30,31-45,46-60,61+' };

function plan(bands: Record<string, string> = AGE_BANDS): TablePlan {
  const built = buildTablePlan([fixtureVersion], fixtureUnits, bands);
  if (!built.ok) throw new Error(JSON.stringify(built.problem));
  return built.plan;
}
function table<K extends ResultTable['kind']>(variable: string, kind: K, cases = fixtureCases): Extract<ResultTable, { kind: K }> {
  const found = tabulate(plan(), cases, words).tables.find((t) => t.variable === variable);
  if (found?.kind !== kind) throw new Error(`no ${kind} table ${variable}`);
  return found as Extract<ResultTable, { kind: K }>;
}
const round = (n: number | null) => (n === null ? null : Math.round(n * 100) / 100);
const rounded = (rows: number[][]) => rows.map((r) => r.map((n) => round(n)));
function cross(row: string, by: string, cases = fixtureCases, bands = AGE_BANDS): Crosstab {
  const result = crosstabOf(plan(bands), row, by, cases, words);
  if (!result.ok) throw new Error(JSON.stringify(result.problem));
  return result.crosstab;
}
const refusal = (row: string, by: string, cases = fixtureCases, bands: Record<string, string> = {}) => {
  const result = crosstabOf(plan(bands), row, by, cases, words);
  return result.ok ? null : result.problem;
};

describe('frequency tables', () => {
  it('single choice: n, % of all, valid %, cumulative %, and -2, -3 and system missing each counted apart', () => {
    const q1 = table('q1', 'frequency');
    expect(q1.title).toBe('Câu 1. Giới tính');
    expect([q1.total, q1.valid]).toEqual([10, 7]);
    expect(q1.rows.map((r) => [r.key, r.label, r.count, round(r.percent), round(r.validPercent), round(r.cumulativePercent)])).toEqual([
      ['1', 'Nam', 4, 40, 57.14, 57.14],
      ['2', 'Nữ', 3, 30, 42.86, 100],
    ]);
    expect(q1.missing.map((r) => [r.key, r.label, r.count, r.percent])).toEqual([
      ['-2', vi['survey.missing.blank'], 1, 10], ['-3', vi['survey.missing.illegible'], 1, 10], ['system', vi['results.missing.system'], 1, 10],
    ]);
  });

  it('the unit question by unit number, labelled with the unit names', () => {
    expect(table('q6', 'frequency').rows.map((r) => [r.key, r.label, r.count])).toEqual([['01', 'Phường A', 5], ['02', 'Xã B', 5]]);
  });

  it('an option nobody chose keeps its row; a code outside the options gets one of its own', () => {
    const cases = [...fixtureCases, { unitNo: '01', mode: 'direct', entry: 'paper', answers: { q1: 9 } }];
    expect(table('q1', 'frequency', cases).rows.map((r) => [r.key, r.count])).toEqual([['1', 4], ['2', 3], ['9', 1]]);
    expect(table('q1', 'frequency', fixtureCases.slice(0, 1)).rows.map((r) => r.count)).toEqual([1, 0]);
  });
});

describe('multiple choice', () => {
  it('% of responses and % of cases; -1, -2 and an empty selection are missing cases', () => {
    const q3 = table('q3', 'multiple');
    expect([q3.total, q3.cases, q3.responses]).toEqual([10, 7, 11]);
    expect(q3.rows.map((r) => [r.label, r.count, round(r.percentOfResponses), round(r.percentOfCases)])).toEqual([
      ['A', 4, 36.36, 57.14], ['B', 4, 36.36, 57.14], ['C', 3, 27.27, 42.86],
    ]);
    expect(q3.missing.map((r) => [r.key, r.count])).toEqual([['-1', 1], ['-2', 1], ['system', 1]]);
  });
});

describe('grid', () => {
  it('one table, each row with its own valid count and valid %', () => {
    const q4 = table('q4', 'grid');
    expect(q4.scale.map((s) => s.label)).toEqual(['Tốt', 'Vừa', 'Kém']);
    expect(q4.rows.map((r) => [r.label, r.valid, r.counts, r.validPercents.map(round), r.missing.map((x) => [x.key, x.count])])).toEqual([
      ['Câu 4.1. Thái độ', 9, [4, 4, 1], [44.44, 44.44, 11.11], [['-3', 1]]],
      ['Câu 4.2. Thời gian', 9, [3, 4, 2], [33.33, 44.44, 22.22], [['-2', 1]]],
    ]);
  });
});

describe('numbers', () => {
  it('n, mean, median, sample sd, min, max over the valid values only', () => {
    const q2 = table('q2', 'number');
    // 18 20 30 31 35 45 47 62: sum 288, squares about the mean 1520.
    expect([q2.n, q2.mean, q2.median, q2.min, q2.max]).toEqual([8, 36, 33, 18, 62]);
    expect(q2.sd).toBeCloseTo(Math.sqrt(1520 / 7), 12);
    expect(q2.missing.map((r) => [r.key, r.count])).toEqual([['-2', 1], ['-3', 1]]);
  });

  it('the admin’s bands as a frequency table', () => {
    const bands = table('q2', 'number').bands!;
    expect([bands.total, bands.valid, bands.outside]).toEqual([10, 8, 0]);
    expect(bands.rows.map((r) => [r.label, r.count, r.percent, r.validPercent, r.cumulativePercent])).toEqual([
      ['18–30', 3, 30, 37.5, 37.5], ['31–45', 3, 30, 37.5, 75], ['46–60', 1, 10, 12.5, 87.5], ['61+', 1, 10, 12.5, 100],
    ]);
  });

  it('bands with a gap, an overlap, an open band not last, or on a question that is no number are refused', () => {
    const problem = (bands: Record<string, string>) => {
      const built = buildTablePlan([fixtureVersion], fixtureUnits, bands);
      return built.ok ? null : built.problem;
    };
    expect(problem({ q2: '18-30,32-45' })).toEqual({ code: 'results.bandsGap', params: { variable: 'q2', after: '18–30', before: '32–45' } });
    expect(problem({ q2: '18-30,30-45' })).toEqual({ code: 'results.bandsOverlap', params: { variable: 'q2', after: '18–30', before: '30–45' } });
    expect(problem({ q2: '61+,18-30' })).toEqual({ code: 'results.bandsInvalid', params: { variable: 'q2', value: '61+' } });
    expect(problem({ q2: '30-18' })).toEqual({ code: 'results.bandsInvalid', params: { variable: 'q2', value: '30–18' } });
    expect(problem({ q2: 'trẻ' })).toEqual({ code: 'results.bandsInvalid', params: { variable: 'q2', value: 'trẻ' } });
    expect(problem({ q2: '18.5-30' })).toEqual({ code: 'results.bandsInvalid', params: { variable: 'q2', value: '18.5–30' } });
    expect(problem({ q1: '1-2' })).toEqual({ code: 'results.bandsInvalid', params: { variable: 'q1', value: '1-2' } });
    expect(problem({ q2: '18 – 30, 31-99' })).toBeNull();
  });
});

describe('open text', () => {
  it('how many answered; -1 and nothing stored counted apart', () => {
    const q5 = table('q5', 'open');
    expect([q5.total, q5.answered, q5.missing.map((r) => [r.key, r.count])]).toEqual([10, 3, [['-1', 1], ['system', 6]]]);
  });
});

describe('a survey with no interviews', () => {
  it('gives every table with zero counts, no error', () => {
    const { total, tables } = tabulate(plan(), [], words);
    expect(total).toBe(0);
    expect(tables.map((t) => [t.variable, t.kind, t.total])).toEqual([
      ['q1', 'frequency', 0], ['q2', 'number', 0], ['q3', 'multiple', 0], ['q4', 'grid', 0], ['q5', 'open', 0], ['q6', 'frequency', 0],
    ]);
    const q1 = tables[0]!;
    expect(q1.kind === 'frequency' && q1.rows.map((r) => [r.count, r.percent, r.validPercent])).toEqual([[0, 0, 0], [0, 0, 0]]);
    const q2 = tables[1]!;
    expect(q2.kind === 'number' && [q2.n, q2.mean, q2.median, q2.sd, q2.min, q2.max]).toEqual([0, null, null, null, null, null]);
  });
});

describe('cross-tabs', () => {
  it('a single choice by unit: counts, row, column and total %, Pearson chi-square and SPSS’s expected-count warning', () => {
    const t = cross('q1', 'unit');
    expect(t.columns.map((c) => c.label)).toEqual(['Phường A', 'Xã B']);
    expect([t.counts, t.rowTotals, t.columnTotals, t.total, t.missingCases]).toEqual([[[2, 2], [2, 1]], [4, 3], [4, 3], 7, 3]);
    expect(rounded(t.rowPercents)).toEqual([[50, 50], [66.67, 33.33]]);
    expect(rounded(t.columnPercents)).toEqual([[50, 66.67], [50, 33.33]]);
    expect(rounded(t.totalPercents)).toEqual([[28.57, 28.57], [28.57, 14.29]]);
    // Expected 16/7, 12/7, 12/7, 9/7: chi-square 7/36 on 1 df; p = 2(1 − Φ(√(7/36))).
    expect(t.chiSquare!.statistic).toBeCloseTo(7 / 36, 12);
    expect(t.chiSquare!.df).toBe(1);
    expect(t.chiSquare!.p).toBeCloseTo(0.659243, 6);
    expect(t.lowExpected).toEqual({ cells: 4, percent: 100, minimum: 9 / 7, warning: true });
  });

  it('by unit kind, mode and entry', () => {
    expect(cross('q1', 'unitKind').columns.map((c) => c.label)).toEqual([vi['quota.kind.ward'], vi['quota.kind.commune']]);
    expect(cross('q1', 'unitKind').counts).toEqual([[2, 2], [2, 1]]);
    expect(cross('q1', 'mode').counts).toEqual([[4, 0], [2, 1]]);
    expect(cross('q1', 'entry').counts).toEqual([[4, 0], [1, 2]]);
  });

  it('a banded number by a single choice, and a grid row by a banded number', () => {
    const t = cross('q2', 'q1');
    expect(t.rows.map((r) => r.label)).toEqual(['18–30', '31–45', '46–60', '61+']);
    expect([t.counts, t.total]).toEqual([[[2, 0], [1, 1], [1, 0], [0, 1]], 6]);
    expect(cross('q4_1', 'q2').counts).toEqual([[1, 2, 0, 0], [2, 1, 1, 0], [0, 0, 0, 1]]);
  });

  it('a multiple choice as rows: responses in the cells, cases in the column totals, no chi-square', () => {
    const t = cross('q3', 'mode');
    expect([t.counts, t.columnTotals, t.total]).toEqual([[[4, 0], [4, 0], [2, 1]], [6, 1], 7]);
    expect(rounded(t.columnPercents)).toEqual([[66.67, 0], [66.67, 0], [33.33, 100]]);
    expect([t.chiSquare, t.lowExpected]).toEqual([null, null]);
  });

  it('no chi-square when one side has a single non-empty category', () => {
    expect(cross('q1', 'mode', fixtureCases.filter((c) => c.mode === 'direct')).chiSquare).toBeNull();
  });

  it('refuses a question by itself, open text, a whole grid, a multiple choice as columns, a number without bands, an unknown name, no interviews', () => {
    expect(refusal('q1', 'q1')).toEqual({ code: 'results.sameVariable', params: { variable: 'q1' } });
    expect(refusal('q5', 'q1')).toEqual({ code: 'results.notCrossable', params: { variable: 'q5' } });
    expect(refusal('q1', 'q5')).toEqual({ code: 'results.notCrossable', params: { variable: 'q5' } });
    expect(refusal('q1', 'q4')).toEqual({ code: 'results.notCrossable', params: { variable: 'q4' } });
    expect(refusal('q1', 'q3')).toEqual({ code: 'results.notCrossable', params: { variable: 'q3' } });
    expect(refusal('q1', 'q2')).toEqual({ code: 'results.bandsRequired', params: { variable: 'q2' } });
    expect(refusal('q1', 'n1')).toEqual({ code: 'results.unknownQuestion', params: { variable: 'n1' } });
    expect(refusal('q1', 'unit', [])).toEqual({ code: 'results.noInterviews', params: {} });
  });
});

describe('bands of decimals', () => {
  it('hold from ≤ v < to, the last one its to as well, and must meet end to end', async () => {
    const { bandIndex, checkBands } = await import('#shared/tables/bands.ts');
    const bands = [{ from: 0, to: 1.5 }, { from: 1.5, to: 3 }];
    expect([0, 1.49, 1.5, 3, 3.01, -1].map((v) => bandIndex(bands, false, v))).toEqual([0, 0, 1, 1, -1, -1]);
    expect(checkBands('x', bands, false)).toEqual({ ok: true, bands });
    expect(checkBands('x', [{ from: 0, to: 1.5 }, { from: 1.6, to: 3 }], false).ok).toBe(false);
  });
});
