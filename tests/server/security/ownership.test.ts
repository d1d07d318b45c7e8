// Issue 17, finding 3: an enumerator could overwrite another's interview (dtv01's token sending dtv02's id at
// revision 2, base 1 → updated, the row moved to dtv01 and another unit), and a conflict told the server's revision.
import { describe, expect, it } from 'vitest';
import { findInterview } from '#server/repo/interviews.ts';
import { listQuarantineOfInterview } from '#server/repo/quarantine.ts';
import { testApp } from '../support/test-app.ts';
import { registerDevice } from '../sync/support.ts';

describe('a new revision of an interview', { timeout: 30_000 }, () => {
  it('is refused from another account: a conflict that tells nothing of the stored interview', async () => {
    const t = await testApp({ demo: true });
    const owner = await registerDevice(t, 'dtv02');
    const intruder = await registerDevice(t, 'dtv01');
    const [original] = owner.interviews({ count: 1, seed: 3, unitNos: ['03'] });
    expect((await owner.send([original])).receipts[0]!.outcome).toBe('accepted');
    const stored = findInterview(t.db, original!.id)!;

    // The intruder's own copy: its account, its unit, revision 2 based on 1.
    const [mine] = intruder.interviews({ count: 1, seed: 4 });
    const overwrite = { ...mine!, id: original!.id, revision: 2, baseRevision: 1 };
    const [receipt] = (await intruder.send([overwrite])).receipts;
    expect(receipt).toEqual({
      id: original!.id, outcome: 'conflict', flags: [], baseRevision: 1, reason: { code: 'sync.reason.notOwner' },
    });
    expect(findInterview(t.db, original!.id)).toEqual(stored);
    expect(listQuarantineOfInterview(t.db, original!.id).map((q) => [q.kind, q.reason_code])).toEqual([['conflict', 'sync.reason.notOwner']]);

    // Any guess at the base gets the same answer: the server's revision never shows.
    for (const baseRevision of [null, 5]) {
      const [guess] = (await intruder.send([{ ...overwrite, revision: 7, baseRevision }])).receipts;
      expect(guess).toEqual({ id: original!.id, outcome: 'conflict', flags: [], baseRevision, reason: { code: 'sync.reason.notOwner' } });
    }
  });

  it('is still accepted from the owner', async () => {
    const t = await testApp({ demo: true });
    const owner = await registerDevice(t, 'dtv02');
    const [original] = owner.interviews({ count: 1, seed: 3, unitNos: ['03'] });
    await owner.send([original]);
    const [receipt] = (await owner.send([{ ...original!, revision: 2, baseRevision: 1 }])).receipts;
    expect(receipt).toMatchObject({ outcome: 'updated', revision: 2 });
  });
});
