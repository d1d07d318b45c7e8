// What the checks of a batch need about each survey it names, loaded once per batch. Compiled questionnaire
// versions are cached per database for good: a published version can never change (a trigger forbids it);
// a survey's field window and sub-quota question are read again only when its stored definition changes.
import type { Account } from '#shared/accounts/schema.ts';
import { compileQuestionnaire, type CompiledQuestionnaire } from '#shared/survey/compile.ts';
import { QuestionnaireVersionSchema } from '#shared/survey/questionnaire.ts';
import { fieldWindowDays, tooShortMs, type FieldWindowDays } from '#shared/sync/flags.ts';
import type { Db } from '../db/open.ts';
import { listAssignedUnits } from '../repo/assignments.ts';
import { listManagedSurveyIds } from '../repo/survey-admin.ts';
import { findSurveyBySlug, listQuestionnaireVersions, listUnits, type SurveyRow, type UnitRow, type VersionRow } from '../repo/surveys.ts';
import { loadSurvey } from '../services/surveys.ts';

export type SurveyContext = {
  id: number;
  window: FieldWindowDays;
  /** The sub-quota question whose code is each interview's cell (shared/quota/progress.ts cellOf); null if none. */
  cellVariable: string | null;
  /** The survey's too-short threshold in ms (shared/sync/flags.ts tooShortMs). */
  tooShortMs: number;
  /** Closed or archived: what arrives is still stored, flagged after_close (decision 0012). */
  closed: boolean;
  units: ReadonlyMap<string, UnitRow>;
  versions: ReadonlyMap<number, VersionRow>;
  /** Unit numbers the uploading account may send; null when it may send any (an admin). */
  assigned: ReadonlySet<string> | null;
};

const compiledByDb = new WeakMap<Db, Map<string, CompiledQuestionnaire>>();

/** Compiles a published version once per database and survey. */
export function compiledVersion(db: Db, surveyId: number, row: VersionRow): CompiledQuestionnaire {
  let cache = compiledByDb.get(db);
  if (!cache) compiledByDb.set(db, (cache = new Map<string, CompiledQuestionnaire>()));
  const key = `${surveyId}:${row.version}`;
  let compiled = cache.get(key);
  if (!compiled) {
    compiled = compileQuestionnaire(QuestionnaireVersionSchema.parse(JSON.parse(row.definition)));
    cache.set(key, compiled);
  }
  return compiled;
}

type DefinitionFacts = Pick<SurveyContext, 'window' | 'cellVariable' | 'tooShortMs'>;
const factsByDb = new WeakMap<Db, Map<number, { definition: string; facts: DefinitionFacts }>>();

/** What ingest reads from the survey's definition, parsed (through loadSurvey's schema) only when its text changed. */
function definitionFacts(db: Db, row: SurveyRow): DefinitionFacts | undefined {
  let cache = factsByDb.get(db);
  if (!cache) factsByDb.set(db, (cache = new Map<number, { definition: string; facts: DefinitionFacts }>()));
  const cached = cache.get(row.id);
  if (cached?.definition === row.definition) return cached.facts;
  const loaded = loadSurvey(db, row.slug);
  if (!loaded) return undefined;
  const facts = {
    window: fieldWindowDays(loaded.survey), cellVariable: loaded.survey.subQuotas?.variable ?? null, tooShortMs: tooShortMs(loaded.survey),
  };
  cache.set(row.id, { definition: row.definition, facts });
  return facts;
}

/** A lookup by survey slug for one batch: each survey is read once, unknown ones answer undefined. */
export function surveyLookup(db: Db, account: Account): (slug: string) => SurveyContext | undefined {
  const seen = new Map<string, SurveyContext | undefined>();
  // An admin hands in anywhere, except a survey manager outside its surveys (decision 0012): there it holds no unit.
  const managed = account.role === 'admin' ? listManagedSurveyIds(db, account.id) : [];
  const anyUnit = (surveyId: number) => account.role === 'admin' && (managed.length === 0 || managed.includes(surveyId));
  return (slug) => {
    if (seen.has(slug)) return seen.get(slug);
    const row = findSurveyBySlug(db, slug);
    const facts = row && definitionFacts(db, row);
    const context = row && facts && {
      id: row.id,
      ...facts,
      closed: row.state === 'closed' || row.state === 'archived',
      units: new Map(listUnits(db, row.id).map((unit) => [unit.no, unit])),
      versions: new Map(listQuestionnaireVersions(db, row.id).map((version) => [version.version, version])),
      assigned: anyUnit(row.id) ? null : new Set(listAssignedUnits(db, account.id, row.id).map((unit) => unit.no)),
    };
    seen.set(slug, context);
    return context;
  };
}
