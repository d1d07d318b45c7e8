// The device state lists the account's interviews returned for correction (server record + admin's comment),
// only its own, and no longer once the corrected revision is received.
import { describe, expect, it } from 'vitest';
import { DeviceStateSchema } from '#shared/api/device.ts';
import { returnInterview } from '#server/repo/returned-interviews.ts';
import { testApp, type TestApp } from '../support/test-app.ts';
import { registerDevice, type SyncDevice } from './support.ts';

async function stateOf(t: TestApp, device: SyncDevice) {
  const response = await t.request('/api/device/state', { headers: { authorization: `Bearer ${device.token}` } });
  return DeviceStateSchema.parse(await response.json());
}

describe('returned interviews in the device state', () => {
  it('carries each returned interview of the account with the comment, until a correction is received', async () => {
    const t = await testApp({ demo: true });
    const mine = await registerDevice(t, 'dtv01');
    const other = await registerDevice(t, 'dtv02');
    const [first, second] = mine.interviews({ count: 2, seed: 3 });
    await mine.send([first, second]);
    expect((await stateOf(t, mine)).returned).toEqual([]);

    returnInterview(t.db, first!.id, 'Câu 11.3 chưa rõ', '2026-05-29T02:00:00.000Z');
    const returned = (await stateOf(t, mine)).returned!;
    expect(returned).toHaveLength(1);
    expect(returned[0]).toMatchObject({ comment: 'Câu 11.3 chưa rõ', returnedAt: '2026-05-29T02:00:00.000Z' });
    expect(returned[0]!.interview).toEqual({ ...first, status: 'needs_correction' });
    expect((await stateOf(t, other)).returned).toEqual([]);

    // The correction, revision 2 on the server's 1, is received: it is no longer returned.
    const receipts = await mine.send([{ ...first!, revision: 2, baseRevision: 1, answers: { ...first!.answers } }]);
    expect(receipts.receipts[0]).toMatchObject({ outcome: 'updated', revision: 2 });
    expect((await stateOf(t, mine)).returned).toEqual([]);
  });
});
