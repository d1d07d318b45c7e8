// Checks the answer(s) of one on-path question. Declared missing codes: -2 (blank on paper) and -3
// (illegible, several marks) stand in for an answer and satisfy "required" — they were read, not forgotten;
// -1 (skipped by the path) is written by `finalizeAnswers` for off-path questions only, so on the path it is an issue.
import type { AnswerValue, Answers } from './answer.ts';
import { BLANK_ON_PAPER, ILLEGIBLE, isMissingAnswer, SKIPPED } from './missing.ts';
import type { CompiledQuestion } from './compile.ts';
import { ISSUE_CODES, type Issue, type IssueRule } from './issues.ts';

export type Collector = { issues: Issue[]; missing: string[]; dormant: string[]; finish: boolean; unitNo: string | undefined };

function report(out: Collector, question: string, paperNumber: string, rule: IssueRule, params: Issue['params']): void {
  params.paperNumber = paperNumber;
  out.issues.push({ question, paperNumber, rule, code: ISSUE_CODES[rule], params });
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isValidIsoDate(value: string): boolean {
  const m = DATE.exec(value);
  if (!m) return false;
  const year = Number(m[1]), month = Number(m[2]), day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth;
}

function checkSpecify(q: CompiledQuestion, answers: Answers, chosen: (code: number) => boolean, out: Collector): void {
  for (const s of q.specify) {
    const text = answers[s.variable];
    const filled = typeof text === 'string' && text.trim() !== '';
    if (!chosen(s.code)) {
      if (filled) out.dormant.push(s.variable); // kept while drafting, dropped at finish
      continue;
    }
    // "Khác" ticked with nothing written on paper (-2) or an unreadable text (-3) is declared, not forgotten.
    const declaredMissing = isMissingAnswer(text) && text.missing !== SKIPPED;
    if (!filled && !declaredMissing) report(out, s.variable, q.paperNumber, 'other_without_text', { code: s.code });
    else if (filled && text.length > s.maxLength) {
      report(out, s.variable, q.paperNumber, 'text_too_long', { max: s.maxLength, length: text.length });
    }
  }
}

function checkCode(q: CompiledQuestion, variable: string, paper: string, value: number, out: Collector): void {
  if (!Number.isInteger(value) || !q.codes.has(value)) report(out, variable, paper, 'unknown_code', { value });
}

function checkMultiple(q: CompiledQuestion, value: number[], answers: Answers, out: Collector): void {
  let distinct = 0;
  let exclusive: number | undefined;
  for (let i = 0; i < value.length; i++) {
    const code = value[i] as number;
    if (value.indexOf(code) !== i) continue;
    distinct++;
    checkCode(q, q.id, q.paperNumber, code, out);
    if (q.exclusiveCodes.includes(code)) exclusive = code;
  }
  if (exclusive !== undefined && distinct > 1) report(out, q.id, q.paperNumber, 'exclusive_combined', { code: exclusive });
  if (q.max !== undefined && distinct > q.max) report(out, q.id, q.paperNumber, 'too_many_choices', { max: q.max, count: distinct });
  if (q.min !== undefined && distinct < q.min) report(out, q.id, q.paperNumber, 'too_few_choices', { min: q.min, count: distinct });
  checkSpecify(q, answers, (code) => value.includes(code), out);
}

function checkValue(q: CompiledQuestion, variable: string, paper: string, value: AnswerValue, answers: Answers, out: Collector): void {
  switch (q.kind) {
    case 'single': case 'grid':
      if (typeof value !== 'number') return report(out, variable, paper, 'wrong_type', { kind: q.kind });
      checkCode(q, variable, paper, value, out);
      if (q.specify.length) checkSpecify(q, answers, (code) => code === value, out);
      return;
    case 'multiple':
      if (!Array.isArray(value)) return report(out, variable, paper, 'wrong_type', { kind: q.kind });
      return checkMultiple(q, value, answers, out);
    case 'number':
      if (typeof value !== 'number') return report(out, variable, paper, 'wrong_type', { kind: q.kind });
      if (q.integer && !Number.isInteger(value)) return report(out, variable, paper, 'not_integer', { value });
      if ((q.min !== undefined && value < q.min) || (q.max !== undefined && value > q.max)) {
        report(out, variable, paper, 'out_of_range', { value, min: q.min ?? '…', max: q.max ?? '…' });
      }
      return;
    case 'text':
      if (typeof value !== 'string') return report(out, variable, paper, 'wrong_type', { kind: q.kind });
      if (value.length > q.maxLength) report(out, variable, paper, 'text_too_long', { max: q.maxLength, length: value.length });
      return;
    case 'date':
      if (typeof value !== 'string' || !isValidIsoDate(value)) return report(out, variable, paper, 'invalid_date', { value: typeof value === 'string' ? value : JSON.stringify(value) });
      if ((q.minDate !== undefined && value < q.minDate) || (q.maxDate !== undefined && value > q.maxDate)) {
        report(out, variable, paper, 'out_of_range', { value, min: q.minDate ?? '…', max: q.maxDate ?? '…' });
      }
      return;
    case 'unit':
      if (typeof value !== 'string') return report(out, variable, paper, 'wrong_type', { kind: q.kind });
      if (out.unitNo !== undefined && value !== out.unitNo) report(out, variable, paper, 'unit_mismatch', { value, expected: out.unitNo });
      return;
    case 'note': return;
  }
}

/** Checks every answer variable of an on-path question. */
export function checkQuestion(q: CompiledQuestion, answers: Answers, out: Collector): void {
  for (let i = 0; i < q.answerVariables.length; i++) {
    const variable = q.answerVariables[i] as string;
    const paper = q.answerPaperNumbers[i] as string;
    const value = answers[variable];
    if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')
      || (Array.isArray(value) && value.length === 0)) {
      if (q.required) {
        out.missing.push(variable);
        if (out.finish) report(out, variable, paper, 'required', {});
      }
      // An unanswered choice may still carry a leftover "other" text: keep it dormant.
      if (q.specify.length) checkSpecify(q, answers, () => false, out);
      continue;
    }
    if (isMissingAnswer(value)) {
      const code: number = value.missing;
      if (code === SKIPPED) report(out, variable, paper, 'off_path', { value: SKIPPED });
      else if (code !== BLANK_ON_PAPER && code !== ILLEGIBLE) report(out, variable, paper, 'unknown_code', { value: code });
      if (q.specify.length) checkSpecify(q, answers, () => false, out);
      continue;
    }
    checkValue(q, variable, paper, value, answers, out);
  }
}
