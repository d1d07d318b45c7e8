// Sets an interview aside for a person: the payload as it arrived (canonical JSON), the reason as a message code, and
// who sent it from where. Quarantine is never skipped: nothing the field sends is lost, even when refused.
import type { Account } from '#shared/accounts/schema.ts';
import type { Message } from '#shared/i18n/message.ts';
import type { Interview } from '#shared/interview/schema.ts';
import type { Db } from '../db/open.ts';
import { quarantineInterview, type QuarantineKind } from '../repo/quarantine.ts';

export type Uploader = { account: Account; deviceId: string; batchId: string; at: string };

export function setAside(
  db: Db, from: Uploader,
  item: { kind: QuarantineKind; raw: { record: string; hash: string }; interview?: Interview; reason: Message },
): void {
  const { interview } = item;
  quarantineInterview(db, {
    kind: item.kind,
    interviewId: interview?.id ?? (JSON.parse(item.raw.record) as { id: string }).id,
    revision: interview?.revision ?? null,
    surveySlug: interview?.surveySlug ?? null,
    unitNo: interview?.unitNo ?? null,
    batchId: from.batchId, deviceId: from.deviceId, accountId: from.account.id,
    reason: item.reason, payload: item.raw.record, payloadHash: item.raw.hash, at: from.at,
  });
}
