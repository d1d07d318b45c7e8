// What the checks of a batch need about each survey it names, loaded once per batch. Compiled questionnaire
// versions are cached per database for good: a published version can never change (a trigger forbids it);
// a survey's field window is parsed again only when its stored definition changes.
import type { Account } from '#shared/accounts/schema.ts';
import { compileQuestionnaire, type CompiledQuestionnaire } from '#shared/survey/compile.ts';
import { QuestionnaireVersionSchema } from '#shared/survey/questionnaire.ts';
import { fieldWindowDays, type FieldWindowDays } from '#shared/sync/flags.ts';
import type { Db } from '../db/open.ts';
import { listAssignedUnits } from '../repo/assignments.ts';
import { findSurveyBySlug, listQuestionnaireVersions, listUnits, type SurveyRow, type UnitRow, type VersionRow } from '../repo/surveys.ts';
import { loadSurvey } from '../services/surveys.ts';

export type SurveyContext = {
  id: number;
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

const windowsByDb = new WeakMap<Db, Map<number, { definition: string; window: FieldWindowDays }>>();

/** The survey's field window, parsed (through loadSurvey's schema) only when its definition text changed. */
function windowOf(db: Db, row: SurveyRow): FieldWindowDays | undefined {
  let cache = windowsByDb.get(db);
  if (!cache) windowsByDb.set(db, (cache = new Map()));
  const cached = cache.get(row.id);
  if (cached?.definition === row.definition) return cached.window;
  const loaded = loadSurvey(db, row.slug);
  if (!loaded) return undefined;
  const window = fieldWindowDays(loaded.survey);
  cache.set(row.id, { definition: row.definition, window });
  return window;
}

/** A lookup by survey slug for one batch: each survey is read once, unknown ones answer undefined. */
export function surveyLookup(db: Db, account: Account): (slug: string) => SurveyContext | undefined {
  const seen = new Map<string, SurveyContext | undefined>();
  return (slug) => {
    if (seen.has(slug)) return seen.get(slug);
    const row = findSurveyBySlug(db, slug);
    const window = row && windowOf(db, row);
    const context = row && window && {
      id: row.id,
      window,
      units: new Map(listUnits(db, row.id).map((unit) => [unit.no, unit])),
      versions: new Map(listQuestionnaireVersions(db, row.id).map((version) => [version.version, version])),
      assigned: account.role === 'admin' ? null : new Set(listAssignedUnits(db, account.id, row.id).map((unit) => unit.no)),
    };
    seen.set(slug, context);
    return context;
  };
}
