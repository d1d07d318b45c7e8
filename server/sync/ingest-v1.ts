// Protocol 1 ingest: a batch is one work of a group commit (server/db/group-commit.ts), stored whole or not at all,
// one receipt per interview. Decides each outcome in the order of docs/sync-protocol.md §3: duplicate, another
// account's interview, disabled account or lapsed device, conflict, rejected, updated or accepted.
import { isoAt } from '#shared/clock.ts';
import type { Account } from '#shared/accounts/schema.ts';
import type { ReceiptItem } from '#shared/interview/receipt.ts';
import { problem } from '#shared/problems.ts';
import type { BatchResponseV1, BatchV1 } from '#shared/sync/messages.ts';
import { syncReason } from '#shared/sync/reasons.ts';
import type { Deps } from '../deps.ts';
import { commitInGroup } from '../db/group-commit.ts';
import type { Db } from '../db/open.ts';
import { findBatch, insertBatch } from '../repo/batches.ts';
import { recordDeviceClock } from '../repo/device-clocks.ts';
import { findInterview, findRevisionHash } from '../repo/interviews.ts';
import { replaceInventory } from '../repo/inventory.ts';
import { parseInterview, placeInterview, type Parsed } from './check-interview.ts';
import { serialWatch, type SerialWatch } from './flags.ts';
import { sha256 } from './hash.ts';
import { setAside, type QuarantineRoom, type Uploader } from './quarantine.ts';
import { quotaTally, type QuotaTally } from './quota-tally.ts';
import { storeInterview } from './store-interview.ts';
import { surveyLookup, type SurveyContext } from './survey-context.ts';

/** `lapsed`: the device's token was revoked or expired; it may still hand in, to quarantine, and nothing else. */
export type DeviceCaller = { account: Account; deviceId: string; lapsed?: 'revoked' | 'expired' };

type Batch = Uploader & {
  room?: QuarantineRoom; lapsed: DeviceCaller['lapsed'];
  lookup: (slug: string) => SurveyContext | undefined; tally: QuotaTally; serials: SerialWatch; clockOffsetMs: number; at: string;
};

function ingestOne(db: Db, batch: Batch, parsed: Parsed): ReceiptItem {
  if (!parsed.ok) {
    setAside(db, batch, { kind: 'rejected', raw: parsed, reason: parsed.reason });
    return { id: idOf(parsed.record), outcome: 'rejected', flags: [], reason: parsed.reason };
  }
  const { interview, hash } = parsed;
  const held = findInterview(db, interview.id);
  // A safe retry first: whatever else changed since (a disabled account, a retired version), it is already here.
  if (held && ((held.revision === interview.revision && held.content_hash === hash)
    || (interview.revision < held.revision && findRevisionHash(db, held, interview.revision) === hash))) {
    return { id: interview.id, outcome: 'duplicate', flags: JSON.parse(held.flags) as ReceiptItem['flags'], revision: held.revision };
  }
  // Ownership: only the account that holds the interview (an admin may reassign it) sends new revisions of it.
  // Anyone else meets a conflict that tells nothing of what is stored — no revision, no status, no unit.
  if (held && held.account_id !== batch.account.id) {
    const reason = syncReason('notOwner');
    setAside(db, batch, { kind: 'conflict', raw: parsed, interview, reason });
    return { id: interview.id, outcome: 'conflict', flags: [], baseRevision: interview.baseRevision, reason };
  }
  if (batch.account.disabled || batch.lapsed) {
    const reason = syncReason(batch.account.disabled ? 'accountDisabled' : batch.lapsed === 'revoked' ? 'deviceRevoked' : 'deviceExpired');
    setAside(db, batch, { kind: 'disabled', raw: parsed, interview, reason });
    return { id: interview.id, outcome: 'rejected', flags: [], reason, ...(held ? { revision: held.revision } : {}) };
  }
  if (held && interview.baseRevision !== held.revision) {
    // Reported as sent: a new interview (base null) whose id the server holds is not "based on revision 0".
    const { revision, baseRevision } = interview;
    const reason = baseRevision === null
      ? syncReason('conflictNew', { revision, serverRevision: held.revision })
      : syncReason('conflict', { revision, baseRevision, serverRevision: held.revision });
    setAside(db, batch, { kind: 'conflict', raw: parsed, interview, reason });
    return { id: interview.id, outcome: 'conflict', flags: [], revision: held.revision, baseRevision, reason };
  }
  const placed = placeInterview(db, interview, batch.account, batch.lookup);
  if (!placed.ok) {
    setAside(db, batch, { kind: 'rejected', raw: parsed, interview, reason: placed.reason });
    return {
      id: interview.id, outcome: 'rejected', flags: [], reason: placed.reason,
      ...(held ? { revision: held.revision } : {}), ...(placed.issues ? { issues: placed.issues } : {}),
    };
  }
  const flags = storeInterview(db, batch.tally, batch.serials, {
    interview, record: parsed.record, hash, context: placed.context, unit: placed.unit, accountId: batch.account.id,
    deviceId: batch.deviceId, clockOffsetMs: batch.clockOffsetMs, at: batch.at,
  }, held);
  return { id: interview.id, outcome: held ? 'updated' : 'accepted', flags, revision: interview.revision };
}

/** The id of an interview that failed its parse: the batch envelope guarantees a UUID `id`. */
function idOf(record: string): string {
  return (JSON.parse(record) as { id: string }).id;
}

/**
 * Where a batch came from. A hand-over file (server/handover/) was written days before it arrives: its `sentAt` says
 * nothing of the device's clock, so the offset last measured by a sync is used (0 if none) and not recorded, and the
 * device's inventory is left as its last sync reported it.
 */
export type BatchSource = { via: 'sync' } | { via: 'file'; clockOffsetMs: number };

export function ingestBatchV1(deps: Pick<Deps, 'db' | 'clock'>, caller: DeviceCaller, body: BatchV1, source: BatchSource = { via: 'sync' }): Promise<BatchResponseV1> {
  const { db } = deps;
  const now = deps.clock.now();
  const at = isoAt(now);
  // Parsing and hashing are pure: done before the transaction so the write lock is held as briefly as possible.
  const parsed = body.interviews.map(parseInterview);
  const interviewsHash = sha256(parsed.map((p) => p.hash).join('\n'));

  // Committed with the batches of other devices that arrive together: one fsync for all (server/db/group-commit.ts).
  return commitInGroup(db, (): BatchResponseV1 => {
    const stored = findBatch(db, body.batchId);
    if (stored) {
      // The response was lost, or two copies crossed: answer with what was decided the first time.
      if (stored.device_id !== caller.deviceId || stored.interviews_hash !== interviewsHash) {
        throw problem('sync.batchReused', { batchId: body.batchId });
      }
      return {
        protocol: 1, batchId: body.batchId, serverTime: at, clockOffsetMs: stored.clock_offset_ms, replay: true,
        receipts: JSON.parse(stored.receipts) as ReceiptItem[],
      };
    }
    const clockOffsetMs = source.via === 'file' ? source.clockOffsetMs : Math.round(now - Date.parse(body.sentAt));
    if (source.via === 'sync') recordDeviceClock(db, caller.deviceId, clockOffsetMs, at);
    if (body.inventory && source.via === 'sync') replaceInventory(db, caller.deviceId, body.inventory, at);
    const batch: Batch = {
      account: caller.account, deviceId: caller.deviceId, batchId: body.batchId, at, clockOffsetMs,
      lapsed: caller.lapsed,
      lookup: surveyLookup(db, caller.account), tally: quotaTally(db),
      serials: serialWatch(db, parsed.flatMap((p) => (p.ok && p.interview.serial !== undefined ? [p.interview.serial] : []))),
    };
    const receipts = parsed.map((p) => ingestOne(db, batch, p));
    insertBatch(db, {
      id: body.batchId, via: source.via, deviceId: caller.deviceId, accountId: caller.account.id, protocol: 1, interviewsHash,
      sentAt: body.sentAt, clockOffsetMs, receivedAt: at, receipts,
    });
    return { protocol: 1, batchId: body.batchId, serverTime: at, clockOffsetMs, replay: false, receipts };
  });
}
