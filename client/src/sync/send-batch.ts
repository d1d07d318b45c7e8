// Step 2 of an upload: one batch to the server, outside any IndexedDB transaction. Only an answer that parses
// against the protocol's schema and answers this very batch counts: anything else (a captive portal's or a
// proxy's HTML with 200) is a failure, and nothing is marked synced.
import type { Interview } from '#shared/interview/schema.ts';
import {
  BatchResponseV1Schema, CURRENT_SYNC_PROTOCOL, type BatchResponseV1, type BatchV1, type InventoryItem,
} from '#shared/sync/messages.ts';
import { ApiError, request } from '../api/http.ts';

export function buildBatch(deviceId: string, interviews: readonly Interview[], inventory: readonly InventoryItem[], sentAt: string): BatchV1 {
  return {
    protocol: CURRENT_SYNC_PROTOCOL, batchId: crypto.randomUUID(), deviceId, sentAt,
    interviews: [...interviews], inventory: [...inventory],
  };
}

export async function sendBatch(batch: BatchV1, token: string): Promise<BatchResponseV1> {
  const answer = await request('/api/sync/batches', BatchResponseV1Schema, { method: 'POST', json: batch, token });
  // A well-formed answer to some other batch (a caching proxy) is no receipt for this one.
  const sent = new Set(batch.interviews.map((interview) => interview.id));
  if (answer.batchId !== batch.batchId || answer.receipts.some((receipt) => !sent.has(receipt.id))) {
    throw new ApiError('network', 'unreadable', 200);
  }
  return answer;
}
