// Questionnaire versions compiled once per page life (compiling is the engine's only costly step): a draft
// always opens on the version it started on; a new draft takes the newest published one.
import { compileQuestionnaire, type CompiledQuestionnaire } from '#shared/survey/compile.ts';
import type { QuestionnaireVersion } from '#shared/survey/questionnaire.ts';
import type { SurveyRow } from '../db/rows.ts';

const cache = new Map<string, CompiledQuestionnaire>();

export function compiledVersion(version: QuestionnaireVersion): CompiledQuestionnaire {
  const key = `${version.surveySlug}/${version.version}`;
  let compiled = cache.get(key);
  if (!compiled) {
    compiled = compileQuestionnaire(version);
    cache.set(key, compiled);
  }
  return compiled;
}

export function findVersion(row: SurveyRow, version: number): QuestionnaireVersion | undefined {
  return row.versions.find((v) => v.version === version);
}

export function newestVersion(row: SurveyRow): QuestionnaireVersion | undefined {
  return row.versions.reduce<QuestionnaireVersion | undefined>((newest, v) => (!newest || v.version > newest.version ? v : newest), undefined);
}

/** The variable of the version's unit question (Câu 6), pre-filled in every new draft. */
export function unitVariable(version: QuestionnaireVersion): string | undefined {
  return version.sections.flatMap((s) => s.questions).find((q) => q.kind === 'unit')?.variable;
}
