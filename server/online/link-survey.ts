// What a respondent's request needs about its link: the link itself (refused when unknown, paused or retired),
// its survey (cached per database, server/quota/survey.ts), the online window and grace period, and the newest
// published questionnaire version.
import { DEFAULT_GRACE_MINUTES, type OnlineWindow } from '#shared/online/window.ts';
import { problem } from '#shared/problems.ts';
import type { Survey } from '#shared/survey/survey.ts';
import type { Db } from '../db/open.ts';
import { findQuotaSurvey } from '../quota/survey.ts';
import { findOnlineLinkByToken, type LinkByToken } from '../repo/online-links.ts';
import { findSurveyBySlug, listQuestionnaireVersions, type UnitRow, type VersionRow } from '../repo/surveys.ts';

export type LinkSurvey = {
  link: LinkByToken; surveyId: number; survey: Survey;
  /** The survey's lifecycle (decision 0012): only an open survey takes answers, whatever its window says. */
  lifecycle: string; units: UnitRow[]; window: OnlineWindow; graceMinutes: number;
  version: VersionRow | undefined;
};

/** The link of a token, whatever its state (a replay is answered even once the link is paused). */
export function findLinkSurvey(db: Db, token: string): LinkSurvey {
  const link = findOnlineLinkByToken(db, token);
  if (!link) throw problem('online.linkNotFound');
  const quota = findQuotaSurvey(db, link.surveySlug)!;
  const { survey } = quota;
  const version = listQuestionnaireVersions(db, quota.id)
    .filter((row) => row.status === 'published')
    .reduce<VersionRow | undefined>((newest, row) => (!newest || row.version > newest.version ? row : newest), undefined);
  return {
    link, surveyId: quota.id, survey, lifecycle: findSurveyBySlug(db, link.surveySlug)!.state, units: quota.units, window: survey.windows?.online ?? survey.fieldWindow,
    graceMinutes: survey.onlineGraceMinutes ?? DEFAULT_GRACE_MINUTES, version,
  };
}

/**
 * The window's state with the survey's lifecycle over it: a draft survey is not open yet, a closed or archived one
 * is closed, whatever the window says.
 */
export function lifecycleState(found: LinkSurvey): 'before' | 'closed' | undefined {
  if (found.lifecycle === 'draft') return 'before';
  return found.lifecycle === 'open' ? undefined : 'closed';
}

/** Refuses a link that takes no answers now: paused, retired, or of a survey no longer running the online mode. */
export function refuseClosedLink(found: LinkSurvey): void {
  if (found.link.state === 'paused') throw problem('online.linkPaused');
  if (found.link.state === 'retired' || !found.survey.modes.includes('online')) throw problem('online.linkRetired');
}
