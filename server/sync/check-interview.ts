// The checks one uploaded interview goes through, each answering data (never throwing): first its shape, then
// against the survey as the server holds it (version, unit, assignment, answers through the shared engine).
import type { Account } from '#shared/accounts/schema.ts';
import type { Message } from '#shared/i18n/message.ts';
import { InterviewSchema, type Interview } from '#shared/interview/schema.ts';
import { evaluate } from '#shared/survey/engine.ts';
import type { Issue } from '#shared/survey/issues.ts';
import { MAX_NESTING_DEPTH } from '#shared/sync/messages.ts';
import { syncReason } from '#shared/sync/reasons.ts';
import type { Db } from '../db/open.ts';
import type { UnitRow } from '../repo/surveys.ts';
import { canonicalWithHash } from './hash.ts';
import { cutAt, nestsDeeperThan } from './nesting.ts';
import { compiledVersion, type SurveyContext } from './survey-context.ts';

export type Parsed =
  | { ok: true; interview: Interview; record: string; hash: string }
  | { ok: false; reason: Message; record: string; hash: string };

/** Levels of an over-deep interview kept in quarantine: all a real interview uses (three) and one more. */
export const TOO_DEEP_KEPT_LEVELS = 4;

/** Parses one interview of a batch on its own; a bad one is rejected without touching the others. */
export function parseInterview(raw: unknown): Parsed {
  if (nestsDeeperThan(raw, MAX_NESTING_DEPTH)) {
    // Kept cut short: the recursive canonical JSON must never walk a hostile depth, and a copy cut at the limit
    // could still be megabytes of brackets (measured: a 7 MB body of them took seconds instead of milliseconds).
    const { text, hash } = canonicalWithHash(cutAt(raw, TOO_DEEP_KEPT_LEVELS));
    return { ok: false, reason: syncReason('tooDeep', { max: MAX_NESTING_DEPTH }), record: text, hash };
  }
  const parsed = InterviewSchema.safeParse(raw);
  if (!parsed.success) {
    const { text, hash } = canonicalWithHash(raw);
    const first = parsed.error.issues[0];
    return { ok: false, reason: syncReason('invalidRecord', { path: first?.path.join('.') || '(interview)', issue: first?.code ?? 'invalid' }), record: text, hash };
  }
  const interview = parsed.data;
  const { text, hash } = canonicalWithHash(interview);
  if (interview.baseRevision !== null && interview.revision <= interview.baseRevision) {
    return { ok: false, reason: syncReason('invalidRecord', { path: 'revision', issue: 'not_after_base' }), record: text, hash };
  }
  if (interview.status !== 'finished' && interview.voided === undefined) {
    return { ok: false, reason: syncReason('notFinished', { status: interview.status }), record: text, hash };
  }
  return { ok: true, interview, record: text, hash };
}

export type Placed =
  | { ok: true; context: SurveyContext; unit: UnitRow }
  | { ok: false; reason: Message; issues?: Issue[] };

/** Checks an interview against the survey it names and the account that sends it. */
export function placeInterview(db: Db, interview: Interview, account: Account, lookup: (slug: string) => SurveyContext | undefined): Placed {
  if (interview.accountId !== account.id) return { ok: false, reason: syncReason('accountMismatch', { accountId: interview.accountId }) };
  const context = lookup(interview.surveySlug);
  if (!context) return { ok: false, reason: syncReason('surveyUnknown', { survey: interview.surveySlug }) };
  const versionParams = { survey: interview.surveySlug, version: interview.questionnaireVersion };
  const version = context.versions.get(interview.questionnaireVersion);
  if (!version || version.status === 'draft') return { ok: false, reason: syncReason('versionUnknown', versionParams) };
  if (version.status === 'retired') return { ok: false, reason: syncReason('versionRetired', versionParams) };
  const unit = context.units.get(interview.unitNo);
  if (!unit) return { ok: false, reason: syncReason('unitUnknown', { unit: interview.unitNo }) };
  if (context.assigned && !context.assigned.has(unit.no)) return { ok: false, reason: syncReason('unitNotAssigned', { unit: unit.no }) };
  // A voided interview keeps whatever answers it had when it was voided: they are not checked again.
  if (interview.voided === undefined) {
    const { issues } = evaluate(compiledVersion(db, context.id, version), interview.answers, { unitNo: unit.no, stage: 'finish' });
    if (issues.length > 0) {
      const questions = [...new Set(issues.map((issue) => issue.paperNumber))].join(', ');
      return { ok: false, reason: syncReason('invalidAnswers', { count: issues.length, questions }), issues };
    }
  }
  return { ok: true, context, unit };
}
