// Online self-completion in tests and benches: a survey running the online mode in a window around the test clock,
// links made through the service, and submission bodies with answers the engine accepts (decision 0021).
import { generateInterviews } from '#shared/demo/generate-interviews.ts';
import type { RespondentSubmission } from '#shared/online/schema.ts';
import { wholeDaysWindow, type SurveySettings } from '#shared/survey/settings.ts';
import type { Answers } from '#shared/survey/answer.ts';
import type { Db } from '#server/db/open.ts';
import { findAccountByUsername } from '#server/repo/accounts.ts';
import { findSurveyBySlug } from '#server/repo/surveys.ts';
import { createOnlineLink } from '#server/services/online-links.ts';
import { loadPublishedVersions } from '#server/services/surveys.ts';
import { makeSurvey } from '../server/support/surveys.ts';

/** Seed 000's shape (direct and online, 18 or older) with the online window given (default: all of 2026). */
export function onlineSettings(slug: string, online = { start: '2026-01-01T07:30:00+07:00', end: '2026-12-31T16:30:00+07:00' }): SurveySettings {
  return {
    title: 'Trách nhiệm nêu gương của người đứng đầu', slug, modes: ['direct', 'online'], officeName: 'Ban Tuyên giáo Tỉnh ủy',
    purpose: 'Nắm bắt ý kiến trung thực, khách quan của cán bộ, đảng viên và Nhân dân.',
    windows: { direct: wholeDaysWindow('2026-01-01', '2026-12-31'), online },
    minAge: { years: 18, variable: 'c2' }, onlineGraceMinutes: 30,
  };
}

/** Makes the survey (once per database) and returns its slug. */
export function ensureOnlineSurvey(db: Db, slug = 'truc-tuyen', online?: { start: string; end: string }): string {
  if (!findSurveyBySlug(db, slug)) makeSurvey(db, onlineSettings(slug, online), { open: true });
  return slug;
}

/** A link made as the demo admin; `unitNo` absent: the survey's link. Returns its token. */
export function makeOnlineLink(db: Db, slug: string, unitNo?: string, at = '2026-05-28T01:00:00.000Z'): { id: number; token: string } {
  const admin = findAccountByUsername(db, 'admin')!;
  const row = createOnlineLink(db, { surveySlug: slug, ...(unitNo === undefined ? {} : { unitNo }) }, { accountId: admin.id, at });
  return { id: row.id, token: row.token };
}

/** Answers the engine accepts for this unit (a respondent aged 18 or more), varied by `seed`. */
export function validAnswers(db: Db, slug: string, unitNo: string, seed = 1): Answers {
  const version = loadPublishedVersions(db, findSurveyBySlug(db, slug)!.id)[0]!;
  const answers = generateInterviews({ version, unitNos: [unitNo], count: 1, seed })[0]!.answers;
  return { ...answers, c2: Math.max(18, typeof answers.c2 === 'number' ? answers.c2 : 18) };
}

/** A body sent at `at` (device clock) of a form begun ten minutes before (not too short to count). */
export function submission(answers: Answers, unitNo: string, ticket: string, at: string, id: string = crypto.randomUUID()): RespondentSubmission {
  return { id, unitNo, questionnaireVersion: 1, answers, ticket, startedAt: new Date(Date.parse(at) - 10 * 60_000).toISOString(), sentAt: at };
}
