// Questionnaire drafts on the server (decision 0018): a draft version is saved whole, again and again, each save
// naming the revision it started from, so a second editor's stale save is refused and the first one's kept. A draft
// may hold problems (the builder saves as the admin types); publishing (survey-lifecycle.ts) refuses them.
import type { QuestionnaireDraft } from '#shared/api/questionnaires.ts';
import { problem } from '#shared/problems.ts';
import { checkDefinition } from '#shared/survey/check-definition.ts';
import { checkVersionCompatibility } from '#shared/survey/compatibility.ts';
import { QuestionnaireVersionSchema, type QuestionnaireVersion } from '#shared/survey/questionnaire.ts';
import type { Db } from '../db/open.ts';
import { findVersionRow, insertDraftRow, saveDraftRow, type DraftRow } from '../repo/questionnaire-drafts.ts';
import { nextVersionNumber } from '../repo/survey-admin.ts';
import { loadPublishedVersions } from './surveys.ts';
import { loadSurveyWithState, type LoadedSurvey } from './survey-setup.ts';

function view(db: Db, surveyId: number, row: DraftRow): QuestionnaireDraft {
  const version = QuestionnaireVersionSchema.parse(JSON.parse(row.definition));
  const previous = loadPublishedVersions(db, surveyId).filter((v) => v.version < version.version).at(-1);
  return {
    version, revision: row.revision, savedAt: row.saved_at,
    problems: checkDefinition(version),
    compatibility: previous ? checkVersionCompatibility(previous, version) : [],
  };
}

export function loadVersion(db: Db, surveyId: number, version: number): QuestionnaireDraft {
  const row = findVersionRow(db, surveyId, version);
  if (!row) throw problem('survey.versionNotFound');
  return view(db, surveyId, row);
}

function refuseArchived(survey: LoadedSurvey): void {
  if (survey.state === 'archived') throw problem('survey.changeRefused', { field: 'versions', reason: 'survey_archived' });
}

/**
 * Saves a draft from the revision its editor loaded. The stored slug, number and status stay the row's: an editor
 * cannot move its draft to another survey or publish it by saving. Refused, nothing changes and the editor keeps
 * its copy to merge by hand (survey.draftStale names the revision now stored).
 */
export function saveDraft(
  db: Db, slug: string, number: number, save: { revision: number; definition: QuestionnaireVersion; at: string; by: number },
): { before: QuestionnaireDraft; after: QuestionnaireDraft } {
  return db.transaction(() => {
    const survey = loadSurveyWithState(db, slug);
    refuseArchived(survey);
    const row = findVersionRow(db, survey.id, number);
    if (!row || row.status !== 'draft') throw problem('survey.versionNotFound');
    if (row.revision !== save.revision) throw problem('survey.draftStale', { revision: row.revision, yours: save.revision });
    const definition: QuestionnaireVersion = { ...save.definition, surveySlug: survey.survey.slug, version: number, status: 'draft' };
    const before = view(db, survey.id, row);
    if (!saveDraftRow(db, survey.id, number, { definition: JSON.stringify(definition), fromRevision: save.revision, at: save.at, by: save.by })) {
      throw problem('survey.draftStale', { revision: row.revision, yours: save.revision });
    }
    return { before, after: loadVersion(db, survey.id, number) };
  })();
}

/** Stores a definition (an XLSForm read) as the survey's next draft version, at revision 1. */
export function createDraft(db: Db, slug: string, definition: QuestionnaireVersion, at: string, by: number): QuestionnaireDraft {
  return db.transaction(() => {
    const survey = loadSurveyWithState(db, slug);
    refuseArchived(survey);
    const version = nextVersionNumber(db, survey.id);
    const draft: QuestionnaireVersion = { ...definition, surveySlug: survey.survey.slug, version, status: 'draft' };
    insertDraftRow(db, survey.id, { version, definition: JSON.stringify(draft), at, by });
    return loadVersion(db, survey.id, version);
  })();
}
