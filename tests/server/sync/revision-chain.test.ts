// Migrations 08 and 09 on a database that already holds interviews: every revision is still there, unchanged,
// each interview points at its current one and the history chains back, so older revisions are still found.
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate } from '#server/db/migrate.ts';
import { seedDemo } from '#server/demo/seed.ts';
import { findInterview, findRevisionHash, insertInterview, updateInterview, type NewInterviewRow } from '#server/repo/interviews.ts';

const MIGRATIONS = fileURLToPath(new URL('../../../server/db/migrations/', import.meta.url));
let dir = '';
afterEach(() => { if (dir) rmSync(dir, { recursive: true, force: true }); });

const ID = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
type Revision = { interview_id: string; revision: number; content_hash: string; record: string; stored_at: string };

/** A database at migration 07 holding three interviews, one of them at its third revision. */
async function databaseBefore08(): Promise<Database.Database> {
  dir = mkdtempSync(join(tmpdir(), 'phieu-migrate-'));
  for (const name of readdirSync(MIGRATIONS).filter((n) => n < '2026-11-23-08')) cpSync(join(MIGRATIONS, name), join(dir, name));
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, dir);
  await seedDemo(db, '2026-05-28T00:00:00.000Z');
  const insert = db.prepare(`INSERT INTO interviews (id, survey_id, unit_id, questionnaire_version, mode, entry, serial, account_id,
    device_id, status, revision, practice, voided, interview_day, flags, content_hash, record, received_at, updated_at)
    VALUES (?, 1, 1, 1, 'direct', 'paper', ?, 1, ?, 'received', ?, 0, 0, '2026-05-29', '[]', ?, ?, ?, ?)`);
  const revision = db.prepare('INSERT INTO interview_revisions (interview_id, revision, content_hash, record, stored_at) VALUES (?, ?, ?, ?, ?)');
  const at = (minute: number) => `2026-05-29T02:${String(minute).padStart(2, '0')}:00.000Z`;
  const histories: [id: string, revisions: number][] = [[ID(1), 1], [ID(2), 3], [ID(3), 1]];
  let minute = 0;
  for (const [id, revisions] of histories) {
    insert.run(id, `010${id.slice(-1)}`, ID(99), revisions, `hash-${id}-${revisions}`, `{"r":${revisions}}`, at(minute), at(minute));
    for (let r = 1; r <= revisions; r++) revision.run(id, r, `hash-${id}-${r}`, `{"r":${r}}`, at(minute++));
  }
  return db;
}

const revisionsOf = (db: Database.Database) => db.prepare(
  'SELECT interview_id, revision, content_hash, record, stored_at FROM interview_revisions ORDER BY interview_id, revision',
).all() as Revision[];

describe('migrations 08–09 (ingest indexes, revision chain)', () => {
  it('keeps every revision, points each interview at its current one and chains the history', async () => {
    const db = await databaseBefore08();
    const before = revisionsOf(db);
    expect(migrate(db)).toEqual(readdirSync(MIGRATIONS).filter((n) => n >= '2026-11-23-08').sort());

    expect(revisionsOf(db)).toEqual(before);
    const indexes = db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'interviews'").pluck().all();
    expect(indexes).not.toContain('interviews_counted');
    expect(indexes).not.toContain('interviews_by_day');
    const current = db.prepare(`SELECT i.id, i.revision, r.revision AS pointed, r.interview_id AS owner
      FROM interviews i JOIN interview_revisions r ON r.id = i.revision_id ORDER BY i.id`).all();
    expect(current).toEqual([
      { id: ID(1), revision: 1, pointed: 1, owner: ID(1) },
      { id: ID(2), revision: 3, pointed: 3, owner: ID(2) },
      { id: ID(3), revision: 1, pointed: 1, owner: ID(3) },
    ]);
    const held = findInterview(db, ID(2))!;
    expect([1, 2, 3, 4].map((r) => findRevisionHash(db, held, r))).toEqual([`hash-${ID(2)}-1`, `hash-${ID(2)}-2`, `hash-${ID(2)}-3`, undefined]);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('appends revisions after the migrated ones and chains a new revision to the one it replaces', async () => {
    const db = await databaseBefore08();
    migrate(db);
    const row = (id: string, revision: number): NewInterviewRow => ({
      id, surveyId: 1, unitId: 1, questionnaireVersion: 1, mode: 'direct', entry: 'paper', serial: '0109', accountId: 1,
      deviceId: ID(99), status: 'received', revision, practice: false, voided: false, interviewDay: '2026-05-30', flags: [],
      contentHash: `hash-${id}-${revision}`, record: `{"r":${revision}}`, quotaCell: '', at: '2026-05-30T02:00:00.000Z',
    });
    db.transaction(() => {
      insertInterview(db, row(ID(4), 1));
      updateInterview(db, row(ID(2), 4), findInterview(db, ID(2))!);
    })();
    const ids = db.prepare('SELECT id FROM interview_revisions ORDER BY id').pluck().all();
    expect(ids).toEqual([1, 2, 3, 4, 5, 6, 7]);
    const held = findInterview(db, ID(2))!;
    expect(held.revision_id).toBe(7);
    expect([1, 2, 3, 4].map((r) => findRevisionHash(db, held, r))).toEqual([1, 2, 3, 4].map((r) => `hash-${ID(2)}-${r}`));
    expect(findRevisionHash(db, findInterview(db, ID(4))!, 1)).toBe(`hash-${ID(4)}-1`);
  });
});
