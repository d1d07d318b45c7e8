// Everything an export needs before it reads a row: the survey, its questionnaire versions (published and
// retired: old interviews name them), the merged column layout in the export's language, and the checks
// that turn bad input into coded problems before any byte is sent.
import { buildExportLayout, type ExportLayout } from '#shared/exporting/layout.ts';
import type { ExportFilters, ExportRequest } from '#shared/exporting/filters.ts';
import { surveyDay } from '#shared/i18n/format.ts';
import type { MessageParams } from '#shared/i18n/message.ts';
import { translate, type Dictionary } from '#shared/i18n/translate.ts';
import { problem } from '#shared/problems.ts';
import { QuestionnaireVersionSchema } from '#shared/survey/questionnaire.ts';
import type { Survey } from '#shared/survey/survey.ts';
import type { Db } from '../db/open.ts';
import { listQuestionnaireVersions } from '../repo/surveys.ts';
import { codedVariables } from '../results/coding.ts';
import { loadSurvey } from '../services/surveys.ts';

export type ExportPlan = {
  surveyId: number;
  survey: Survey;
  request: ExportRequest;
  layout: ExportLayout;
  /** The export's language: labels written into the file and the .sps comment. */
  words: (code: string, params?: MessageParams) => string;
  /** File name without extension: the survey's slug and the day of the export ("hung-yen-2026-2026-06-03"). */
  baseName: string;
  createdAt: number;
};

/** The survey an export reads, its filter's units checked: throws `survey.notFound` or `export.unknownUnit`. */
export function exportedSurvey(db: Db, slug: string, filters: ExportFilters): { id: number; survey: Survey } {
  const found = loadSurvey(db, slug);
  if (!found) throw problem('survey.notFound', { survey: slug });
  const known = new Set(found.survey.units.map((unit) => unit.no));
  const unknown = filters.units?.find((no) => !known.has(no));
  if (unknown !== undefined) throw problem('export.unknownUnit', { unit: unknown });
  return found;
}

/** Throws as `exportedSurvey` does; everything else about the request was parsed already. */
export function planExport(db: Db, slug: string, request: ExportRequest, dictionary: Dictionary, now: number): ExportPlan {
  const found = exportedSurvey(db, slug, request.filters);
  const versions = listQuestionnaireVersions(db, found.id)
    .filter((row) => row.status !== 'draft')
    .map((row) => QuestionnaireVersionSchema.parse(JSON.parse(row.definition)));
  const words = (code: string, params?: MessageParams) => translate(dictionary, code, params);
  return {
    surveyId: found.id,
    survey: found.survey,
    request,
    layout: buildExportLayout(found.survey.units, versions, words, { review: request.review === true, coded: codedVariables(db, found.id) }),
    words,
    baseName: `${found.survey.slug}-${surveyDay(now)}`,
    createdAt: now,
  };
}
