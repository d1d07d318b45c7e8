// What the sign-out confirmation counts for one account: drafts in progress (a voided one is not), and finished
// interviews waiting for the server's receipt; another account's work on a shared device is never counted.
import 'fake-indexeddb/auto'; // first: Dexie looks for indexedDB when it loads
import { afterEach, describe, expect, it } from 'vitest';
import type { PhieuDb } from '#client/db/db.ts';
import { updateInterview } from '#client/db/drafts.ts';
import { countUnsynced } from '#client/db/work-counts.ts';
import { AT, freshDb, startDraft } from '../support/db.ts';

let db: PhieuDb;
afterEach(() => db?.close());

describe('countUnsynced', () => {
  it('counts drafts and finished forms apart, for the account alone', async () => {
    db = freshDb();
    await startDraft(db, 1, '01', '0101');
    await startDraft(db, 1, '01', '0102');
    await updateInterview(db, 1, await startDraft(db, 1, '01', '0103'), AT, (c) => ({ ...c, voided: { reason: 'Nhập nhầm', at: AT } }));
    await updateInterview(db, 1, await startDraft(db, 1, '01', '0104'), AT, (c) => ({ ...c, status: 'finished' }));
    await startDraft(db, 2, '03', '0301');
    expect(await countUnsynced(db, 1)).toEqual({ drafts: 2, waiting: 1 });
    expect(await countUnsynced(db, 2)).toEqual({ drafts: 1, waiting: 0 });
    expect(await countUnsynced(db, 3)).toEqual({ drafts: 0, waiting: 0 });
  });
});
