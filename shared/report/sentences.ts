// First-draft sentences, computed from the tables and never invented (issue 22): for each question the largest
// answers with their percentages; for a cross-tab, a sentence only when Pearson's chi-square is significant at 5 %,
// naming the group whose answers differ most from everyone's. The analyst edits them; no language model.
import { formatNumber, formatPercent } from '../i18n/format.ts';
import type { MessageParams } from '../i18n/message.ts';
import type { Crosstab, ResultTable } from '../tables/schema.ts';

export type Say = (code: string, params?: MessageParams) => string;
export const SIGNIFICANCE = 0.05;
/** At most this many answers are named in one sentence. */
const NAMED = 3;

export const pct = (value: number): string => formatPercent(value / 100, 'vi');
const num = (value: number, digits = 1): string => formatNumber(Math.round(value * 10 ** digits) / 10 ** digits);

type Ranked = { label: string; percent: number };
function ranked(rows: readonly Ranked[]): Ranked[] {
  return rows.filter((r) => r.percent > 0).sort((a, b) => b.percent - a.percent).slice(0, NAMED);
}

/** "62,4 % … “Hài lòng”, tiếp đến “Bình thường” (20,1 %) và …" */
function leading(say: Say, code: string, rows: readonly Ranked[]): string {
  const [first, ...rest] = ranked(rows);
  if (!first) return say('report.sentence.none');
  const others = rest.map((r) => say('report.sentence.next', { label: r.label, percent: pct(r.percent) })).join('');
  return say(code, { percent: pct(first.percent), label: first.label, others });
}

export function questionSentence(table: ResultTable, say: Say): string {
  switch (table.kind) {
    case 'frequency':
      return table.valid === 0 ? say('report.sentence.none')
        : leading(say, 'report.sentence.single', table.rows.map((r) => ({ label: r.label, percent: r.validPercent })));
    case 'multiple':
      return table.cases === 0 ? say('report.sentence.none')
        : leading(say, 'report.sentence.multiple', table.rows.map((r) => ({ label: r.label, percent: r.percentOfCases })));
    case 'grid': {
      const parts = table.rows.filter((row) => row.valid > 0).map((row) => {
        const best = ranked(table.scale.map((s, i) => ({ label: s.label, percent: row.validPercents[i] ?? 0 })))[0];
        return best ? say('report.sentence.gridRow', { row: row.label, percent: pct(best.percent), label: best.label }) : '';
      }).filter(Boolean);
      return parts.length ? say('report.sentence.grid', { rows: parts.join('; ') }) : say('report.sentence.none');
    }
    case 'number':
      return table.n === 0 || table.mean === null ? say('report.sentence.none')
        : say('report.sentence.number', {
          n: formatNumber(table.n), mean: num(table.mean), median: num(table.median ?? table.mean),
          min: num(table.min ?? table.mean), max: num(table.max ?? table.mean),
        });
    case 'open':
      return table.answered === 0 ? say('report.sentence.none') : say('report.sentence.open', { count: formatNumber(table.answered) });
  }
}

/** The column (group) whose answers stray furthest from everyone's, and the answer where they stray most. */
function mostDifferent(x: Crosstab): { column: number; row: number } | null {
  let best: { column: number; row: number; gap: number } | null = null;
  x.columns.forEach((_, c) => {
    if ((x.columnTotals[c] ?? 0) === 0) return;
    x.rows.forEach((_, r) => {
      const overall = x.total ? ((x.rowTotals[r] ?? 0) / x.total) * 100 : 0;
      const gap = Math.abs((x.columnPercents[r]?.[c] ?? 0) - overall);
      if (!best || gap > best.gap) best = { column: c, row: r, gap };
    });
  });
  return best;
}

/** null unless chi-square is computed and p < 0.05. */
export function crosstabSentence(x: Crosstab, say: Say): string | null {
  if (!x.chiSquare || !(x.chiSquare.p < SIGNIFICANCE)) return null;
  const found = mostDifferent(x);
  if (!found) return null;
  const p = x.chiSquare.p < 0.001 ? '< 0,001' : `= ${formatNumber(Math.round(x.chiSquare.p * 1000) / 1000)}`;
  return say('report.sentence.crosstab', {
    by: x.column.title, group: x.columns[found.column]!.label, label: x.rows[found.row]!.label,
    percent: pct(x.columnPercents[found.row]![found.column]!), overall: pct(x.total ? (x.rowTotals[found.row]! / x.total) * 100 : 0),
    chi: num(x.chiSquare.statistic, 2), df: x.chiSquare.df, p,
  });
}
