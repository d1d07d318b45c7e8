// Imports a hand-over file through the sync ingest (server/sync/ingest-v1.ts) as the signing device's account: the
// same checks, flags, quarantine and receipts as if the device had synced. Each import is a batch of its own, so a
// second import of the same file answers every interview `duplicate` and stores nothing new.
import { randomUUID } from 'node:crypto';
import type { HandoverItem, ImportHandoverResponse } from '#shared/handover/schema.ts';
import { problem } from '#shared/problems.ts';
import type { AuditEntry } from '../audit/record.ts';
import type { Deps } from '../deps.ts';
import { findAccountById, withoutSecret } from '../repo/accounts.ts';
import { findDeviceClock } from '../repo/device-clocks.ts';
import { findSurveyBySlug } from '../repo/surveys.ts';
import { ingestBatchV1 } from '../sync/ingest-v1.ts';
import { openHandoverFile } from './open-file.ts';

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/** `deps`: only the database, the clock and the key, so `npm run import` calls it without an app. */
export async function importHandover(deps: Pick<Deps, 'db' | 'clock' | 'handover'>, content: string): Promise<ImportHandoverResponse> {
  const { file, device, batch } = openHandoverFile(deps.db, deps.handover, content);
  // A survey this server does not have is a file for another server's survey (or a typo'd test): refused whole,
  // before anything is stored or set aside.
  for (const interview of batch.interviews) {
    const slug = text(interview.surveySlug);
    if (slug !== null && !findSurveyBySlug(deps.db, slug)) throw problem('handover.unknownSurvey', { survey: slug });
  }
  const owner = findAccountById(deps.db, device.accountId);
  if (!owner) throw problem('handover.unknownDevice', { device: device.id.slice(0, 8) });
  const account = withoutSecret(owner);
  const lapsed = device.revokedAt ? 'revoked' as const : undefined;
  const batchId = randomUUID();
  const answer = await ingestBatchV1(deps, { account, deviceId: device.id, ...(lapsed ? { lapsed } : {}) }, {
    ...batch, batchId,
  }, { via: 'file', clockOffsetMs: findDeviceClock(deps.db, device.id)?.clockOffsetMs ?? 0 });
  const items = answer.receipts.map((receipt, i): HandoverItem => {
    const sent = batch.interviews[i];
    return { receipt, surveySlug: text(sent?.surveySlug), unitNo: text(sent?.unitNo), serial: text(sent?.serial) };
  });
  return {
    deviceId: device.id, batchId, createdAt: file.createdAt, quarantined: account.disabled || lapsed !== undefined, items,
    account: { id: account.id, username: account.username, displayName: account.displayName },
  };
}

/** What the audit log keeps of an import (the admin page's and `npm run import`'s alike): the file, whose work, the batch, the tally. */
export function handoverAuditEntry(result: ImportHandoverResponse, fileName: string): AuditEntry {
  const count = (outcome: string) => result.items.filter((item) => item.receipt.outcome === outcome).length;
  return {
    action: 'handover.import', target: `device:${result.deviceId}`,
    after: {
      file: fileName, account: result.account.username, batch: result.batchId, interviews: result.items.length,
      accepted: count('accepted') + count('updated'), duplicate: count('duplicate'), quarantined: result.quarantined,
    },
  };
}
