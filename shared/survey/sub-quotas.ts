// Sub-quotas split a unit's target by the answer to one single-choice question (e.g. respondent group, Câu 3).
// The survey schema checks their units exist; this checks them against a questionnaire version and the quotas.
import type { MessageParams } from '../i18n/message.ts';
import type { QuestionnaireVersion } from './questionnaire.ts';
import { questionsOf } from './questions.ts';
import type { Survey } from './survey.ts';

export type SubQuotaError = { unitNo?: string; code: string; params: MessageParams };

export function checkSubQuotas(survey: Survey, version: QuestionnaireVersion): SubQuotaError[] {
  const sub = survey.subQuotas;
  if (!sub) return [];
  const question = questionsOf(version).find((q) => q.variable === sub.variable);
  if (!question || question.kind !== 'single') {
    return [{ code: 'survey.subquota.not_single_choice', params: { variable: sub.variable } }];
  }
  const codes = new Set(question.options.map((o) => String(o.code)));
  const errors: SubQuotaError[] = [];
  for (const [unitNo, targets] of Object.entries(sub.targets)) {
    let sum = 0;
    for (const [code, n] of Object.entries(targets)) {
      if (!codes.has(code)) errors.push({ unitNo, code: 'survey.subquota.unknown_code', params: { unitNo, variable: sub.variable, code } });
      sum += n;
    }
    const quota = survey.units.find((u) => u.no === unitNo)?.quota;
    if (quota !== undefined && sum > quota) errors.push({ unitNo, code: 'survey.subquota.above_quota', params: { unitNo, sum, quota } });
  }
  return errors;
}
