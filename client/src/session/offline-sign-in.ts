// Signing in again without a network (decision 0015): an account that signed in online on this device finds its
// verifier here, made at that sign-in; wrong passwords are counted per account and each one past the third makes
// the next try wait longer. This slows a person guessing at the sign-in page; it cannot stop someone who copies
// the browser's storage (they guess against the slow hash instead, and the counter is theirs to reset).
import type { Message } from '#shared/i18n/message.ts';
import type { PhieuDb } from '../db/db.ts';
import { checkVerifier, type OfflineVerifier } from './offline-verifier.ts';

type OfflineRecord = { verifier: OfflineVerifier; failures: number; retryAt: number | null };

const FREE_TRIES = 3;
const FIRST_DELAY_MS = 30_000;
const MAX_DELAY_MS = 15 * 60_000;

/** How long the next try waits after this many wrong passwords in a row: none for three, then 30 s doubling to 15 min. */
export function retryDelayMs(failures: number): number {
  if (failures < FREE_TRIES) return 0;
  return Math.min(FIRST_DELAY_MS * 2 ** (failures - FREE_TRIES), MAX_DELAY_MS);
}

/** A refusal of an offline sign-in, said in the user's language (device.offlineSignIn.*). */
export class OfflineSignInError extends Error {
  constructor(readonly refusal: Message) {
    super(refusal.code);
    this.name = 'OfflineSignInError';
  }
}

const recordKey = (accountId: number) => `offlineSignIn:${accountId}`;

/** Replaces the account's verifier after an online sign-in the server accepted, and forgets its wrong tries. */
export async function storeVerifier(db: PhieuDb, accountId: number, verifier: OfflineVerifier): Promise<void> {
  const record: OfflineRecord = { verifier, failures: 0, retryAt: null };
  await db.settings.put({ key: recordKey(accountId), value: record });
}

/** The account id when the password matches this device's verifier of the username; otherwise a refusal is thrown. */
export async function verifyOffline(db: PhieuDb, username: string, password: string, nowMs: number): Promise<number> {
  const name = username.trim().toLowerCase();
  const account = (await db.accounts.toArray()).find((row) => row.account.username.toLowerCase() === name);
  const stored = account && (await db.devices.get(account.id)) ? (await db.settings.get(recordKey(account.id)))?.value : undefined;
  if (!account || !isRecord(stored)) throw new OfflineSignInError({ code: 'device.offlineSignIn.unknown' });
  if (stored.retryAt !== null && nowMs < stored.retryAt) {
    throw new OfflineSignInError({ code: 'device.offlineSignIn.wait', params: { seconds: Math.ceil((stored.retryAt - nowMs) / 1000) } });
  }
  const good = await checkVerifier(stored.verifier, password);
  const failures = good ? 0 : stored.failures + 1;
  const delay = retryDelayMs(failures);
  const record: OfflineRecord = { verifier: stored.verifier, failures, retryAt: delay > 0 ? nowMs + delay : null };
  await db.settings.put({ key: recordKey(account.id), value: record });
  if (!good) throw new OfflineSignInError({ code: 'device.offlineSignIn.wrong' });
  return account.id;
}

function isRecord(value: unknown): value is OfflineRecord {
  return (value as Partial<OfflineRecord> | undefined)?.verifier?.hash instanceof Uint8Array;
}
