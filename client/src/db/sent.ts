// The sent list (issue 16): written with the receipt that stored the form, refreshed from the device state
// with what the server says of each form now, read for the home screen and the review page.
import type { HeldInterview } from '#shared/api/device.ts';
import type { PhieuDb } from './db.ts';
import type { SentRow } from './rows.ts';

const PLAIN: Pick<HeldInterview, 'status' | 'flags'> = { status: 'received', flags: [] };

/**
 * The server's status and flags of the account's sent forms, as the device state brought them down: a flag
 * raised after the receipt (the same serial uploaded later by another device) reaches the phone here. A sent form
 * of the state's surveys that `held` does not list is received without flags (a cleared flag clears here).
 */
export async function applyHeld(db: PhieuDb, accountId: number, held: readonly HeldInterview[], surveys: ReadonlySet<string>): Promise<number> {
  const byId = new Map(held.map((h) => [h.id, h]));
  return db.transaction('rw', db.sent, async () => {
    let changed = 0;
    await db.sent.where('accountId').equals(accountId).modify((row) => {
      const now = byId.get(row.interviewId) ?? (surveys.has(row.surveySlug) ? PLAIN : undefined);
      if (!now || now.status === 'draft' || now.status === 'finished') return;
      if (now.status === row.status && now.flags.join() === row.flags.join()) return;
      row.status = now.status;
      row.flags = now.flags;
      changed++;
    });
    return changed;
  });
}

/** The account's sent forms, the newest first. */
export async function listSent(db: PhieuDb, accountId: number): Promise<SentRow[]> {
  const rows = await db.sent.where('accountId').equals(accountId).toArray();
  return rows.sort((a, b) => b.sentAt.localeCompare(a.sentAt));
}

export async function loadSent(db: PhieuDb, accountId: number, id: string): Promise<SentRow | undefined> {
  const row = await db.sent.get(id);
  return row?.accountId === accountId ? row : undefined;
}
