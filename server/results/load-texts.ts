// The free texts of one variable — an open question or an "other – specify" — under the results' filters, grouped
// as the coding groups them (shared/coding/group-texts.ts) and, when searched, only the groups with a matching text
// (folded alike, so "tieu thuong" finds "Tiểu thương"); with the codes the variable may take and each group's code.
import { foldText, groupTexts } from '#shared/coding/group-texts.ts';
import { problem } from '#shared/problems.ts';
import { unitsOfRequest, type TextsRequest } from '#shared/tables/query.ts';
import type { TextsResponse } from '#shared/tables/schema.ts';
import type { Db } from '../db/open.ts';
import { exportedSurvey } from '../export/plan-export.ts';
import { iterateTexts } from '../repo/result-rows.ts';
import { codedVariables, codesOf, textVariables } from './coding.ts';

/** Throws survey.notFound, export.unknownUnit, or results.notText for a variable that holds no free text. */
export function loadTexts(db: Db, slug: string, request: TextsRequest): TextsResponse {
  const found = exportedSurvey(db, slug, request.filters);
  const text = textVariables(db, found.id).get(request.variable);
  if (text === undefined) throw problem('results.notText', { variable: request.variable });
  const filters = { ...request.filters, units: unitsOfRequest(request, found.survey.units) };
  const texts = [...iterateTexts(db, found.id, filters, request.variable)];
  const search = foldText(request.search);
  const byFold = codedVariables(db, found.id).find((c) => c.variable === request.variable)?.byFold ?? new Map<string, number>();
  const groups = groupTexts(texts)
    .filter((g) => search === '' || g.variants.some((v) => foldText(v.text).includes(search)))
    .map((g) => {
      // A group's code is its variants' one code; variants coded apart (or some not yet) leave it null.
      const codes = new Set(g.variants.map((v) => byFold.get(foldText(v.text)) ?? null));
      return { ...g, code: codes.size === 1 ? [...codes][0]! : null };
    });
  return {
    survey: found.survey.slug, variable: request.variable, title: text.title, answered: texts.length,
    codes: codesOf(db, found.id, request.variable, text), groups,
  };
}
