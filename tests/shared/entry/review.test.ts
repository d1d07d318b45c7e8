// The review page as data: laid out like the paper form, answers as printed labels or missing-code labels,
// every engine problem at finish attached to its question and listed flat in paper order; finish only with none.
import { describe, expect, it } from 'vitest';
import { hungYen2026Version1 } from '../../../shared/demo/hung-yen-2026.ts';
import { canFinish, reviewOf, type Review, type ReviewInput } from '../../../shared/entry/review.ts';
import { serialInUse } from '../../../shared/entry/serial.ts';
import { translate } from '../../../shared/i18n/translate.ts';
import { vi } from '../../../shared/i18n/vi/index.ts';
import { compileQuestionnaire } from '../../../shared/survey/compile.ts';
import { BLANK_ITEM, SKIP_AT_14, SKIP_AT_7, type PaperForm } from '../../helpers/paper-forms.ts';

const compiled = compileQuestionnaire(hungYen2026Version1);
const input = (form: PaperForm, more: Partial<ReviewInput> = {}): ReviewInput => ({
  answers: form.answers, unitNo: '07', mode: 'direct', entry: 'paper', serial: form.serial, paper: form.footer, ...more,
});
const question = (review: Review, id: string) => review.sections.flatMap((s) => s.questions).find((q) => q.id === id)!;
const answerOf = (review: Review, id: string, row = 0) => question(review, id).rows[row]!.answer;

describe('a correct interview', () => {
  const review = reviewOf(compiled, input(SKIP_AT_7));

  it('is laid out like the paper form: two parts, sixteen questions with their numbers and texts', () => {
    expect(review.sections.map((s) => s.title)).toEqual(['PHẦN I. THÔNG TIN CHUNG', 'PHẦN II. NỘI DUNG KHẢO SÁT']);
    expect(review.sections.flatMap((s) => s.questions.map((q) => q.paperNumber))).toEqual(
      Array.from({ length: 16 }, (_, i) => `Câu ${i + 1}`));
    expect(question(review, 'c11')).toMatchObject({ anchor: 'q-c11', text: 'Ông/Bà đánh giá thế nào về các mặt sau của chính quyền cấp xã?' });
    expect(question(review, 'c11').rows.map((r) => [r.paperNumber, r.variable])).toEqual(
      [1, 2, 3, 4, 5].map((i) => [`11.${i}`, `c11_${i}`]));
    expect(review.header).toEqual({ serial: '0701', interviewerName: 'Nguyễn Văn An', interviewDate: '28/05/2026', problems: [] });
  });

  it('shows each answer as printed: option labels, numbers, the unit, skipped by the path, left blank', () => {
    expect(answerOf(review, 'c1')).toEqual({ kind: 'options', options: [{ code: 1, label: 'Nam' }], specify: undefined });
    expect(answerOf(review, 'c2')).toEqual({ kind: 'value', value: 45 });
    expect(answerOf(review, 'c6')).toEqual({ kind: 'value', value: '07' });
    expect(answerOf(review, 'c12')).toEqual({ kind: 'options', specify: undefined, options: [
      { code: 3, label: 'Năng lực một bộ phận cán bộ chưa đáp ứng' }, { code: 4, label: 'Thủ tục còn rườm rà' }] });
    expect(answerOf(review, 'c11', 4)).toEqual({ kind: 'options', options: [{ code: 4, label: 'Chưa hài lòng' }], specify: undefined });
    expect(question(review, 'c8').onPath).toBe(false);
    expect(answerOf(review, 'c8')).toEqual({ kind: 'message', label: 'survey.missing.skipped' });
    expect(answerOf(review, 'c16')).toEqual({ kind: 'message', label: 'entry.review.left_blank' });
  });

  it('has no problem, so it can be finished', () => {
    expect(review.problems).toEqual([]);
    expect(review.dropped).toEqual([]);
    expect(canFinish(review)).toBe(true);
    for (const form of [SKIP_AT_14, BLANK_ITEM]) expect(canFinish(reviewOf(compiled, input(form)))).toBe(true);
  });

  it('shows missing codes and "other" texts with their labels', () => {
    const blank = reviewOf(compiled, input(BLANK_ITEM));
    expect(answerOf(blank, 'c4')).toEqual({ kind: 'message', label: 'survey.missing.blank' });
    expect(answerOf(blank, 'c11', 2)).toEqual({ kind: 'message', label: 'survey.missing.illegible' });
    const other = reviewOf(compiled, input(SKIP_AT_14));
    expect(answerOf(other, 'c3')).toEqual({ kind: 'options', options: [{ code: 7, label: 'Khác (ghi rõ)' }], specify: 'Tiểu thương' });
    expect(answerOf(other, 'c15')).toEqual({ kind: 'message', label: 'survey.missing.skipped' });
  });
});

describe('an interview with problems', () => {
  const { c11_3: _, ...withoutRow } = SKIP_AT_7.answers;
  const answers = { ...withoutRow, c2: 150, c3: 7, c12: [1, 2, 3, 4], c13: 9, c14: 2 };
  const review = reviewOf(compiled, input(SKIP_AT_7, { answers, serial: undefined, paper: { interviewerName: ' ' } }));

  it('lists every problem flat in paper order, header first, each with its anchor and the slot to key', () => {
    expect(review.problems.map((p) => [p.anchor, p.slot, p.paperNumber, p.code])).toEqual([
      ['serial', 'serial', '', 'entry.review.serial_required'],
      ['interviewer', 'interviewer', '', 'entry.review.interviewer_required'],
      ['interview_date', 'interview_date', '', 'entry.review.interview_date_required'],
      ['q-c2', 'c2', 'Câu 2', 'survey.issue.out_of_range'],
      ['q-c3', 'c3_other', 'Câu 3', 'survey.issue.other_without_text'],
      ['q-c11', 'c11_3', '11.3', 'survey.issue.required'],
      ['q-c12', 'c12', 'Câu 12', 'survey.issue.too_many_choices'],
      ['q-c13', 'c13', 'Câu 13', 'survey.issue.unknown_code'],
    ]);
    expect(canFinish(review)).toBe(false);
  });

  it('attaches each problem to its question, worded with its paper number', () => {
    expect(question(review, 'c11').problems.map((p) => p.slot)).toEqual(['c11_3']);
    expect(question(review, 'c1').problems).toEqual([]);
    const words = review.problems.map((p) => translate(vi, p.code, p.params));
    expect(words[3]).toBe('Câu 2: giá trị 150 nằm ngoài khoảng 18–100.');
    expect(words[5]).toBe('11.3: chưa trả lời.');
    expect(answerOf(review, 'c11', 2)).toEqual({ kind: 'message', label: 'entry.review.not_answered' });
    expect(answerOf(review, 'c13')).toEqual({ kind: 'options', options: [{ code: 9, label: undefined }], specify: undefined });
  });

  it('refuses a serial in use on this device, and needs no footer or serial where the record has none', () => {
    const device = [{ id: 'a5c1c6a4-4c1e-4b0e-9f59-3c2a9b1d0e11', surveySlug: 'hung-yen-2026', serial: '0701', practice: false }];
    const taken = reviewOf(compiled, input(SKIP_AT_7), serialInUse('0701', 'hung-yen-2026', device));
    expect(taken.problems).toEqual([{ anchor: 'serial', slot: 'serial', paperNumber: '', code: 'entry.serial.in_use', params: { serial: '0701' } }]);
    const online = reviewOf(compiled, { answers: SKIP_AT_7.answers, unitNo: '07', mode: 'online', entry: 'interview' });
    expect(canFinish(online)).toBe(true);
  });

  it('says which answers finishing will drop because their question left the path', () => {
    const dropped = reviewOf(compiled, input(SKIP_AT_7, { answers: { ...SKIP_AT_7.answers, c8: [1, 2] } }));
    expect(canFinish(dropped)).toBe(true);
    expect(dropped.dropped.map((n) => [n.question, n.code])).toEqual([['c8', 'survey.notice.dropped_off_path']]);
  });
});
