// Sets an interview aside for a person: the payload as it arrived (canonical JSON), the reason as a message code, and
// who sent it from where. Nothing the field sends is lost, even when refused — within a per-device limit: a device
// with too much waiting (a broken app, or someone feeding junk) has its batch refused whole (429), and keeps it.
import type { Account } from '#shared/accounts/schema.ts';
import type { Message } from '#shared/i18n/message.ts';
import type { Interview } from '#shared/interview/schema.ts';
import { problem } from '#shared/problems.ts';
import type { Db } from '../db/open.ts';
import { countOpenOfDevice, quarantineInterview, type QuarantineKind } from '../repo/quarantine.ts';

/** Open (unresolved) items one device may have waiting, and their payloads' total size in bytes. Far above what an
 * enumerator's device holds in a field week (a few hundred interviews of a few KB). */
export const QUARANTINE_LIMITS = { items: 2000, bytes: 64 * 1024 * 1024 };

export type Uploader = { account: Account; deviceId: string; batchId: string; at: string };

/** How much more the device may set aside: read at a batch's first item set aside (most batches have none), then
 * counted down by the batch itself. */
export type QuarantineRoom = { items: number; bytes: number };

export function quarantineRoom(db: Db, deviceId: string, limits = QUARANTINE_LIMITS): QuarantineRoom {
  const open = countOpenOfDevice(db, deviceId);
  return { items: limits.items - open.n, bytes: limits.bytes - open.bytes };
}

export function setAside(
  db: Db, from: Uploader & { room?: QuarantineRoom },
  item: { kind: QuarantineKind; raw: { record: string; hash: string }; interview?: Interview; reason: Message },
): void {
  const { interview, raw } = item;
  const room = (from.room ??= quarantineRoom(db, from.deviceId));
  room.items -= 1;
  room.bytes -= Buffer.byteLength(raw.record);
  if (room.items < 0 || room.bytes < 0) throw problem('sync.quarantineFull');
  quarantineInterview(db, {
    kind: item.kind,
    interviewId: interview?.id ?? (JSON.parse(raw.record) as { id: string }).id,
    revision: interview?.revision ?? null,
    surveySlug: interview?.surveySlug ?? null,
    unitNo: interview?.unitNo ?? null,
    batchId: from.batchId, deviceId: from.deviceId, accountId: from.account.id,
    reason: item.reason, payload: raw.record, payloadHash: raw.hash, at: from.at,
  });
}
