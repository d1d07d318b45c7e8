// What the checks of a batch need about each survey it names, loaded once per batch. Compiled questionnaire
// versions are cached per database for good: a published version can never change (a trigger forbids it).
import type { Account } from '#shared/accounts/schema.ts';
import { compileQuestionnaire, type CompiledQuestionnaire } from '#shared/survey/compile.ts';
import { QuestionnaireVersionSchema } from '#shared/survey/questionnaire.ts';
import type { Survey } from '#shared/survey/survey.ts';
import { fieldWindowDays, type FieldWindowDays } from '#shared/sync/flags.ts';
import type { Db } from '../db/open.ts';
import { listAssignedUnits } from '../repo/assignments.ts';
import { listQuestionnaireVersions, listUnits, type UnitRow, type VersionRow } from '../repo/surveys.ts';
import { loadSurvey } from '../services/surveys.ts';

export type SurveyContext = {
  id: number;
  survey: Survey;
  window: FieldWindowDays;
  units: ReadonlyMap<string, UnitRow>;
  versions: ReadonlyMap<number, VersionRow>;
  /** Unit numbers the uploading account may send; null when it may send any (an admin). */
  assigned: ReadonlySet<string> | null;
};

const compiledByDb = new WeakMap<Db, Map<string, CompiledQuestionnaire>>();

/** Compiles a published version once per database and survey. */
export function compiledVersion(db: Db, surveyId: number, row: VersionRow): CompiledQuestionnaire {
  let cache = compiledByDb.get(db);
  if (!cache) compiledByDb.set(db, (cache = new Map()));
  const key = `${surveyId}:${row.version}`;
  let compiled = cache.get(key);
  if (!compiled) {
    compiled = compileQuestionnaire(QuestionnaireVersionSchema.parse(JSON.parse(row.definition)));
    cache.set(key, compiled);
  }
  return compiled;
}

/** A lookup by survey slug for one batch: each survey is read once, unknown ones answer undefined. */
export function surveyLookup(db: Db, account: Account): (slug: string) => SurveyContext | undefined {
  const seen = new Map<string, SurveyContext | undefined>();
  return (slug) => {
    if (seen.has(slug)) return seen.get(slug);
    const loaded = loadSurvey(db, slug);
    const context = loaded && {
      id: loaded.id,
      survey: loaded.survey,
      window: fieldWindowDays(loaded.survey),
      units: new Map(listUnits(db, loaded.id).map((unit) => [unit.no, unit])),
      versions: new Map(listQuestionnaireVersions(db, loaded.id).map((row) => [row.version, row])),
      assigned: account.role === 'admin' ? null : new Set(listAssignedUnits(db, account.id, loaded.id).map((unit) => unit.no)),
    };
    seen.set(slug, context);
    return context;
  };
}
