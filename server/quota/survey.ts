// A survey as the quota dashboards need it: its units with targets, and its sub-quota question (variable,
// paper number, printed options) taken from the newest published version that asks it. Parsing a survey of 200
// units costs milliseconds, so the parsed survey is kept per database until its stored definition, units or
// published versions change (compared on every call: never stale).
import type { SubQuotaQuestion } from '#shared/api/quota.ts';
import { problem } from '#shared/problems.ts';
import { subQuotaQuestion } from '#shared/quota/figures.ts';
import type { Survey } from '#shared/survey/survey.ts';
import type { Db } from '../db/open.ts';
import { findSurveyBySlug, listQuestionnaireVersions, listUnits, type UnitRow } from '../repo/surveys.ts';
import { loadPublishedVersions, loadSurvey } from '../services/surveys.ts';

export type QuotaSurvey = { id: number; survey: Survey; units: UnitRow[]; subQuota: SubQuotaQuestion | null };

type Parsed = { key: string; survey: Survey; subQuota: SubQuotaQuestion | null };
const parsedSurveys = new WeakMap<Db, Map<number, Parsed>>();

export function findQuotaSurvey(db: Db, slug: string): QuotaSurvey | undefined {
  const row = findSurveyBySlug(db, slug);
  if (!row) return undefined;
  const units = listUnits(db, row.id);
  const versions = listQuestionnaireVersions(db, row.id).map((v) => `${v.version}:${v.status}`).join(',');
  const key = `${row.definition}\n${JSON.stringify(units)}\n${versions}`;
  const cache = parsedSurveys.get(db) ?? new Map<number, Parsed>();
  parsedSurveys.set(db, cache);
  let parsed = cache.get(row.id);
  if (parsed?.key !== key) {
    const { survey } = loadSurvey(db, slug)!;
    parsed = { key, survey, subQuota: subQuotaQuestionOf(db, row.id, survey) };
    cache.set(row.id, parsed);
  }
  return { id: row.id, survey: parsed.survey, units, subQuota: parsed.subQuota };
}

/** The survey or a 404 (only for callers allowed to learn which surveys exist). */
export function requireQuotaSurvey(db: Db, slug: string): QuotaSurvey {
  const found = findQuotaSurvey(db, slug);
  if (!found) throw problem('survey.notFound', { survey: slug });
  return found;
}

function subQuotaQuestionOf(db: Db, surveyId: number, survey: Survey): SubQuotaQuestion | null {
  const variable = survey.subQuotas?.variable;
  return variable ? subQuotaQuestion(variable, loadPublishedVersions(db, surveyId)) : null;
}

export function surveyHead(quota: QuotaSurvey) {
  return { slug: quota.survey.slug, title: quota.survey.title, modes: quota.survey.modes };
}

export function cellTargetsOf(quota: QuotaSurvey, unitNo: string): Record<string, number> {
  return { ...(quota.survey.subQuotas?.targets[unitNo] ?? {}) };
}
