// The survey lifecycle on the server (decision 0012): questionnaire drafts and their publishing, opening,
// closing, archiving (and what happens to the answers after it), and which surveys an admin manages.
import type { Account } from '#shared/accounts/schema.ts';
import { problem } from '#shared/problems.ts';
import { checkVersionCompatibility } from '#shared/survey/compatibility.ts';
import { parseQuestionnaire } from '#shared/survey/parse-questionnaire.ts';
import { QuestionnaireVersionSchema, type QuestionnaireVersion } from '#shared/survey/questionnaire.ts';
import { checkSubQuotas } from '#shared/survey/sub-quotas.ts';
import { canMove, type SurveyState } from '#shared/survey/survey-state.ts';
import { findTemplate } from '#shared/survey/templates.ts';
import { questionsOf } from '#shared/survey/questions.ts';
import type { Db } from '../db/open.ts';
import { insertQuestionnaireVersion, listQuestionnaireVersions } from '../repo/surveys.ts';
import {
  deleteQuarantined, deleteSurveyAnswers, listManagedSurveyIds, listSurveyRecords, nextVersionNumber, publishVersion,
  rewriteRecord, setAnswersDisposal, setSurveyState,
} from '../repo/survey-admin.ts';
import { loadPublishedVersions } from './surveys.ts';
import { loadSurveyWithState, type LoadedSurvey } from './survey-setup.ts';

/** Every route under /api/admin/surveys/:slug asks this: a survey manager reaches only the surveys it manages. */
export function refuseUnmanaged(db: Db, account: Account, surveyId: number): void {
  const managed = listManagedSurveyIds(db, account.id);
  if (managed.length > 0 && !managed.includes(surveyId)) throw problem('survey.notManaged');
}

export function isFullAdmin(db: Db, account: Account): boolean {
  return account.role === 'admin' && listManagedSurveyIds(db, account.id).length === 0;
}

/** A copy of a template, or of another survey's version, stored as this survey's next draft version. */
export function copyVersionAsDraft(
  db: Db, slug: string, source: { template: string } | { survey: string; version: number },
): QuestionnaireVersion {
  return db.transaction(() => {
    const target = loadSurveyWithState(db, slug);
    if (target.state === 'archived') throw problem('survey.changeRefused', { field: 'versions', reason: 'survey_archived' });
    const from = sourceVersion(db, source);
    const draft: QuestionnaireVersion = { ...from, surveySlug: target.survey.slug, version: nextVersionNumber(db, target.id), status: 'draft' };
    insertQuestionnaireVersion(db, target.id, { version: draft.version, status: 'draft', definition: JSON.stringify(draft), publishedAt: null });
    return draft;
  })();
}

function sourceVersion(db: Db, source: { template: string } | { survey: string; version: number }): QuestionnaireVersion {
  if ('template' in source) {
    const template = findTemplate(source.template);
    if (!template) throw problem('survey.templateNotFound');
    return template.version;
  }
  const other = loadSurveyWithState(db, source.survey);
  const row = listQuestionnaireVersions(db, other.id).find((candidate) => candidate.version === source.version);
  if (!row) throw problem('survey.versionNotFound');
  return QuestionnaireVersionSchema.parse(JSON.parse(row.definition));
}

/**
 * Publishes a draft: its definition passes every check, keeps the meaning of every code the published versions
 * gave (tabulated together), carries the sub-quota question and the age question. Published, it never changes.
 */
export function publishDraft(db: Db, slug: string, version: number, nowIso: string): QuestionnaireVersion {
  return db.transaction(() => {
    const current = loadSurveyWithState(db, slug);
    if (current.state === 'archived') throw problem('survey.changeRefused', { field: 'versions', reason: 'survey_archived' });
    const row = listQuestionnaireVersions(db, current.id).find((candidate) => candidate.version === version);
    if (!row || row.status !== 'draft') throw problem('survey.versionNotFound');
    const parsed = parseQuestionnaire({ ...JSON.parse(row.definition), status: 'published' });
    if (!parsed.ok) {
      const first = parsed.errors[0];
      throw problem('survey.invalidDefinition', { question: first?.question ?? '', field: first?.field ?? '', code: first?.code ?? '' });
    }
    const published = parsed.version;
    const previous = loadPublishedVersions(db, current.id).at(-1);
    const issue = previous && checkVersionCompatibility(previous, published)[0];
    if (issue) throw problem('survey.versionIncompatible', { field: issue.variable, reason: issue.code, ...issue.params });
    const subIssue = checkSubQuotas(current.survey, published)[0];
    if (subIssue) throw problem('survey.subQuotaInvalid', { field: 'subQuotas', reason: subIssue.code.replace('survey.subquota.', ''), ...subIssue.params });
    const age = current.survey.minAge && questionsOf(published).find((q) => q.variable === current.survey.minAge?.variable);
    if (current.survey.minAge && age?.kind !== 'number') throw problem('survey.invalidSettings', { field: 'minAge.variable', reason: 'min_age_variable' });
    publishVersion(db, current.id, version, JSON.stringify(published), nowIso);
    return published;
  })();
}

function move(db: Db, current: LoadedSurvey, to: SurveyState, action: string, nowIso: string): LoadedSurvey {
  if (!canMove(current.state, to)) throw problem('survey.wrongState', { state: current.state, action });
  setSurveyState(db, current.id, to, nowIso);
  return { ...current, state: to };
}

/** Opening needs units and a published version: a device could not start an interview without them. */
export function openSurvey(db: Db, slug: string, nowIso: string): LoadedSurvey {
  return db.transaction(() => {
    const current = loadSurveyWithState(db, slug);
    if (current.state === 'draft' || current.state === 'closed') {
      if (loadPublishedVersions(db, current.id).length === 0) throw problem('survey.notPublished');
      if (current.survey.units.length === 0) throw problem('survey.noUnits');
    }
    return move(db, current, 'open', 'open', nowIso);
  })();
}

/** Closing stops new interviews on devices at their next sync; work already taken still arrives (flagged). */
export function closeSurvey(db: Db, slug: string, nowIso: string): LoadedSurvey {
  return db.transaction(() => move(db, loadSurveyWithState(db, slug), 'closed', 'close', nowIso))();
}

export type Disposal = 'keep' | 'anonymise' | 'delete';

/**
 * Archives a closed survey. Devices keep it (their unsynced work stays and still uploads); the answers the server
 * holds are kept, or — once the office confirms the export — anonymised (no interviewer names, device ids or free
 * texts) or deleted, as the personal-data rules expect.
 */
export function archiveSurvey(db: Db, slug: string, disposal: Disposal, exported: boolean, nowIso: string): { survey: LoadedSurvey; affected: number } {
  if (disposal !== 'keep' && !exported) throw problem('survey.exportFirst');
  return db.transaction(() => {
    const current = loadSurveyWithState(db, slug);
    const archived = move(db, current, 'archived', 'archive', nowIso);
    let affected = 0;
    if (disposal === 'anonymise') affected = anonymiseAnswers(db, current);
    if (disposal === 'delete') affected = deleteSurveyAnswers(db, current.id, current.survey.slug);
    setAnswersDisposal(db, current.id, disposal === 'keep' ? 'kept' : disposal === 'anonymise' ? 'anonymised' : 'deleted');
    return { survey: archived, affected };
  })();
}

const NO_DEVICE = '00000000-0000-0000-0000-000000000000';

/** Free-text variables of every version: open questions and "other, specify" boxes. */
function textVariables(db: Db, surveyId: number): Set<string> {
  const out = new Set<string>();
  for (const row of listQuestionnaireVersions(db, surveyId)) {
    const version = QuestionnaireVersionSchema.parse(JSON.parse(row.definition));
    for (const q of questionsOf(version)) {
      if (q.kind === 'text') out.add(q.variable);
      if ('options' in q) for (const o of q.options) if (o.specify) out.add(o.specify.variable);
    }
  }
  return out;
}

function anonymiseAnswers(db: Db, current: LoadedSurvey): number {
  const texts = textVariables(db, current.id);
  const records = listSurveyRecords(db, current.id);
  for (const { table, key, record } of records) {
    const parsed = JSON.parse(record) as { deviceId: string; paper?: { interviewerName: string }; answers: Record<string, unknown>; voided?: { reason: string } };
    parsed.deviceId = NO_DEVICE;
    if (parsed.paper) parsed.paper.interviewerName = '-';
    if (parsed.voided) parsed.voided.reason = '-';
    for (const variable of texts) delete parsed.answers[variable];
    rewriteRecord(db, table, key, JSON.stringify(parsed), NO_DEVICE);
  }
  deleteQuarantined(db, current.survey.slug);
  return records.filter((r) => r.table === 'interviews').length;
}
