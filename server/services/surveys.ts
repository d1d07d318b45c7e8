// Surveys as the rest of the server sees them: stored from the shared zod shapes, read back through them,
// and summarised for an account according to what its role may see.
import type { Account } from '#shared/accounts/schema.ts';
import type { SurveySummary } from '#shared/api/surveys.ts';
import { SurveySchema, totalQuota, type Survey } from '#shared/survey/survey.ts';
import type { Db } from '../db/open.ts';
import { listAssignedSurveyIds, listAssignedUnits } from '../repo/assignments.ts';
import {
  findSurveyBySlug, insertQuestionnaireVersion, insertSurvey, insertUnit, listSurveys, listUnits,
  type SurveyRow, type UnitRow,
} from '../repo/surveys.ts';

export type StoredVersion = { version: number; status: string; publishedAt?: string | null };

/** Stores a survey, its units and its questionnaire versions in one transaction. Returns the survey id. */
export function createSurvey(db: Db, survey: Survey, versions: readonly StoredVersion[], nowIso: string): number {
  const { units, ...definition } = SurveySchema.parse(survey);
  return db.transaction(() => {
    const surveyId = insertSurvey(db, {
      slug: definition.slug, title: definition.title, definition: JSON.stringify(definition), createdAt: nowIso,
    });
    for (const unit of units) insertUnit(db, surveyId, unit);
    for (const version of versions) {
      insertQuestionnaireVersion(db, surveyId, {
        version: version.version,
        status: version.status,
        definition: JSON.stringify(version),
        publishedAt: version.status === 'draft' ? null : (version.publishedAt ?? nowIso),
      });
    }
    return surveyId;
  })();
}

function toSurvey(row: SurveyRow, units: UnitRow[]): Survey {
  return SurveySchema.parse({
    ...JSON.parse(row.definition),
    units: units.map(({ no, code, name, kind, quota }) => ({ no, code, name, kind, quota })),
  });
}

export function loadSurvey(db: Db, slug: string): { id: number; survey: Survey } | undefined {
  const row = findSurveyBySlug(db, slug);
  return row && { id: row.id, survey: toSurvey(row, listUnits(db, row.id)) };
}

/** An admin sees every survey and unit; others see the surveys they are assigned to, with only their units. */
export function listSurveySummariesFor(db: Db, account: Account): SurveySummary[] {
  const visible = account.role === 'admin'
    ? listSurveys(db)
    : (() => { const ids = new Set(listAssignedSurveyIds(db, account.id)); return listSurveys(db).filter((s) => ids.has(s.id)); })();
  return visible.map((row) => {
    const survey = toSurvey(row, listUnits(db, row.id));
    const mine = account.role === 'admin' ? survey.units : listAssignedUnits(db, account.id, row.id);
    return {
      slug: survey.slug,
      title: survey.title,
      fieldWindow: survey.fieldWindow,
      modes: survey.modes,
      unitCount: survey.units.length,
      quotaTotal: totalQuota(survey),
      units: mine.map(({ no, code, name, kind, quota }) => ({ no, code, name, kind, quota })),
    };
  });
}
