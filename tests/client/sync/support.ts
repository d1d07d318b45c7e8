// A device database with a registered device and finished interviews, and a fake server behind `fetch` that
// answers batches with receipts the test decides (or anything else: HTML, a cut connection, a 401).
import { vi } from 'vitest';
import type { DeviceState } from '#shared/api/device.ts';
import type { ReceiptItem } from '#shared/interview/receipt.ts';
import type { BatchV1 } from '#shared/sync/messages.ts';
import type { PhieuDb } from '#client/db/db.ts';
import { updateInterview } from '#client/db/drafts.ts';
import { AT, DEVICE_ID, demoState, freshDb, startDraft, withKit } from '../support/db.ts';

export const ACCOUNT = 7;
export const TOKEN = 'device-token';

export async function deviceWithKit(units = ['01', '02']): Promise<PhieuDb> {
  const db = freshDb();
  await withKit(db, ACCOUNT, units);
  await db.devices.put({ accountId: ACCOUNT, deviceId: DEVICE_ID, keyPair: {} as CryptoKeyPair, publicKeyJwk: '{}', token: TOKEN, registeredAt: AT });
  return db;
}

export async function finish(db: PhieuDb, id: string, at = '2026-05-28T03:00:00.000Z'): Promise<void> {
  const result = await updateInterview(db, ACCOUNT, id, at, (current) => ({ ...current, status: 'finished', times: { ...current.times, finishedAt: at, updatedAt: at } }));
  if (!result.ok) throw new Error(`not finished: ${result.reason}`);
}

export async function finishedInterview(db: PhieuDb, unitNo: string, serial: string): Promise<string> {
  const id = await startDraft(db, ACCOUNT, unitNo, serial);
  await finish(db, id);
  return id;
}

export type Answerer = (batch: BatchV1) => ReceiptItem[] | Response;
export type FakeServer = { batches: BatchV1[]; stateCalls: number; state: DeviceState; answer: Answerer };

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

/** Stubs `fetch`: batches get `answer(batch)` as receipts (or its Response as is), the device state `state`. */
export function fakeServer(answer: Answerer = acceptAll, serverTime = '2026-05-28T03:10:00.000Z'): FakeServer {
  const server: FakeServer = { batches: [], stateCalls: 0, state: demoState(ACCOUNT, ['01', '02']), answer };
  vi.stubGlobal('fetch', async (path: string, init: RequestInit) => {
    if (path === '/api/device/state') {
      server.stateCalls++;
      return json({ ...server.state, serverTime });
    }
    const batch = JSON.parse(init.body as string) as BatchV1;
    server.batches.push(batch);
    const answered = server.answer(batch);
    if (answered instanceof Response) return answered;
    return json({ protocol: 1, batchId: batch.batchId, serverTime, clockOffsetMs: 1200, replay: false, receipts: answered });
  });
  return server;
}

export function acceptAll(batch: BatchV1): ReceiptItem[] {
  return batch.interviews.map((interview) => ({ id: interview.id, outcome: 'accepted', flags: [], revision: Number(interview.revision) }));
}

export const htmlPortal = () => new Response('<html><body>Đăng nhập Wi-Fi</body></html>', { status: 200, headers: { 'Content-Type': 'text/html' } });
