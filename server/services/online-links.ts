// The admin's online links (decision 0021): made per unit or for the whole survey of a survey that runs the online
// mode, paused and reopened, retired for good; each answer as the API shows it, with its counts.
import { respondentPath, type OnlineLink, type OnlineLinkState } from '#shared/online/schema.ts';
import { problem } from '#shared/problems.ts';
import type { Db } from '../db/open.ts';
import { newToken } from '../auth/tokens.ts';
import {
  findOnlineLink, insertOnlineLink, onlineAccountId, setOnlineLinkState, type OnlineLinkRow,
} from '../repo/online-links.ts';
import { findUnitByNo } from '../repo/surveys.ts';
import { loadSurvey } from './surveys.ts';

export function toOnlineLink(row: OnlineLinkRow): OnlineLink {
  return {
    id: row.id, surveySlug: row.surveySlug, unitNo: row.unitNo, unitName: row.unitName, label: row.label, state: row.state,
    path: respondentPath(row.token), submissions: row.submissions, flagged: row.flagged, createdAt: row.createdAt, createdBy: row.createdBy,
  };
}

/** Makes a link; the survey must run the online mode. Call inside the request's transaction. */
export function createOnlineLink(
  db: Db, input: { surveySlug: string; unitNo?: string; label?: string }, by: { accountId: number; at: string },
): OnlineLinkRow {
  const loaded = loadSurvey(db, input.surveySlug);
  if (!loaded) throw problem('survey.notFound', { survey: input.surveySlug });
  if (!loaded.survey.modes.includes('online')) throw problem('online.notOnline', { survey: input.surveySlug });
  const unit = input.unitNo === undefined ? undefined : findUnitByNo(db, loaded.id, input.unitNo);
  if (input.unitNo !== undefined && !unit) throw problem('unit.notFound', { unit: input.unitNo });
  onlineAccountId(db, by.at);
  // 16 random bytes: short enough for a QR code a cheap camera reads, far beyond guessing.
  const token = newToken().slice(0, 22);
  const id = insertOnlineLink(db, {
    token, surveyId: loaded.id, unitId: unit?.id ?? null, label: input.label ?? '', sourceId: crypto.randomUUID(),
    createdBy: by.accountId, at: by.at,
  });
  return findOnlineLink(db, id)!;
}

/** Pauses, reopens or retires a link; a retired link stays retired (its QR codes may be printed anywhere). */
export function changeOnlineLinkState(db: Db, row: OnlineLinkRow, state: OnlineLinkState, at: string): OnlineLinkRow {
  if (row.state === 'retired' && state !== 'retired') throw problem('online.linkRetiredForGood');
  if (row.state !== state) setOnlineLinkState(db, row.id, state, at);
  return findOnlineLink(db, row.id)!;
}
