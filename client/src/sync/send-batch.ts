// Step 2 of an upload: one batch to the server, outside any IndexedDB transaction. Only an answer that answers
// this very batch in this protocol, with a known outcome for interviews that were sent, counts: anything else (a
// captive portal's or a caching proxy's answer with 200) is a failure, and nothing is marked synced.
import type { Interview } from '#shared/interview/schema.ts';
import { RECEIPT_OUTCOMES } from '#shared/interview/outcomes.ts';
import { CURRENT_SYNC_PROTOCOL, type BatchResponseV1, type BatchV1, type InventoryItem } from '#shared/sync/messages.ts';
import { ApiError, request } from '../api/http.ts';

export function buildBatch(deviceId: string, interviews: readonly Interview[], inventory: readonly InventoryItem[], sentAt: string): BatchV1 {
  return {
    protocol: CURRENT_SYNC_PROTOCOL, batchId: crypto.randomUUID(), deviceId, sentAt,
    interviews: [...interviews], inventory: [...inventory],
  };
}

export async function sendBatch(batch: BatchV1, token: string): Promise<BatchResponseV1> {
  const answer = await request('POST /api/sync/batches', { json: batch, token });
  if (!answersBatch(answer, batch)) throw new ApiError('network', 'unreadable', 200);
  return answer;
}

/** The checks that decide what is marked synced; the rest of the answer's shape is held by the server's tests. */
function answersBatch(answer: BatchResponseV1, batch: BatchV1): boolean {
  const sent = new Set(batch.interviews.map((interview) => interview.id));
  const outcomes: readonly string[] = RECEIPT_OUTCOMES;
  return answer.protocol === batch.protocol && answer.batchId === batch.batchId && Array.isArray(answer.receipts)
    && answer.receipts.every((receipt) => sent.has(receipt.id) && outcomes.includes(receipt.outcome) && Array.isArray(receipt.flags));
}
