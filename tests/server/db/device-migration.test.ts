// Migration 2026-12-02-05 on a database from before it: a unit board's device tokens (which it never needed: it does
// not sync) stop working, an enumerator's stay; the quarantine gains who resolved an item and how.
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate } from '#server/db/migrate.ts';

const MIGRATIONS = fileURLToPath(new URL('../../../server/db/migrations/', import.meta.url));
const THIS_ONE = '2026-12-02-05-quarantine-resolution.sql';
let dir: string | undefined;
afterEach(() => { if (dir) rmSync(dir, { recursive: true, force: true }); });

describe('the device and quarantine migration of 2026-12-02', () => {
  it('revokes the unit boards’ devices only, and lets a person resolve a quarantined item', () => {
    dir = mkdtempSync(join(tmpdir(), 'phieu-migration-'));
    for (const name of readdirSync(MIGRATIONS).filter((n) => n < THIS_ONE)) cpSync(join(MIGRATIONS, name), join(dir, name));
    const db = new Database(':memory:');
    migrate(db, dir);
    const account = db.prepare(`INSERT INTO accounts (username, display_name, role, password_hash, created_at) VALUES (?, ?, ?, 'x', '2026-05-28')`);
    const board = Number(account.run('bxd01', 'Ban', 'unit_board').lastInsertRowid);
    const clerk = Number(account.run('dtv01', 'ĐTV', 'enumerator').lastInsertRowid);
    const device = db.prepare(`INSERT INTO devices (id, account_id, token_hash, registered_at) VALUES (?, ?, ?, '2026-05-28')`);
    device.run('board-phone', board, 'h1');
    device.run('clerk-phone', clerk, 'h2');

    cpSync(join(MIGRATIONS, THIS_ONE), join(dir, THIS_ONE));
    expect(migrate(db, dir)).toEqual([THIS_ONE]);
    const revoked = db.prepare('SELECT id, revoked_at IS NOT NULL AS revoked FROM devices ORDER BY id').all();
    expect(revoked).toEqual([{ id: 'board-phone', revoked: 1 }, { id: 'clerk-phone', revoked: 0 }]);
    const columns = (db.prepare('PRAGMA table_info(quarantine)').all() as { name: string }[]).map((c) => c.name);
    expect(columns).toEqual(expect.arrayContaining(['resolution', 'resolved_by']));
    db.close();
  });
});
