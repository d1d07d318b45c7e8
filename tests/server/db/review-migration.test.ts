// Migration 2026-12-03-05 (review and flags) on a database holding interviews stored before it, flagged and not:
// their counters stay as they were, every interview starts at review version 0 with no decision, and from then on
// a resolved flag leaves the counters' flagged group while the sync's writes count as before.
import { mkdtempSync, readdirSync, rmSync, cpSync } from 'node:fs';
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
const REVIEW = '2026-12-03-05-review-and-flags.sql';
let dir = '';
afterEach(() => { if (dir) rmSync(dir, { recursive: true, force: true }); });

const counters = (db: Db) => ({
  units: db.prepare('SELECT unit_id, status, flagged, n FROM quota_unit_counts ORDER BY 1, 2, 3').all(),
  daily: db.prepare('SELECT unit_id, day, account_id, flagged, n FROM quota_daily_counts ORDER BY 1, 2, 3, 4').all(),
});

describe('the review migration on a database in use', () => {
  it('keeps the counters of stored interviews, and counts resolved flags apart from then on', async () => {
    dir = mkdtempSync(join(tmpdir(), 'phieu-review-migration-'));
    const before = join(dir, 'before');
    const file = join(dir, 'phieu.sqlite');
    cpSync(MIGRATIONS, before, { recursive: true, filter: (path) => !path.endsWith('.sql') || path.split('/').pop()! < REVIEW });
    expect(readdirSync(MIGRATIONS)).toContain(REVIEW);
    const old = new Database(file);
    old.pragma('foreign_keys = ON');
    migrate(old, before);
    await seedDemoBeforeMigrations(old, '2026-05-27T01:00:00.000Z');
    const interviews = generateInterviews({ version: hungYen2026.versions[0]!, count: 30, seed: 61, unitNos: ['01', '02', '03'] });
    storeInterviews(old, interviews, { flags: (i) => (i.serial!.endsWith('1') ? ['over_quota'] : []), at: '2026-05-28T01:00:00.000Z' });
    const counted = counters(old);
    expect(counted.units).toContainEqual(expect.objectContaining({ flagged: 1 }));
    old.close();

    const db = openDatabase(file);
    expect(counters(db)).toEqual(counted);
    expect(db.prepare('SELECT DISTINCT review_version, resolved_flags, review_flags FROM interviews').all())
      .toEqual([{ review_version: 0, resolved_flags: '[]', review_flags: '[]' }]);
    expect(db.prepare('SELECT count(*) FROM interview_flag_decisions').pluck().get()).toBe(0);
    const indexes = db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'interviews'").pluck().all();
    expect(indexes).toEqual(expect.arrayContaining(['interviews_by_arrival', 'interviews_by_survey_serial', 'interviews_by_unit_serial']));
    expect(indexes).not.toContain('interviews_by_survey');

    // A flag resolved leaves the flagged group; a review flag joins it; a new interview counts as it always did.
    const flagged = interviews.find((i) => i.serial!.endsWith('1'))!;
    const flaggedIn = (unitNo: string) => db.prepare(
      `SELECT coalesce(sum(n), 0) FROM quota_unit_counts c JOIN units u ON u.id = c.unit_id WHERE u.no = ? AND flagged = 1`,
    ).pluck().get(unitNo) as number;
    const unitNo = flagged.unitNo;
    const flaggedBefore = flaggedIn(unitNo);
    db.prepare(`UPDATE interviews SET resolved_flags = '["over_quota"]' WHERE id = ?`).run(flagged.id);
    expect(flaggedIn(unitNo)).toBe(flaggedBefore - 1);
    db.prepare(`UPDATE interviews SET review_flags = '["same_answers"]' WHERE id = ?`).run(flagged.id);
    expect(flaggedIn(unitNo)).toBe(flaggedBefore);
    storeInterviews(db, generateInterviews({ version: hungYen2026.versions[0]!, count: 1, seed: 62, unitNos: [unitNo] }).map((i) => ({ ...i, id: crypto.randomUUID() })),
      { flags: () => ['too_short'] });
    expect(flaggedIn(unitNo)).toBe(flaggedBefore + 1);
    db.prepare('DELETE FROM interviews WHERE id = ?').run(flagged.id);
    expect(flaggedIn(unitNo)).toBe(flaggedBefore);
    db.close();
  });
});
