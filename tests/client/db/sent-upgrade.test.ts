// Dexie version 3 (issue 16) adds the sent table: a phone updating mid-survey lists the forms it had already
// synced, with the flags of their receipts, and keeps its drafts as they were.
import 'fake-indexeddb/auto'; // first: Dexie looks for indexedDB when it loads
import { afterEach, describe, expect, it } from 'vitest';
import { SCHEMA } from '#client/db/db.ts';
import type { PhieuDb } from '#client/db/db.ts';
import { listSent } from '#client/db/sent.ts';
import { freshDb, freshDbName, startDraft } from '../support/db.ts';

let dbs: PhieuDb[] = [];
afterEach(() => { for (const db of dbs) db.close(); dbs = []; });

describe('version 3: the sent table', () => {
  it('starts the sent list from the synced forms a version-2 database holds', async () => {
    const name = freshDbName();
    const old = freshDb(SCHEMA.filter((step) => step.version <= 2), name);
    dbs.push(old);
    const synced = await startDraft(old, 7, '01', '0101');
    const draft = await startDraft(old, 7, '01', '0102');
    await old.interviews.update(synced, { status: 'received' });
    await old.syncRecords.put({
      interviewId: synced, accountId: 7, serverRevision: 1, syncedAt: '2026-05-29T01:00:00.000Z', outcome: 'accepted',
      flags: ['too_short'], change: 1, at: '2026-05-29T01:00:00.000Z',
    });
    old.close();

    const upgraded = freshDb(SCHEMA, name);
    dbs.push(upgraded);
    expect(await listSent(upgraded, 7)).toEqual([{
      interviewId: synced, accountId: 7, surveySlug: 'hung-yen-2026', unitNo: '01', serial: '0101', practice: false, voided: false,
      sentAt: '2026-05-29T01:00:00.000Z', status: 'received', flags: ['too_short'],
    }]);
    expect((await upgraded.interviews.get(draft))?.status).toBe('draft');
  });
});
