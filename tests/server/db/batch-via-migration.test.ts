// Migration 2026-12-04-01 (how each batch came) on a database holding batches stored before it: a sync's clock offset
// is its arrival less its `sentAt`, so one that is not came from a hand-over file; a file whose kept offset happens to
// match is found by its import's audit row; every other batch is a sync. From then on the ingest names it.
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate } from '#server/db/migrate.ts';
import { openDatabase, type Db } from '#server/db/open.ts';
import { listBatchPage } from '#server/repo/batch-list.ts';
import { insertBatch } from '#server/repo/batches.ts';
import { seedDemoBeforeMigrations } from '../support/old-demo.ts';

const MIGRATIONS = fileURLToPath(new URL('../../../server/db/migrations/', import.meta.url));
const VIA = '2026-12-04-01-batch-via.sql';
const PHONE = '00000000-0000-4000-8000-000000000001';
const OTHER = '00000000-0000-4000-8000-000000000002';
let dir = '';
afterEach(() => { if (dir) rmSync(dir, { recursive: true, force: true }); });

type OldBatch = { id: string; device: string; sentAt: string; receivedAt: string; offsetMs: number; interviews: number };

function storeOldBatch(db: Db, accountId: number, b: OldBatch): void {
  const receipts = Array.from({ length: b.interviews }, () => ({ id: crypto.randomUUID(), outcome: 'accepted', flags: [], revision: 1 }));
  db.prepare(`INSERT INTO sync_batches (id, device_id, account_id, protocol, interviews_hash, sent_at, clock_offset_ms,
    received_at, accepted, receipts) VALUES (?, ?, ?, 1, 'hash', ?, ?, ?, ?, ?)`)
    .run(b.id, b.device, accountId, b.sentAt, b.offsetMs, b.receivedAt, b.interviews, JSON.stringify(receipts));
}

function storeImportAudit(db: Db, at: string, device: string, interviews: number): void {
  db.prepare(`INSERT INTO audit_log (at, actor, action, target, after, hash) VALUES (?, 'admin', 'handover.import', ?, ?, 'h')`)
    .run(at, `device:${device}`, JSON.stringify({ file: 'a.phieu', account: 'dtv01', interviews, accepted: interviews, duplicate: 0, quarantined: false }));
}

const OLD: (OldBatch & { via: 'sync' | 'file' })[] = [
  // A sync: offset = arrival − sentAt.
  { id: 'a-sync', device: PHONE, sentAt: '2026-05-28T01:00:00.000Z', receivedAt: '2026-05-28T01:00:02.500Z', offsetMs: 2500, interviews: 1, via: 'sync' },
  // A file written two days before it was imported, keeping the offset the last sync measured.
  { id: 'b-file', device: PHONE, sentAt: '2026-05-26T08:00:00.000Z', receivedAt: '2026-05-28T03:00:00.000Z', offsetMs: 2500, interviews: 3, via: 'file' },
  // A sync whose device wrote its `sentAt` in its own zone.
  { id: 'c-sync', device: PHONE, sentAt: '2026-05-28T11:00:00.000+07:00', receivedAt: '2026-05-28T04:00:01.000Z', offsetMs: 1000, interviews: 1, via: 'sync' },
  // A sync of two, then a file of two written and imported with no time between (offset 0 = arrival − sentAt): the
  // import's audit row names the file, the latest batch of its device before it, not the sync.
  { id: 'd-sync', device: PHONE, sentAt: '2026-05-28T05:00:00.000Z', receivedAt: '2026-05-28T05:00:00.300Z', offsetMs: 300, interviews: 2, via: 'sync' },
  { id: 'e-file', device: PHONE, sentAt: '2026-05-28T06:00:00.000Z', receivedAt: '2026-05-28T06:00:00.000Z', offsetMs: 0, interviews: 2, via: 'file' },
  // Another device's sync of two at the same moment: the audit row names another device.
  { id: 'f-sync', device: OTHER, sentAt: '2026-05-28T06:00:00.000Z', receivedAt: '2026-05-28T06:00:00.000Z', offsetMs: 0, interviews: 2, via: 'sync' },
];

describe('the batch-via migration on a database in use', () => {
  it('tells the files stored before from the syncs, and the ingest names each from then on', async () => {
    dir = mkdtempSync(join(tmpdir(), 'phieu-batch-via-migration-'));
    const before = join(dir, 'before');
    const file = join(dir, 'phieu.sqlite');
    cpSync(MIGRATIONS, before, { recursive: true, filter: (path) => !path.endsWith('.sql') || path.split('/').pop()! < VIA });
    expect(readdirSync(MIGRATIONS)).toContain(VIA);
    const old = new Database(file);
    old.pragma('foreign_keys = ON');
    migrate(old, before);
    await seedDemoBeforeMigrations(old, '2026-05-27T01:00:00.000Z');
    const accountId = old.prepare(`SELECT id FROM accounts WHERE username = 'dtv01'`).pluck().get() as number;
    for (const batch of OLD) storeOldBatch(old, accountId, batch);
    storeImportAudit(old, '2026-05-28T03:00:00.000Z', PHONE, 3);
    storeImportAudit(old, '2026-05-28T06:00:00.000Z', PHONE, 2);
    const rows = old.prepare('SELECT * FROM sync_batches ORDER BY id').all();
    old.close();

    const db = openDatabase(file);
    expect(db.prepare('SELECT id, via FROM sync_batches ORDER BY id').all()).toEqual(OLD.map((b) => ({ id: b.id, via: b.via })));
    // Nothing else of a stored batch changed.
    const withoutVia = (db.prepare('SELECT * FROM sync_batches ORDER BY id').all() as Record<string, unknown>[])
      .map(({ via: _via, ...rest }) => rest);
    expect(withoutVia).toEqual(rows);
    const page = listBatchPage(db, { accountId: null, deviceId: PHONE, via: 'file' }, null, 10);
    expect(page.map((b) => b.id)).toEqual(['e-file', 'b-file']);

    insertBatch(db, {
      id: 'g-file', via: 'file', deviceId: PHONE, accountId, protocol: 1, interviewsHash: 'h', sentAt: '2026-05-29T01:00:00.000Z',
      clockOffsetMs: 0, receivedAt: '2026-05-29T01:00:00.000Z', receipts: [],
    });
    expect(db.prepare(`SELECT via FROM sync_batches WHERE id = 'g-file'`).pluck().get()).toBe('file');
    expect(() => db.prepare(`UPDATE sync_batches SET via = 'mail' WHERE id = 'g-file'`).run()).toThrow(/CHECK/);
    db.close();
  });
});
