// A release that adds a Dexie version must open the old database with its drafts. The "next release" here is
// a test-only schema: today's versions plus one more that adds an index and rewrites rows in its upgrade.
import 'fake-indexeddb/auto'; // first: Dexie looks for indexedDB when it loads
import { afterEach, describe, expect, it } from 'vitest';
import { SCHEMA, type SchemaVersion } from '#client/db/db.ts';
import { saveAnswer } from '#client/db/drafts.ts';
import { loadInterview } from '#client/db/interviews.ts';
import { freshDb, freshDbName, startDraft } from '../support/db.ts';
import type { PhieuDb } from '#client/db/db.ts';

const current = SCHEMA[SCHEMA.length - 1]!;
/** A table's schema as of the newest version that declares it (Dexie versions only list what they change). */
const storeOf = (table: string): string => SCHEMA.findLast((step) => step.stores[table] !== undefined)!.stores[table]!;
const NEXT: readonly SchemaVersion[] = [
  ...SCHEMA,
  {
    version: current.version + 1,
    stores: {
      interviews: `${storeOf('interviews')}, [accountId+serial]`,
      receipts: 'interviewId, accountId',
    },
    upgrade: async (tx) => {
      await tx.table('outbox').toCollection().modify((row: { upgradedFrom?: number }) => { row.upgradedFrom = current.version; });
    },
  },
];

let dbs: PhieuDb[] = [];
afterEach(() => { for (const db of dbs) db.close(); dbs = []; });

describe('schema upgrade', () => {
  it('opens the previous version’s database with every draft and outbox row intact', async () => {
    const name = freshDbName();
    const old = freshDb(SCHEMA, name);
    dbs.push(old);
    const id = await startDraft(old, 7, '01', '0101');
    await saveAnswer(old, 7, id, 'c1', 2, '2026-05-28T03:00:00.000Z');
    await saveAnswer(old, 7, id, 'c16', 'Ý kiến có dấu “ngoặc” và xuống dòng\nở đây', '2026-05-28T03:01:00.000Z');
    const before = await loadInterview(old, 7, id);
    old.close();

    const upgraded = freshDb(NEXT, name);
    dbs.push(upgraded);
    expect(await loadInterview(upgraded, 7, id)).toEqual(before);
    expect(await upgraded.outbox.get(id)).toMatchObject({ change: 3, upgradedFrom: current.version });
    expect(upgraded.verno).toBe(current.version + 1);
    // The new index works on the old rows, and the draft store keeps writing on the new version.
    expect(await upgraded.interviews.where('[accountId+serial]').equals([7, '0101']).count()).toBe(1);
    expect((await saveAnswer(upgraded, 7, id, 'c2', 45, '2026-05-28T03:02:00.000Z')).ok).toBe(true);
  });

  it('declares versions in increasing order, the current one last', () => {
    const versions = SCHEMA.map((step) => step.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
  });
});
