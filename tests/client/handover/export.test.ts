// "Xuất phiếu ra tệp" on the device: every finished, unsent interview of the account (drafts and other accounts'
// work left out) sealed into one file with no answer in clear; the outbox keeps them marked until a receipt
// confirms them, and an edit after the export drops the mark.
import { describe, expect, it } from 'vitest';
import { updateInterview } from '#client/db/drafts.ts';
import { exportHandover } from '#client/handover/export-file.ts';
import { countHandedOver } from '#client/handover/handed-over.ts';
import { applyReceipts } from '#client/sync/apply-receipts.ts';
import { readOutbox } from '#client/sync/read-outbox.ts';
import { ephemeralHandoverKey } from '#server/handover/key.ts';
import { AT, DEVICE_ID, startDraft, withKit } from '../support/db.ts';
import { ACCOUNT, deviceWithKit, finishedInterview } from '../sync/support.ts';

async function keyedDevice() {
  const db = await deviceWithKit();
  const keyPair = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign', 'verify']);
  await db.devices.update(ACCOUNT, { keyPair });
  const row = await db.accounts.get(ACCOUNT);
  await db.accounts.put({ ...row!, handoverKey: ephemeralHandoverKey().publicKey });
  return db;
}

describe('exportHandover', () => {
  it('writes the finished, unsent interviews of this account only, and marks them in the outbox', async () => {
    const db = await keyedDevice();
    const first = await finishedInterview(db, '01', '0101');
    const second = await finishedInterview(db, '02', '0201');
    await startDraft(db, ACCOUNT, '01', '0102');
    await withKit(db, ACCOUNT + 1, ['01']);
    const others = await startDraft(db, ACCOUNT + 1, '01', '0103');
    await updateInterview(db, ACCOUNT + 1, others, AT, (current) => ({ ...current, status: 'finished' }));
    const written = await exportHandover(db, ACCOUNT, '2026-05-29T10:00:00.000Z');
    if (written.kind !== 'written') throw new Error(`nothing written: ${written.kind}`);
    expect(written.count).toBe(2);
    expect(written.name).toBe(`phieu-2026-05-29-1000-${DEVICE_ID.slice(0, 8)}.phieu`);
    const file = JSON.parse(written.text) as { deviceId: string; count: number; ciphertext: string };
    expect(file).toMatchObject({ deviceId: DEVICE_ID, count: 2 });
    expect(written.text).not.toContain('0101');
    expect(written.text).not.toContain('"answers"');
    expect(await countHandedOver(db, ACCOUNT)).toBe(2);
    expect((await db.outbox.get(first))?.handedOver?.at).toBe('2026-05-29T10:00:00.000Z');

    // The next sync still sends them; a `duplicate` receipt confirms them and the mark goes with the outbox row.
    const { outgoing } = await readOutbox(db, ACCOUNT, 50);
    expect(outgoing.map((item) => item.interview.id).sort()).toEqual([first, second].sort());
    const receipts = outgoing.map((item) => ({ id: item.interview.id, outcome: 'duplicate' as const, flags: [], revision: item.interview.revision }));
    await applyReceipts(db, ACCOUNT, outgoing, { protocol: 1, batchId: crypto.randomUUID(), serverTime: AT, clockOffsetMs: 0, replay: false, receipts }, AT);
    expect(await countHandedOver(db, ACCOUNT)).toBe(0);
    expect(await db.outbox.get(first)).toBeUndefined();
  });

  it('says when there is nothing to write or no server key, and an edit after the export drops the mark', async () => {
    const db = await keyedDevice();
    expect(await exportHandover(db, ACCOUNT, AT)).toEqual({ kind: 'none' });
    const id = await finishedInterview(db, '01', '0101');
    await exportHandover(db, ACCOUNT, AT);
    expect(await countHandedOver(db, ACCOUNT)).toBe(1);
    await updateInterview(db, ACCOUNT, id, AT, (current) => ({ ...current, status: 'draft' }));
    expect(await countHandedOver(db, ACCOUNT)).toBe(0);
    const row = await db.accounts.get(ACCOUNT);
    const { handoverKey: _, ...withoutKey } = row!;
    await db.accounts.put(withoutKey);
    expect(await exportHandover(db, ACCOUNT, AT)).toEqual({ kind: 'noKey' });
  });
});
