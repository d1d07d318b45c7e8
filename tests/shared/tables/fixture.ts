// A small fixed data set for the tables' tests: six questions of every kind over ten interviews, with the
// missing codes -1/-2/-3, a question left with no value at all ("system") and an empty selection. The expected
// tables in the tests were counted by hand from the grid below.
import type { TableCase } from '#shared/tables/cases.ts';
import type { QuestionnaireVersion } from '#shared/survey/questionnaire.ts';
import type { Unit } from '#shared/survey/survey.ts';

export const fixtureVersion: QuestionnaireVersion = {
  surveySlug: 'bang-2026', version: 1, status: 'published',
  sections: [{
    title: 'Phần I', questions: [
      { kind: 'single', variable: 'q1', paperNumber: 'Câu 1', text: 'Giới tính', options: [{ code: 1, label: 'Nam' }, { code: 2, label: 'Nữ' }] },
      { kind: 'number', variable: 'q2', paperNumber: 'Câu 2', text: 'Tuổi', min: 18, max: 100 },
      { kind: 'multiple', variable: 'q3', paperNumber: 'Câu 3', text: 'Kênh', options: [{ code: 1, label: 'A' }, { code: 2, label: 'B' }, { code: 3, label: 'C' }] },
      { kind: 'grid', variable: 'q4', paperNumber: 'Câu 4', text: 'Đánh giá', options: [{ code: 1, label: 'Tốt' }, { code: 2, label: 'Vừa' }, { code: 3, label: 'Kém' }],
        rows: [{ variable: 'q4_1', paperNumber: '4.1', text: 'Thái độ' }, { variable: 'q4_2', paperNumber: '4.2', text: 'Thời gian' }] },
      { kind: 'note', variable: 'n1', paperNumber: 'Ghi chú', text: 'Cảm ơn' },
      { kind: 'text', variable: 'q5', paperNumber: 'Câu 5', text: 'Ý kiến', optional: true },
      { kind: 'unit', variable: 'q6', paperNumber: 'Câu 6', text: 'Nơi ở' },
    ],
  }],
};

export const fixtureUnits: Unit[] = [
  { no: '01', code: 'A', name: 'Phường A', kind: 'ward', quota: 5 },
  { no: '02', code: 'B', name: 'Xã B', kind: 'commune', quota: 5 },
];

const m = (code: -1 | -2 | -3) => ({ missing: code });
type Row = [unit: string, mode: string, entry: string, q1: unknown, q2: unknown, q3: unknown, q4_1: unknown, q4_2: unknown, q5: unknown];
/*        unit  mode      entry        q1     q2     q3         q4_1   q4_2   q5 (undefined: nothing stored) */
const ROWS: Row[] = [
  ['01', 'direct', 'interview', 1, 20, [1, 2], 1, 2, 'a'],
  ['01', 'direct', 'paper', 2, 35, [2], 1, 1, undefined],
  ['01', 'direct', 'interview', 1, 47, [1, 3], 2, m(-2), 'b'],
  ['01', 'online', 'interview', 2, 62, [3], 3, 3, undefined],
  ['02', 'direct', 'paper', m(-2), m(-3), m(-1), 1, 2, m(-1)],
  ['02', 'direct', 'interview', 1, 30, [1], 2, 2, undefined],
  ['02', 'direct', 'paper', 2, m(-2), [1, 2, 3], m(-3), 1, 'c'],
  ['02', 'online', 'interview', m(-3), 18, m(-2), 2, 2, undefined],
  ['02', 'direct', 'interview', 1, 45, [2], 1, 1, undefined],
  ['01', 'direct', 'interview', undefined, 31, [], 2, 3, undefined],
];

export const fixtureCases: TableCase[] = ROWS.map(([unitNo, mode, entry, q1, q2, q3, q4_1, q4_2, q5]) => {
  const answers: Record<string, unknown> = { q1, q2, q3, q4_1, q4_2, q5, q6: unitNo };
  for (const key of Object.keys(answers)) if (answers[key] === undefined) delete answers[key];
  return { unitNo, mode, entry, answers };
});
