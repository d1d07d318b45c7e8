// Migrations 08, 09 and 12 on a database that already holds interviews: every revision is still there, unchanged
// (the current one in the interview's row, the ones it replaced in interview_revisions), and the history chains
// back from each interview, so older revisions are still found.
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate } from '#server/db/migrate.ts';
import { seedDemoBeforeMigrations } from '../support/old-demo.ts';
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
  await seedDemoBeforeMigrations(db, '2026-05-28T00:00:00.000Z');
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

const revisionsIn = (db: Database.Database, table: 'interview_revisions' | 'interview_history') => db.prepare(
  `SELECT interview_id, revision, content_hash, record, stored_at FROM ${table} ORDER BY interview_id, revision`,
).all() as Revision[];

describe('migrations 08–12 (ingest indexes, revision chain, current revision once)', () => {
  it('keeps every revision, the current one in its interview, and chains the ones it replaced', async () => {
    const db = await databaseBefore08();
    const before = revisionsIn(db, 'interview_revisions');
    expect(migrate(db)).toEqual(readdirSync(MIGRATIONS).filter((n) => n >= '2026-11-23-08').sort());

    expect(revisionsIn(db, 'interview_history')).toEqual(before);
    expect(revisionsIn(db, 'interview_revisions')).toEqual(before.filter((r) => r.interview_id === ID(2) && r.revision < 3));
    const indexes = db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'interviews'").pluck().all();
    expect(indexes).not.toContain('interviews_counted');
    expect(indexes).not.toContain('interviews_by_day');
    const current = db.prepare(`SELECT i.id, i.revision, i.revision_at, r.revision AS replaced
      FROM interviews i LEFT JOIN interview_revisions r ON r.id = i.previous_revision_id ORDER BY i.id`).all();
    expect(current).toEqual([
      { id: ID(1), revision: 1, revision_at: '2026-05-29T02:00:00.000Z', replaced: null },
      { id: ID(2), revision: 3, revision_at: '2026-05-29T02:03:00.000Z', replaced: 2 },
      { id: ID(3), revision: 1, revision_at: '2026-05-29T02:04:00.000Z', replaced: null },
    ]);
    const held = findInterview(db, ID(2))!;
    expect([1, 2, 3, 4].map((r) => findRevisionHash(db, held, r))).toEqual([`hash-${ID(2)}-1`, `hash-${ID(2)}-2`, `hash-${ID(2)}-3`, undefined]);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('keeps a replaced revision after the migrated ones, chained to the one it had replaced', async () => {
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
    const kept = db.prepare('SELECT id, interview_id, revision, previous_id FROM interview_revisions ORDER BY id').raw().all();
    expect(kept).toEqual([[2, ID(2), 1, null], [3, ID(2), 2, 2], [4, ID(2), 3, 3]]);
    const held = findInterview(db, ID(2))!;
    expect([held.revision, held.previous_revision_id, held.revision_at]).toEqual([4, 4, '2026-05-30T02:00:00.000Z']);
    expect([1, 2, 3, 4].map((r) => findRevisionHash(db, held, r))).toEqual([1, 2, 3, 4].map((r) => `hash-${ID(2)}-${r}`));
    expect(findRevisionHash(db, findInterview(db, ID(4))!, 1)).toBe(`hash-${ID(4)}-1`);
  });
});
