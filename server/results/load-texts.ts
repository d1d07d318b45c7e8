// The free texts of one variable — an open question or an "other – specify" — under the results' filters, grouped
// as the coding groups them (shared/coding/group-texts.ts) and, when searched, only the groups with a matching text
// (folded alike, so "tieu thuong" finds "Tiểu thương").
import { foldText, groupTexts } from '#shared/coding/group-texts.ts';
import { numberedLabel } from '#shared/exporting/labels.ts';
import { problem } from '#shared/problems.ts';
import { QuestionnaireVersionSchema } from '#shared/survey/questionnaire.ts';
import { questionsOf } from '#shared/survey/questions.ts';
import { unitsOfRequest, type TextsRequest } from '#shared/tables/query.ts';
import type { TextsResponse } from '#shared/tables/schema.ts';
import type { Db } from '../db/open.ts';
import { exportedSurvey } from '../export/plan-export.ts';
import { iterateTexts } from '../repo/result-rows.ts';
import { listQuestionnaireVersions } from '../repo/surveys.ts';

/** Every text variable of the survey's versions (newest first) with its title as the export labels it. */
function textVariables(db: Db, surveyId: number): Map<string, string> {
  const out = new Map<string, string>();
  const versions = listQuestionnaireVersions(db, surveyId)
    .filter((row) => row.status !== 'draft')
    .map((row) => QuestionnaireVersionSchema.parse(JSON.parse(row.definition)))
    .sort((a, b) => b.version - a.version);
  for (const q of versions.flatMap(questionsOf)) {
    const title = numberedLabel(q.paperNumber, q.text);
    if (q.kind === 'text' && !out.has(q.variable)) out.set(q.variable, title);
    for (const o of 'options' in q ? q.options : []) {
      if (o.specify && !out.has(o.specify.variable)) out.set(o.specify.variable, `${title} – ${o.label}`);
    }
  }
  return out;
}

/** Throws survey.notFound, export.unknownUnit, or results.notText for a variable that holds no free text. */
export function loadTexts(db: Db, slug: string, request: TextsRequest): TextsResponse {
  const found = exportedSurvey(db, slug, request.filters);
  const title = textVariables(db, found.id).get(request.variable);
  if (title === undefined) throw problem('results.notText', { variable: request.variable });
  const filters = { ...request.filters, units: unitsOfRequest(request, found.survey.units) };
  const texts = [...iterateTexts(db, found.id, filters, request.variable)];
  const search = foldText(request.search);
  const groups = groupTexts(texts).filter((g) => search === '' || g.variants.some((v) => foldText(v.text).includes(search)));
  return { survey: found.survey.slug, variable: request.variable, title, answered: texts.length, groups };
}
