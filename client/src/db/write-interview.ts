// The one way an interview is written on the device: the interview and its outbox row in one IndexedDB
// transaction, so no change can go untracked by sync. A failed write (storage full, a bug) aborts both, leaves
// everything saved before it as it was, and comes back as data for the screen to show at once.
import type { Interview } from '#shared/interview/schema.ts';
import type { PhieuDb } from './db.ts';
import type { OutboxRow } from './rows.ts';

export type WriteFailure = 'notFound' | 'notEditable' | 'storageFull' | 'invalid' | 'failed';
export type WriteResult = { ok: true; interview: Interview } | { ok: false; reason: WriteFailure };

/** Thrown inside the transaction to abort it with a known reason; never escapes this module. */
class Refusal extends Error {
  constructor(readonly reason: WriteFailure) { super(reason); }
}

/**
 * Reads the interview (scoped to the account), applies `change`,
 * and writes it with its outbox row. `change` returns null to refuse (the screen learns `notEditable`).
 */
export async function writeInterview(
  db: PhieuDb, accountId: number, id: string, now: string,
  change: (current: Interview) => Interview | null,
): Promise<WriteResult> {
  return commit(db, async () => {
    const current = await db.interviews.get(id);
    if (!current || current.accountId !== accountId) throw new Refusal('notFound');
    const next = change(current);
    if (next === null) throw new Refusal('notEditable');
    return put(db, next, now);
  });
}

/** Stores a brand-new interview (a new draft) with its outbox row. */
export async function insertInterview(db: PhieuDb, interview: Interview, now: string): Promise<WriteResult> {
  return commit(db, async () => {
    if (await db.interviews.get(interview.id)) throw new Refusal('invalid');
    return put(db, interview, now);
  });
}

async function put(db: PhieuDb, interview: Interview, now: string): Promise<Interview> {
  // Stored as given, never refused for its shape: what was typed is kept, and the server's check at receipt
  // (the validation boundary) sends a malformed interview back for correction with its reasons.
  const previous = await db.outbox.get(interview.id);
  const row: OutboxRow = {
    interviewId: interview.id, accountId: interview.accountId, surveySlug: interview.surveySlug, unitNo: interview.unitNo,
    status: interview.status, change: (previous?.change ?? 0) + 1, queuedAt: previous?.queuedAt ?? now, changedAt: now,
  };
  await db.interviews.put(interview);
  await db.outbox.put(row);
  return interview;
}

async function commit(db: PhieuDb, work: () => Promise<Interview>): Promise<WriteResult> {
  try {
    const interview = await db.transaction('rw', db.interviews, db.outbox, work);
    return { ok: true, interview };
  } catch (error) {
    return { ok: false, reason: reasonOf(error) };
  }
}

function reasonOf(error: unknown): WriteFailure {
  if (error instanceof Refusal) return error.reason;
  // Dexie wraps the browser's error; either may carry the name, and an abort may hide it as its inner error.
  const names = [error, (error as { inner?: unknown })?.inner].map((e) => (e as { name?: unknown })?.name);
  return names.includes('QuotaExceededError') ? 'storageFull' : 'failed';
}
