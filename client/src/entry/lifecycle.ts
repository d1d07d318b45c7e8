// Finish, reopen and void on the device, each one queued write (behind the draft's pending answers) through
// updateInterview, so the outbox row moves with the interview. The rules are the shared ones: finalizeAnswers
// at finish, canReopen until the server has the form, voidInterview keeps the record with its reason.
import { canReopen, voidInterview } from '#shared/entry/void.ts';
import type { EntryMessage } from '#shared/entry/message.ts';
import { nextStatus } from '#shared/interview/lifecycle.ts';
import type { Interview, KeyingStats } from '#shared/interview/schema.ts';
import type { CompiledQuestionnaire } from '#shared/survey/compile.ts';
import { finalizeAnswers } from '#shared/survey/engine.ts';
import type { Notice } from '#shared/survey/issues.ts';
import type { PhieuDb } from '../db/db.ts';
import { updateInterview } from '../db/drafts.ts';
import type { WriteFailure } from '../db/write-interview.ts';

export type FinishResult = { ok: true; interview: Interview; notices: Notice[] } | { ok: false; reason: WriteFailure };

/** A form keyed in several sittings (reopened, corrected) carries the sum of their statistics. */
function addStats(before: KeyingStats | undefined, now: KeyingStats): KeyingStats {
  if (!before) return now;
  return {
    keys: before.keys + now.keys, corrections: before.corrections + now.corrections,
    seconds: Math.round((before.seconds + now.seconds) * 1000) / 1000, verified: now.verified,
  };
}

/**
 * Finishes a draft: off-path answers become -1 (one notice each), status finished, finishedAt stamped, and a
 * keyed paper form's keying statistics added to the record.
 */
export async function finishInterview(
  db: PhieuDb, accountId: number, id: string, compiled: CompiledQuestionnaire, now: string, keying?: KeyingStats,
): Promise<FinishResult> {
  let notices: Notice[] = [];
  const result = await updateInterview(db, accountId, id, now, (current) => {
    const status = nextStatus(current.status, 'finish');
    if (status === null || current.voided !== undefined) return null;
    const finalized = finalizeAnswers(compiled, current.answers, { unitNo: current.unitNo });
    notices = finalized.notices;
    const stats = keying ? { keying: addStats(current.keying, keying) } : {};
    return { ...current, ...stats, answers: finalized.answers, status, times: { ...current.times, updatedAt: now, finishedAt: now } };
  });
  return result.ok ? { ok: true, interview: result.interview, notices } : result;
}

/** Back to draft for a correction; refused (notEditable) once the server has received it. */
export function reopenInterview(db: PhieuDb, accountId: number, id: string, now: string) {
  return updateInterview(db, accountId, id, now, (current) => {
    const status = canReopen(current) ? nextStatus(current.status, 'reopen') : null;
    return status === null ? null : { ...current, status, times: { ...current.times, updatedAt: now } };
  });
}

export type VoidOutcome = { ok: true } | { ok: false; problem: EntryMessage } | { ok: false; reason: WriteFailure };

/** Voids with a reason: kept on the device (and sent), shown as voided, its serial freed. */
export async function voidStored(db: PhieuDb, accountId: number, id: string, reason: string, now: string): Promise<VoidOutcome> {
  let problem: EntryMessage | undefined;
  const result = await updateInterview(db, accountId, id, now, (current) => {
    const voided = voidInterview(current, reason, now);
    if (!voided.ok) { problem = voided.problem; return null; }
    return voided.interview;
  });
  if (problem) return { ok: false, problem };
  return result.ok ? { ok: true } : { ok: false, reason: result.reason };
}
