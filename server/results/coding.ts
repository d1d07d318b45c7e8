// The coding of a survey's free texts (issue 21): which variables hold texts, the codes each may take, the coded
// variables the tables and exports read, and assigning texts to a code — stored folded beside the interviews,
// never over their texts (migration 2026-12-03-08, decision 0017).
import type { CodedVariable } from '#shared/coding/coded.ts';
import { foldText } from '#shared/coding/group-texts.ts';
import type { CodingRequest, CodingResponse, TextCode } from '#shared/coding/schema.ts';
import { numberedLabel } from '#shared/exporting/labels.ts';
import { problem } from '#shared/problems.ts';
import { QuestionnaireVersionSchema } from '#shared/survey/questionnaire.ts';
import { questionsOf } from '#shared/survey/questions.ts';
import type { Db } from '../db/open.ts';
import { assignTextCodes, ensureTextCode, listTextCodes, listTextCodings } from '../repo/text-codings.ts';
import { listQuestionnaireVersions } from '../repo/surveys.ts';

export type TextVariable = {
  title: string;
  /** The question an "other – specify" belongs to (its table is followed by the coded one); null for an open question. */
  owner: string | null;
  /** The question's own positive codes, which a text may be coded back into. */
  options: { code: number; label: string }[];
  /** The question's largest code, its "other" included: a new code comes after it, never meaning "other" again. */
  top: number;
};

/** Every text variable of the survey's versions (newest first wins) with its title as the export labels it. */
export function textVariables(db: Db, surveyId: number): Map<string, TextVariable> {
  const out = new Map<string, TextVariable>();
  const versions = listQuestionnaireVersions(db, surveyId)
    .filter((row) => row.status !== 'draft')
    .map((row) => QuestionnaireVersionSchema.parse(JSON.parse(row.definition)))
    .sort((a, b) => b.version - a.version);
  for (const q of versions.flatMap(questionsOf)) {
    const title = numberedLabel(q.paperNumber, q.text);
    if (q.kind === 'text' && !out.has(q.variable)) out.set(q.variable, { title, owner: null, options: [], top: 0 });
    const options = 'options' in q ? q.options : [];
    const codes = options.filter((o) => o.code > 0 && !o.specify).map((o) => ({ code: o.code, label: o.label }));
    const top = Math.max(0, ...options.map((o) => o.code));
    for (const o of options) {
      if (o.specify && !out.has(o.specify.variable)) {
        out.set(o.specify.variable, { title: `${title} – ${o.label}`, owner: q.variable, options: codes, top });
      }
    }
  }
  return out;
}

/** The question's options, then the codes the coders added, in code order. */
export function codesOf(db: Db, surveyId: number, variable: string, text: TextVariable): TextCode[] {
  const own = new Set(text.options.map((o) => o.code));
  const added = listTextCodes(db, surveyId).filter((c) => c.variable === variable && !own.has(c.code));
  return [
    ...text.options.map((o) => ({ ...o, fromQuestion: true })),
    ...added.map((c) => ({ code: c.code, label: c.label, fromQuestion: false })),
  ].sort((a, b) => a.code - b.code);
}

/** The variables holding at least one coded text, with the codes in use. */
export function codedVariables(db: Db, surveyId: number): CodedVariable[] {
  const codes = listTextCodes(db, surveyId);
  if (codes.length === 0) return [];
  const byVariable = new Map<string, CodedVariable & { byFold: Map<string, number> }>();
  for (const c of codes) {
    const entry = byVariable.get(c.variable) ?? { variable: c.variable, codes: [], byFold: new Map<string, number>() };
    entry.codes.push({ code: c.code, label: c.label });
    byVariable.set(c.variable, entry);
  }
  for (const row of listTextCodings(db, surveyId)) byVariable.get(row.variable)?.byFold.set(row.folded, row.code);
  return [...byVariable.values()];
}

/** Throws results.notText, results.codingInvalid (no texts, or not exactly one of code and newLabel), results.unknownCode. */
export function codeTexts(db: Db, surveyId: number, request: CodingRequest, accountId: number, at: string): CodingResponse {
  const text = textVariables(db, surveyId).get(request.variable);
  if (text === undefined) throw problem('results.notText', { variable: request.variable });
  const folded = [...new Set(request.texts.map(foldText))].filter((t) => t !== '');
  if (folded.length === 0 || (request.code === undefined) === (request.newLabel === undefined)) {
    throw problem('results.codingInvalid', { variable: request.variable });
  }
  const codes = codesOf(db, surveyId, request.variable, text);
  let chosen: { code: number; label: string };
  if (request.code !== undefined) {
    const known = codes.find((c) => c.code === request.code);
    if (!known) throw problem('results.unknownCode', { variable: request.variable, code: request.code });
    chosen = known;
  } else {
    chosen = { code: Math.max(text.top, ...codes.map((c) => c.code)) + 1, label: request.newLabel! };
  }
  db.transaction(() => {
    ensureTextCode(db, { survey: surveyId, variable: request.variable, code: chosen.code, label: chosen.label, at });
    assignTextCodes(db, { survey: surveyId, variable: request.variable, code: chosen.code, account: accountId, at }, folded);
  })();
  return { variable: request.variable, code: chosen.code, label: chosen.label, texts: folded.length };
}
