// Surveys as the rest of the server sees them: stored from the shared zod shapes, read back through them,
// and cut down for an account to what its role may see.
import type { Account } from '#shared/accounts/schema.ts';
import type { SurveySummary } from '#shared/api/surveys.ts';
import type { DeviceSurvey, ReturnedInterview } from '#shared/api/device.ts';
import { InterviewSchema } from '#shared/interview/schema.ts';
import { unitSerialRange } from '#shared/interview/serial.ts';
import { isSentToDevices, type SurveyState } from '#shared/survey/survey-state.ts';
import { problem } from '#shared/problems.ts';
import { parseQuestionnaire } from '#shared/survey/parse-questionnaire.ts';
import { QuestionnaireVersionSchema, type QuestionnaireVersion } from '#shared/survey/questionnaire.ts';
import { SurveySchema, totalQuota, UnitSchema, type Survey, type Unit } from '#shared/survey/survey.ts';
import type { UnitCounts } from '#shared/quota/counts.ts';
import { groupUnitRows } from '#shared/quota/group.ts';
import type { Db } from '../db/open.ts';
import { listUnitCountRowsByUnit } from '../repo/quota-counts.ts';
import { listAssignedSurveyIds, listAssignedUnits } from '../repo/assignments.ts';
import { listReturnedInterviews } from '../repo/returned-interviews.ts';
import { heldSerialsOf } from './device-serials.ts';
import { listManagedSurveyIds } from '../repo/survey-admin.ts';
import {
  findSurveyBySlug, insertQuestionnaireVersion, insertSurvey, insertUnit, listQuestionnaireVersions, listSurveys,
  listUnits, type SurveyRow, type UnitRow,
} from '../repo/surveys.ts';

/** Stores a survey, its units and its questionnaire versions in one transaction. Returns the survey id. */
export function createSurvey(db: Db, survey: Survey, versions: readonly QuestionnaireVersion[], nowIso: string): number {
  const { units, ...definition } = SurveySchema.parse(survey);
  const checked = versions.map((version) => {
    const parsed = parseQuestionnaire(version);
    if (!parsed.ok) {
      const first = parsed.errors[0];
      throw problem('survey.invalidDefinition', { question: first?.question ?? '', field: first?.field ?? '', code: first?.code ?? '' });
    }
    return parsed.version;
  });
  return db.transaction(() => {
    const surveyId = insertSurvey(db, {
      slug: definition.slug, title: definition.title, definition: JSON.stringify(definition), createdAt: nowIso,
    });
    for (const unit of units) insertUnit(db, surveyId, unit);
    for (const version of checked) {
      insertQuestionnaireVersion(db, surveyId, {
        version: version.version,
        status: version.status,
        definition: JSON.stringify(version),
        publishedAt: version.status === 'draft' ? null : nowIso,
      });
    }
    return surveyId;
  })();
}

const unitOf = ({ no, code, name, kind, quota }: UnitRow): Unit => UnitSchema.parse({ no, code, name, kind, quota });

function toSurvey(row: SurveyRow, units: UnitRow[]): Survey {
  return SurveySchema.parse({ ...JSON.parse(row.definition), units: units.map(unitOf) });
}

export function loadSurvey(db: Db, slug: string): { id: number; survey: Survey } | undefined {
  const row = findSurveyBySlug(db, slug);
  return row && { id: row.id, survey: toSurvey(row, listUnits(db, row.id)) };
}

export function loadPublishedVersions(db: Db, surveyId: number): QuestionnaireVersion[] {
  return listQuestionnaireVersions(db, surveyId)
    .filter((row) => row.status === 'published')
    .map((row) => QuestionnaireVersionSchema.parse(JSON.parse(row.definition)));
}

type VisibleSurvey = { id: number; survey: Survey; state: SurveyState; visibleUnits: Unit[] };

/**
 * A full admin sees every survey and unit, a survey manager (an admin limited to some surveys) those surveys;
 * others see the surveys they are assigned to, with only their units, and never a draft.
 */
function visibleSurveys(db: Db, account: Account): VisibleSurvey[] {
  const managed = account.role === 'admin' ? listManagedSurveyIds(db, account.id) : [];
  const allowed = account.role === 'admin'
    ? (managed.length ? new Set(managed) : null)
    : new Set(listAssignedSurveyIds(db, account.id));
  return listSurveys(db)
    .filter((row) => (allowed === null || allowed.has(row.id)) && (account.role === 'admin' || isSentToDevices(row.state as SurveyState)))
    .map((row) => {
      const survey = toSurvey(row, listUnits(db, row.id));
      const visibleUnits = account.role === 'admin' ? survey.units : listAssignedUnits(db, account.id, row.id).map(unitOf);
      return { id: row.id, survey, state: row.state as SurveyState, visibleUnits };
    });
}

export function listSurveySummariesFor(db: Db, account: Account): SurveySummary[] {
  return visibleSurveys(db, account).map(({ survey, visibleUnits }) => ({
    slug: survey.slug,
    title: survey.title,
    fieldWindow: survey.fieldWindow,
    modes: survey.modes,
    unitCount: survey.units.length,
    quotaTotal: totalQuota(survey),
    units: visibleUnits,
  }));
}

/** What a device stores to work offline: only the units the account may see, with their counts. */
export function listDeviceSurveysFor(db: Db, account: Account): DeviceSurvey[] {
  return visibleSurveys(db, account).filter(({ state }) => isSentToDevices(state)).map(({ id, survey, state, visibleUnits }) => {
    const visible = new Set(visibleUnits.map((unit) => unit.no));
    const subQuotas = survey.subQuotas && {
      ...survey.subQuotas,
      targets: Object.fromEntries(Object.entries(survey.subQuotas.targets).filter(([unitNo]) => visible.has(unitNo))),
    };
    return {
      survey: { ...survey, units: visibleUnits, ...(subQuotas ? { subQuotas } : {}) },
      versions: loadPublishedVersions(db, id),
      counts: unitCounts(db, id, visible, subQuotas !== undefined),
      state,
      serialRanges: Object.fromEntries(visibleUnits.map((unit) => [unit.no, unitSerialRange(survey, unit)])),
      heldSerials: heldSerialsOf(db, id, visible),
      ...(survey.keepSyncedDays === undefined ? {} : { retentionDays: survey.keepSyncedDays }),
    };
  });
}

/**
 * Each visible unit's counts, read from the quota counters (the figures the dashboards show). Where targets are
 * split by an answer, each unit also carries its counts per cell (the home screen's cells).
 */
function unitCounts(db: Db, surveyId: number, visible: ReadonlySet<string>, withCells: boolean): UnitCounts[] {
  const rowsByUnit = listUnitCountRowsByUnit(db, surveyId);
  return listUnits(db, surveyId).filter((unit) => visible.has(unit.no)).map((unit) => {
    const { counts, cells } = groupUnitRows(rowsByUnit.get(unit.id) ?? []);
    return { unitNo: unit.no, ...counts, ...(withCells ? { cells } : {}) };
  });
}

/** The account's interviews returned for correction, each with the server's record and the admin's comment. */
export function listReturnedInterviewsFor(db: Db, accountId: number): ReturnedInterview[] {
  return listReturnedInterviews(db, accountId).map((row) => ({
    interview: InterviewSchema.parse({ ...JSON.parse(row.record), revision: row.revision, status: 'needs_correction' }),
    comment: row.review_comment ?? '',
    returnedAt: row.updated_at,
  }));
}
