// Migration 2026-12-03-07 (double keying, quarantine kept) on a database holding interviews and quarantined items
// stored before it: the counters stay as they were, every interview is a first keying, the quarantine's items keep
// their resolutions; from then on a second keying never joins the counters, whatever happens to it.
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { generateInterviews } from '#shared/demo/generate-interviews.ts';
import { hungYen2026 } from '#shared/demo/hung-yen-2026.ts';
import { migrate } from '#server/db/migrate.ts';
import { openDatabase, type Db } from '#server/db/open.ts';
import { seedDemoBeforeMigrations } from '../support/old-demo.ts';
import { storeInterviews } from '../support/store-interviews.ts';

const MIGRATIONS = fileURLToPath(new URL('../../../server/db/migrations/', import.meta.url));
const DOUBLE = '2026-12-03-07-double-keying-and-quarantine.sql';
let dir = '';
afterEach(() => { if (dir) rmSync(dir, { recursive: true, force: true }); });

const counters = (db: Db) => ({
  units: db.prepare('SELECT unit_id, status, voided, flagged, n FROM quota_unit_counts ORDER BY 1, 2, 3, 4').all(),
  daily: db.prepare('SELECT unit_id, day, account_id, status, flagged, n FROM quota_daily_counts ORDER BY 1, 2, 3, 4, 5').all(),
});

describe('the double keying migration on a database in use', () => {
  it('keeps the counters and the quarantine, and never counts a second keying', async () => {
    dir = mkdtempSync(join(tmpdir(), 'phieu-double-migration-'));
    const before = join(dir, 'before');
    const file = join(dir, 'phieu.sqlite');
    cpSync(MIGRATIONS, before, { recursive: true, filter: (path) => !path.endsWith('.sql') || path.split('/').pop()! < DOUBLE });
    expect(readdirSync(MIGRATIONS)).toContain(DOUBLE);
    const old = new Database(file);
    old.pragma('foreign_keys = ON');
    migrate(old, before);
    await seedDemoBeforeMigrations(old, '2026-05-27T01:00:00.000Z');
    const interviews = generateInterviews({ version: hungYen2026.versions[0]!, count: 20, seed: 71, unitNos: ['01', '02'] });
    storeInterviews(old, interviews, { flags: (i) => (i.serial!.endsWith('2') ? ['too_short'] : []), at: '2026-05-28T01:00:00.000Z' });
    const account = old.prepare("SELECT id FROM accounts WHERE username = 'dtv01'").pluck().get() as number;
    old.prepare(`INSERT INTO quarantine (kind, interview_id, revision, survey_slug, unit_no, batch_id, device_id, account_id, reason_code,
      reason_params, payload, payload_hash, received_at, resolved_at, resolution) VALUES ('rejected', ?, 1, 'hung-yen-2026', '01', ?, ?, ?,
      'sync.reason.invalid', '{}', '{}', 'h', '2026-05-28T01:00:00.000Z', '2026-05-28T02:00:00.000Z', 'rejected')`)
      .run(crypto.randomUUID(), crypto.randomUUID(), crypto.randomUUID(), account);
    const counted = counters(old);
    old.close();

    const db = openDatabase(file);
    expect(counters(db)).toEqual(counted);
    expect(db.prepare('SELECT DISTINCT second_keying FROM interviews').pluck().all()).toEqual([0]);
    expect(db.prepare('SELECT resolution, resolution_reason, fixed_payload FROM quarantine').all())
      .toEqual([{ resolution: 'rejected', resolution_reason: null, fixed_payload: null }]);

    // A second keying joins no counter: stored, approved, voided, moved, deleted.
    const [base] = generateInterviews({ version: hungYen2026.versions[0]!, count: 1, seed: 72, unitNos: ['01'] });
    const second = { ...base!, id: crypto.randomUUID(), secondKeying: true as const };
    storeInterviews(db, [second], { flags: () => ['too_short'] });
    expect(counters(db)).toEqual(counted);
    db.prepare("UPDATE interviews SET status = 'approved', flags = '[]' WHERE id = ?").run(second.id);
    db.prepare("UPDATE interviews SET voided = 1, unit_id = (SELECT id FROM units WHERE no = '02') WHERE id = ?").run(second.id);
    expect(counters(db)).toEqual(counted);
    db.prepare('DELETE FROM interviews WHERE id = ?').run(second.id);
    expect(counters(db)).toEqual(counted);
    // A first keying still counts, and leaves the counters as it came.
    const first = { ...base!, id: crypto.randomUUID() };
    storeInterviews(db, [first]);
    expect(counters(db)).not.toEqual(counted);
    db.prepare('DELETE FROM interviews WHERE id = ?').run(first.id);
    expect(counters(db)).toEqual(counted);
    db.close();
  });
});
