// The office's survey setup: a new survey starts as a draft with its settings; settings, units and sub-quotas
// change under the lifecycle's rules (shared/survey/survey-state.ts); every refusal names its field.
import { problem } from '#shared/problems.ts';
import { applySettings, settingsOf, windowErrors, type SurveySettings } from '#shared/survey/settings.ts';
import { quotaChangeErrors, settingsChangeErrors, type SurveyState } from '#shared/survey/survey-state.ts';
import { checkSubQuotas } from '#shared/survey/sub-quotas.ts';
import { questionsOf } from '#shared/survey/questions.ts';
import { SurveySchema, UnitKindSchema, UnitNoSchema, type SubQuotas, type Survey, type Unit } from '#shared/survey/survey.ts';
import type { UnitsPreview } from '#shared/api/survey-admin.ts';
import type { Db } from '../db/open.ts';
import { findSurveyBySlug, insertSurvey, insertUnit, listUnits } from '../repo/surveys.ts';
import {
  countInterviewsByUnit, deleteUnit, findSurveyState, setSurveyState, updateSurveyDefinition, updateUnit,
} from '../repo/survey-admin.ts';
import { loadPublishedVersions, loadSurvey } from './surveys.ts';

export type LoadedSurvey = { id: number; survey: Survey; state: SurveyState };

export function loadSurveyWithState(db: Db, slug: string): LoadedSurvey {
  const loaded = loadSurvey(db, slug);
  if (!loaded) throw problem('survey.notFound');
  const state = findSurveyState(db, loaded.id)?.state as SurveyState;
  return { ...loaded, state };
}

function refuseInvalid(errors: readonly { field: string; reason: string }[], code: 'survey.invalidSettings' | 'survey.changeRefused'): void {
  const first = errors[0];
  if (first) throw problem(code, { field: first.field, reason: first.reason });
}

/** Whole-survey check through the shared schema, reported by field. */
function checked(survey: Survey): Survey {
  const parsed = SurveySchema.safeParse(survey);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw problem('survey.invalidSettings', { field: issue?.path.join('.') ?? '', reason: issue?.message ?? 'invalid' });
}

function refuseTakenSlug(db: Db, slug: string, ownId?: number): void {
  const other = findSurveyBySlug(db, slug);
  if (other && other.id !== ownId) throw problem('survey.slugTaken', { field: 'slug', slug });
}

/** The age question must be a number question of the newest published version, when there is one. */
function refuseBadAgeVariable(db: Db, surveyId: number, survey: Survey): void {
  if (!survey.minAge) return;
  const newest = loadPublishedVersions(db, surveyId).at(-1);
  if (!newest) return;
  const question = questionsOf(newest).find((q) => q.variable === survey.minAge?.variable);
  if (question?.kind !== 'number') throw problem('survey.invalidSettings', { field: 'minAge.variable', reason: 'min_age_variable' });
}

export function createDraftSurvey(db: Db, settings: SurveySettings, nowIso: string): LoadedSurvey {
  refuseInvalid(windowErrors(settings), 'survey.invalidSettings');
  const survey = checked(applySettings({ units: [] }, settings));
  return db.transaction(() => {
    refuseTakenSlug(db, survey.slug);
    const id = insertSurvey(db, { slug: survey.slug, title: survey.title, definition: definitionText(survey), createdAt: nowIso });
    setSurveyState(db, id, 'draft', nowIso);
    return { id, survey, state: 'draft' as const };
  })();
}

/** The stored definition: the survey without its units (they are rows of their own). */
function definitionText(survey: Survey): string {
  const definition: Partial<Survey> = { ...survey };
  delete definition.units;
  return JSON.stringify(definition);
}

function storeDefinition(db: Db, id: number, survey: Survey): void {
  updateSurveyDefinition(db, id, { slug: survey.slug, title: survey.title, definition: definitionText(survey) });
}

export function updateSettings(db: Db, slug: string, settings: SurveySettings): { before: Survey; after: LoadedSurvey } {
  refuseInvalid(windowErrors(settings), 'survey.invalidSettings');
  return db.transaction(() => {
    const current = loadSurveyWithState(db, slug);
    const after = checked(applySettings(current.survey, settings));
    refuseInvalid(settingsChangeErrors(current.state, current.survey, after), 'survey.changeRefused');
    refuseTakenSlug(db, after.slug, current.id);
    refuseBadAgeVariable(db, current.id, after);
    storeDefinition(db, current.id, after);
    return { before: current.survey, after: { ...current, survey: after } };
  })();
}

/** Plain unit fields checked one by one, so a negative target or a bad number is named by its unit. */
export function checkUnits(input: readonly { no: string; code: string; name: string; kind: string; quota: number }[]): Unit[] {
  return input.map((unit) => {
    if (!UnitNoSchema.safeParse(unit.no).success) throw problem('survey.invalidSettings', { field: `units.${unit.no}.no`, reason: 'unit_no' });
    if (unit.quota < 0) throw problem('survey.quotaNegative', { field: `units.${unit.no}.quota`, unitNo: unit.no });
    const kind = UnitKindSchema.safeParse(unit.kind);
    if (!kind.success) throw problem('survey.invalidSettings', { field: `units.${unit.no}.kind`, reason: 'unit_kind' });
    if (!Number.isInteger(unit.quota) || !unit.code.trim() || !unit.name.trim()) {
      throw problem('survey.invalidSettings', { field: `units.${unit.no}`, reason: 'unit_invalid' });
    }
    return { no: unit.no, code: unit.code.trim(), name: unit.name.trim(), kind: kind.data, quota: unit.quota };
  });
}

/** What replacing the units with `next` would add, change and remove: the preview shown before applying. */
export function previewUnits(current: readonly Unit[], next: readonly Unit[]): UnitsPreview {
  const before = new Map(current.map((unit) => [unit.no, unit]));
  const after = new Map(next.map((unit) => [unit.no, unit]));
  const same = (a: Unit, b: Unit) => a.code === b.code && a.name === b.name && a.kind === b.kind && a.quota === b.quota;
  const preview: UnitsPreview = { added: [], changed: [], removed: [], unchanged: 0, units: [...next] };
  for (const unit of next) {
    const was = before.get(unit.no);
    if (!was) preview.added.push(unit);
    else if (same(was, unit)) preview.unchanged++;
    else preview.changed.push({ no: unit.no, before: was, after: unit });
  }
  for (const unit of current) if (!after.has(unit.no)) preview.removed.push(unit);
  return preview;
}

/**
 * Replaces the survey's units with `next`, in one transaction: added, changed in place, removed. A unit holding
 * interviews is never removed (nor renumbered, which is a removal and an addition); quotas follow the lifecycle.
 */
export function replaceUnits(db: Db, slug: string, next: readonly Unit[]): { survey: LoadedSurvey; preview: UnitsPreview } {
  return db.transaction(() => {
    const current = loadSurveyWithState(db, slug);
    if (current.state === 'archived') throw problem('survey.changeRefused', { field: 'units', reason: 'survey_archived' });
    const candidate = checked({ ...current.survey, units: [...next] });
    const preview = previewUnits(current.survey.units, candidate.units);
    const rows = new Map(listUnits(db, current.id).map((row) => [row.no, row]));
    const held = countInterviewsByUnit(db, current.id);
    for (const unit of preview.removed) {
      const count = held.get(rows.get(unit.no)!.id) ?? 0;
      if (count > 0) throw problem('survey.unitInUse', { field: `units.${unit.no}`, unitNo: unit.no, count });
    }
    for (const change of preview.changed) {
      refuseInvalid(quotaChangeErrors(current.state, change.no, change.before!.quota, change.after!.quota), 'survey.changeRefused');
    }
    const subQuotas = current.survey.subQuotas && keepSubQuotasOf(current.survey.subQuotas, candidate.units);
    const survey = checked({ ...candidate, ...(subQuotas ? { subQuotas } : {}) });
    refuseSubQuotaErrors(db, current.id, survey);
    for (const unit of preview.removed) deleteUnit(db, rows.get(unit.no)!.id);
    for (const change of preview.changed) updateUnit(db, rows.get(change.no)!.id, change.after!);
    for (const unit of preview.added) insertUnit(db, current.id, unit);
    storeDefinition(db, current.id, survey);
    return { survey: { ...current, survey }, preview };
  })();
}

/** Sub-quota targets of units that still exist. */
function keepSubQuotasOf(sub: SubQuotas, units: readonly Unit[]): SubQuotas {
  const nos = new Set(units.map((unit) => unit.no));
  return { ...sub, targets: Object.fromEntries(Object.entries(sub.targets).filter(([no]) => nos.has(no))) };
}

/** checkSubQuotas against the newest version (a draft's when nothing is published): cells within each unit's target. */
function refuseSubQuotaErrors(db: Db, surveyId: number, survey: Survey, newest = loadPublishedVersions(db, surveyId).at(-1)): void {
  if (!survey.subQuotas) return;
  // Before any version is published only the targets can be checked; publishing checks the question too.
  const first = newest ? checkSubQuotas(survey, newest)[0] : cellsAboveTarget(survey)[0];
  if (!first) return;
  const reason = first.code.replace('survey.subquota.', '');
  throw problem('survey.subQuotaInvalid', { field: first.unitNo ? `subQuotas.${first.unitNo}` : 'subQuotas.variable', reason, ...first.params });
}

/** Units whose cells add up past the unit's target (the part of checkSubQuotas that needs no questionnaire). */
function cellsAboveTarget(survey: Survey): { unitNo?: string; code: string; params: Record<string, string | number> }[] {
  return Object.entries(survey.subQuotas?.targets ?? {}).flatMap(([unitNo, cells]) => {
    const sum = Object.values(cells).reduce((a, b) => a + b, 0);
    const quota = survey.units.find((unit) => unit.no === unitNo)?.quota ?? 0;
    return sum > quota ? [{ unitNo, code: 'survey.subquota.above_quota', params: { unitNo, sum, quota } }] : [];
  });
}

export function setSubQuotas(db: Db, slug: string, subQuotas: SubQuotas | null): LoadedSurvey {
  return db.transaction(() => {
    const current = loadSurveyWithState(db, slug);
    if (current.state === 'archived') throw problem('survey.changeRefused', { field: 'subQuotas', reason: 'survey_archived' });
    const rest: Survey = { ...current.survey };
    delete rest.subQuotas;
    const survey = checked(subQuotas ? { ...rest, subQuotas } : rest);
    for (const [unitNo, cells] of Object.entries(subQuotas?.targets ?? {})) {
      for (const n of Object.values(cells)) if (n < 0) throw problem('survey.quotaNegative', { field: `subQuotas.${unitNo}`, unitNo });
    }
    refuseSubQuotaErrors(db, current.id, survey);
    storeDefinition(db, current.id, survey);
    return { ...current, survey };
  })();
}

export { settingsOf };
