// Migration 2026-12-03-04 (questionnaire drafts' revisions) on a database holding the demo survey, its published
// version and a draft written before it: every version starts at revision 1, the published one stays immutable,
// and the old draft saves from revision 1 like a new one.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { hungYen2026Version1 } from '#shared/demo/hung-yen-2026.ts';
import { migrate } from '#server/db/migrate.ts';
import { openDatabase } from '#server/db/open.ts';
import { saveDraft } from '#server/services/questionnaire-drafts.ts';
import { seedDemoBeforeMigrations } from '../support/old-demo.ts';

const MIGRATIONS = fileURLToPath(new URL('../../../server/db/migrations/', import.meta.url));
const THIS_ONE = '2026-12-03-04-questionnaire-drafts.sql';
let dir = '';
afterEach(() => { if (dir) rmSync(dir, { recursive: true, force: true }); });

describe('the questionnaire drafts migration on a database in use', () => {
  it('starts every version at revision 1, keeps published ones immutable, and lets an old draft be saved', async () => {
    dir = mkdtempSync(join(tmpdir(), 'phieu-drafts-migration-'));
    const before = join(dir, 'before');
    const file = join(dir, 'phieu.sqlite');
    cpSync(MIGRATIONS, before, { recursive: true, filter: (path) => !path.endsWith('.sql') || path.split('/').pop()! < THIS_ONE });
    const old = new Database(file);
    old.pragma('foreign_keys = ON');
    migrate(old, before);
    await seedDemoBeforeMigrations(old, '2026-05-27T01:00:00.000Z');
    const draft = { ...hungYen2026Version1, version: 2, status: 'draft' };
    old.prepare("INSERT INTO questionnaire_versions (survey_id, version, status, definition) VALUES (1, 2, 'draft', ?)").run(JSON.stringify(draft));
    old.close();

    const db = openDatabase(file);
    expect(db.prepare('SELECT version, status, revision, saved_at FROM questionnaire_versions ORDER BY version').all()).toEqual([
      { version: 1, status: 'published', revision: 1, saved_at: null },
      { version: 2, status: 'draft', revision: 1, saved_at: null },
    ]);
    expect(() => db.prepare("UPDATE questionnaire_versions SET definition = '{}' WHERE version = 1").run()).toThrow(/immutable/);
    const { after } = saveDraft(db, 'hung-yen-2026', 2, { revision: 1, definition: { ...hungYen2026Version1, title: 'Bản mới' }, at: '2026-12-03T01:00:00.000Z', by: 1 });
    expect(after).toMatchObject({ revision: 2, savedAt: '2026-12-03T01:00:00.000Z', version: { title: 'Bản mới', version: 2, status: 'draft' } });
    db.close();
  });
});
