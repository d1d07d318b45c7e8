// First-draft sentences come from the numbers: the largest answers with their percentages, and for a cross-tab a
// sentence only below p = 0,05, naming the group furthest from everyone's answers.
import { describe, expect, it } from 'vitest';
import { vi } from '#shared/i18n/vi/index.ts';
import { translate } from '#shared/i18n/translate.ts';
import type { MessageParams } from '#shared/i18n/message.ts';
import { crosstabSentence, questionSentence } from '#shared/report/sentences.ts';
import type { Crosstab, FrequencyTable } from '#shared/tables/schema.ts';

const say = (code: string, params?: MessageParams) => translate(vi, code, params);
const row = (key: string, label: string, count: number, validPercent: number) => ({ key, label, count, percent: validPercent, validPercent, cumulativePercent: 0 });

const c9: FrequencyTable = {
  kind: 'frequency', variable: 'c9', title: 'Câu 9. Mức độ đồng tình', total: 1000, valid: 1000, missing: [],
  rows: [row('1', 'Rất đồng tình', 201, 20.1), row('2', 'Đồng tình', 624, 62.4), row('3', 'Không đồng tình', 175, 17.5), row('4', 'Khác', 0, 0)],
};

function crosstab(counts: number[][]): Crosstab {
  const rowTotals = counts.map((line) => line.reduce((a, b) => a + b, 0));
  const columnTotals = counts[0]!.map((_, c) => counts.reduce((a, line) => a + line[c]!, 0));
  const total = rowTotals.reduce((a, b) => a + b, 0);
  return {
    kind: 'crosstab', row: { variable: 'c9', title: 'Câu 9' }, column: { variable: 'unitKind', title: 'Loại đơn vị' },
    rows: [{ key: '1', label: 'Đồng tình' }, { key: '2', label: 'Không đồng tình' }],
    columns: [{ key: 'ward', label: 'Phường' }, { key: 'commune', label: 'Xã' }, { key: 'province', label: 'Cấp tỉnh' }],
    counts, rowTotals, columnTotals, total,
    rowPercents: counts.map((line, r) => line.map((n) => (n / rowTotals[r]!) * 100)),
    columnPercents: counts.map((line) => line.map((n, c) => (n / columnTotals[c]!) * 100)),
    totalPercents: counts.map((line) => line.map((n) => (n / total) * 100)),
    missingCases: 0, chiSquare: null, lowExpected: null,
  };
}

describe('first-draft sentences', () => {
  it('name the largest answers, largest first, with their percentages in Vietnamese format', () => {
    expect(questionSentence(c9, say)).toBe('62,4\u00a0% người được hỏi trả lời “Đồng tình”, tiếp đến “Rất đồng tình” (20,1\u00a0%), tiếp đến “Không đồng tình” (17,5\u00a0%).');
    expect(questionSentence({ ...c9, valid: 0, rows: [] }, say)).toBe(vi['report.sentence.none']);
  });

  it('a cross-tab says nothing unless chi-square is significant at 5 %', () => {
    const x = crosstab([[60, 58, 20], [40, 42, 80]]);
    expect(crosstabSentence({ ...x, chiSquare: null }, say)).toBeNull();
    expect(crosstabSentence({ ...x, chiSquare: { statistic: 3.1, df: 2, p: 0.21 } }, say)).toBeNull();
    expect(crosstabSentence({ ...x, chiSquare: { statistic: 3.1, df: 2, p: 0.05 } }, say)).toBeNull();
  });

  it('when it is, names the group that differs most and the answer where it does', () => {
    const x = crosstab([[60, 58, 20], [40, 42, 80]]);
    const sentence = crosstabSentence({ ...x, chiSquare: { statistic: 61.234, df: 2, p: 0.0000001 } }, say)!;
    // Overall 138/300 = 46 % agree; the provincial group 20 %: 26 points off, further than any other group's answer.
    expect(sentence).toBe('Có khác biệt có ý nghĩa thống kê theo Loại đơn vị (χ² = 61,23, bậc tự do 2, p < 0,001): nhóm “Cấp tỉnh” khác nhiều nhất, với 20,0\u00a0% trả lời “Đồng tình” so với 46,0\u00a0% chung.');
  });
});
