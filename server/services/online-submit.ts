// One online submission (decision 0021), in one transaction: a replay answered with its first receipt; the link,
// the window by the server's clock (and the grace period, from the page's signed ticket) and the minimum age
// checked; then the same checks and store as a synced interview (server/sync), under the online account and the
// link's source id, mode "online". A late one carries outside_window; the same answers from the same address
// within minutes carry the review's same_answers flag, the earlier ones too.
import { isoAt } from '#shared/clock.ts';
import type { Interview } from '#shared/interview/schema.ts';
import type { RespondentReceipt, RespondentSubmission } from '#shared/online/schema.ts';
import { admit } from '#shared/online/window.ts';
import { problem } from '#shared/problems.ts';
import type { Db } from '../db/open.ts';
import { findAccountById, withoutSecret } from '../repo/accounts.ts';
import { findInterview, setInterviewFlags } from '../repo/interviews.ts';
import { onlineAccountId } from '../repo/online-links.ts';
import { findOnlineSubmission, insertOnlineSubmission, listNearDuplicates, raiseSameAnswers } from '../repo/online-submissions.ts';
import { parseInterview, placeInterview } from '../sync/check-interview.ts';
import { serialWatch, sortFlags } from '../sync/flags.ts';
import { canonicalWithHash } from '../sync/hash.ts';
import { quotaTally } from '../sync/quota-tally.ts';
import { storeInterview } from '../sync/store-interview.ts';
import { surveyLookup } from '../sync/survey-context.ts';
import { readTicket } from '../online/keys.ts';
import { findLinkSurvey, lifecycleState, refuseClosedLink } from '../online/link-survey.ts';

/** Same answers from one address within this many minutes: flagged as a near-duplicate. */
export const NEAR_DUPLICATE_MINUTES = 10;

export type SubmitArgs = { token: string; body: RespondentSubmission; addressHash: string; nowMs: number; key: Buffer };

export function submitOnline(db: Db, args: SubmitArgs): RespondentReceipt {
  const { body, nowMs } = args;
  const found = findLinkSurvey(db, args.token);
  const answersHash = canonicalWithHash(body.answers).hash;
  // A safe retry first, whatever changed since (the window closed, the link was paused): the same receipt.
  const held = findOnlineSubmission(db, body.id);
  if (held) {
    if (held.linkId !== found.link.id || held.answersHash !== answersHash) throw problem('online.idReused');
    return { id: body.id, receivedAt: held.receivedAt };
  }
  if (findInterview(db, body.id)) throw problem('online.idReused');
  refuseClosedLink(found);
  const startedMs = readTicket(args.key, found.link.id, body.ticket);
  if (startedMs === undefined || startedMs > nowMs) throw problem('online.badTicket');
  const overruled = lifecycleState(found);
  if (overruled) throw problem(overruled === 'before' ? 'online.notYetOpen' : 'online.closed');
  const admission = admit(found.window, startedMs, nowMs, found.graceMinutes);
  if (!admission.ok) throw problem(admission.why === 'before' ? 'online.notYetOpen' : 'online.closed');
  const at = isoAt(nowMs);
  // The honeypot: a person never sees the field. A robot is told it worked, and nothing is kept.
  if (body.website) return { id: body.id, receivedAt: at };

  const unitNo = found.link.unitNo ?? body.unitNo;
  const minAge = found.survey.minAge;
  const age = minAge && body.answers[minAge.variable];
  if (minAge && typeof age === 'number' && age < minAge.years) throw problem('online.underAge', { years: minAge.years });
  const accountId = onlineAccountId(db, at);
  const account = withoutSecret(findAccountById(db, accountId)!);
  const raw: Interview = {
    id: body.id, surveySlug: found.link.surveySlug, questionnaireVersion: body.questionnaireVersion, mode: 'online',
    entry: 'interview', unitNo, accountId, deviceId: found.link.sourceId, answers: body.answers,
    times: { startedAt: body.startedAt, updatedAt: body.sentAt, finishedAt: body.sentAt },
    revision: 1, baseRevision: null, status: 'finished', practice: false,
  };
  const parsed = parseInterview(raw);
  if (!parsed.ok) throw problem('online.answersRefused', { ...parsed.reason.params, reason: parsed.reason.code });
  // The link's answers go to any unit of its survey: no assignment applies to the online account.
  const lookup = surveyLookup(db, account);
  const placed = placeInterview(db, parsed.interview, account, (slug) => {
    const context = lookup(slug);
    return context && { ...context, assigned: null };
  });
  if (!placed.ok) throw problem('online.answersRefused', { ...placed.reason.params, reason: placed.reason.code });

  // Device times are the device's: the record keeps them; the offset measured now lets the flags correct them.
  const clockOffsetMs = Math.round(nowMs - Date.parse(body.sentAt));
  let flags: string[] = storeInterview(db, quotaTally(db), serialWatch(db, []), {
    interview: parsed.interview, record: parsed.record, hash: parsed.hash, context: placed.context, unit: placed.unit,
    accountId, deviceId: found.link.sourceId, clockOffsetMs, at,
  });
  const onlineFlags: string[] = [];
  if (admission.late) {
    onlineFlags.push('late');
    flags = sortFlags([...flags, 'outside_window']);
    setInterviewFlags(db, body.id, flags);
  }
  const since = isoAt(nowMs - NEAR_DUPLICATE_MINUTES * 60_000);
  const earlier = listNearDuplicates(db, args.addressHash, answersHash, since);
  if (earlier.length > 0) {
    onlineFlags.push('near_duplicate');
    raiseSameAnswers(db, [...earlier, body.id]);
  }
  insertOnlineSubmission(db, { interviewId: body.id, linkId: found.link.id, addressHash: args.addressHash, answersHash, flags: onlineFlags, at });
  return { id: body.id, receivedAt: at };
}
