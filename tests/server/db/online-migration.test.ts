// Migration 2026-12-03-06 (online links) on a database holding interviews: the interviews table, its indexes and
// triggers are exactly as before (no rebuild), the counters are kept, and an online submission afterwards is
// counted by the same triggers (quota counters, the tabulation's dirty list) as any interview.
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
import { makeTicket } from '#server/online/keys.ts';
import { submitOnline } from '#server/services/online-submit.ts';
import { ensureOnlineSurvey, makeOnlineLink, submission, validAnswers } from '../../helpers/online.ts';
import { seedDemoBeforeMigrations } from '../support/old-demo.ts';
import { storeInterviews } from '../support/store-interviews.ts';

const MIGRATIONS = fileURLToPath(new URL('../../../server/db/migrations/', import.meta.url));
const ONLINE = '2026-12-03-06-online-links.sql';
let dir = '';
afterEach(() => { if (dir) rmSync(dir, { recursive: true, force: true }); });

const counters = (db: Db) => db.prepare('SELECT unit_id, status, flagged, n FROM quota_unit_counts ORDER BY 1, 2, 3').all();
const interviewsSchema = (db: Db) => db.prepare(
  "SELECT type, name, sql FROM sqlite_master WHERE tbl_name = 'interviews' ORDER BY type, name",
).all();

describe('the online links migration on a database in use', () => {
  it('leaves the interviews table, its indexes and triggers as they were, and online answers count through them', async () => {
    dir = mkdtempSync(join(tmpdir(), 'phieu-online-migration-'));
    const before = join(dir, 'before');
    const file = join(dir, 'phieu.sqlite');
    expect(readdirSync(MIGRATIONS)).toContain(ONLINE);
    cpSync(MIGRATIONS, before, { recursive: true, filter: (path) => !path.endsWith('.sql') || path.split('/').pop()! < ONLINE });
    const old = new Database(file);
    old.pragma('foreign_keys = ON');
    migrate(old, before);
    await seedDemoBeforeMigrations(old, '2026-05-27T01:00:00.000Z');
    storeInterviews(old, generateInterviews({ version: hungYen2026.versions[0]!, count: 20, seed: 71, unitNos: ['01', '02'] }),
      { flags: (i) => (i.serial!.endsWith('1') ? ['over_quota'] : []), at: '2026-05-28T01:00:00.000Z' });
    const counted = counters(old);
    const schema = interviewsSchema(old);
    expect(schema.filter((row) => (row as { type: string }).type === 'trigger').length).toBeGreaterThanOrEqual(6);
    old.close();

    // This migration alone (later ones may change the table on purpose): the interviews table is as it was.
    const upTo = join(dir, 'up-to');
    cpSync(MIGRATIONS, upTo, { recursive: true, filter: (path) => !path.endsWith('.sql') || path.split('/').pop()! <= ONLINE });
    const migrated = new Database(file);
    migrated.pragma('foreign_keys = ON');
    migrate(migrated, upTo);
    expect(interviewsSchema(migrated)).toEqual(schema);
    expect(counters(migrated)).toEqual(counted);
    migrated.close();

    const db = openDatabase(file);
    expect(counters(db)).toEqual(counted);

    const slug = ensureOnlineSurvey(db, 'truc-tuyen', { start: '2026-05-28T07:30:00+07:00', end: '2026-05-28T16:30:00+07:00' });
    const link = makeOnlineLink(db, slug, '01');
    const nowMs = Date.parse('2026-05-28T09:00:00+07:00');
    const key = Buffer.alloc(32, 7);
    const body = submission(validAnswers(db, slug, '01'), '01', makeTicket(key, link.id, nowMs), new Date(nowMs).toISOString());
    db.transaction(() => submitOnline(db, { token: link.token, body, addressHash: 'h', nowMs, key }))();
    const surveyUnit = db.prepare("SELECT u.id FROM units u JOIN surveys s ON s.id = u.survey_id WHERE s.slug = ? AND u.no = '01'").pluck().get(slug);
    expect(db.prepare("SELECT sum(n) FROM quota_unit_counts WHERE unit_id = ? AND status = 'received'").pluck().get(surveyUnit)).toBe(1);
    expect(db.prepare('SELECT count(*) FROM tabulation_dirty WHERE interview_id = ?').pluck().get(body.id)).toBe(1);
    expect(db.prepare('SELECT link_id FROM online_submissions WHERE interview_id = ?').pluck().get(body.id)).toBe(link.id);
    db.close();
  });
});
