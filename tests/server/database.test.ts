// The database: migrations apply once and in order, and a published questionnaire version cannot be rewritten.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { listMigrations, migrate } from '#server/db/migrate.ts';
import { openDatabase } from '#server/db/open.ts';
import { seedDemo } from '#server/demo/seed.ts';

describe('database', () => {
  it('runs in WAL mode with commits that survive a power cut', () => {
    const dir = mkdtempSync(join(tmpdir(), 'phieu-db-'));
    const db = openDatabase(join(dir, 'test.sqlite'));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
  });

  it('applies every migration once, in name order', () => {
    const db = new Database(':memory:');
    const names = listMigrations().map((m) => m.name);
    expect(names).toEqual([...names].sort());
    expect(migrate(db)).toEqual(names);
    expect(migrate(db)).toEqual([]);
  });

  it('refuses a migration file whose name is not dated', () => {
    const dir = mkdtempSync(join(tmpdir(), 'phieu-migrations-'));
    writeFileSync(join(dir, 'accounts.sql'), 'SELECT 1;');
    expect(() => migrate(new Database(':memory:'), dir)).toThrow(/YYYY-MM-DD-NN-name\.sql/);
  });

  it('a failing migration leaves nothing half-applied', () => {
    const dir = mkdtempSync(join(tmpdir(), 'phieu-migrations-'));
    writeFileSync(join(dir, '2026-01-01-01-good.sql'), 'CREATE TABLE a (x INTEGER);');
    writeFileSync(join(dir, '2026-01-02-01-bad.sql'), 'CREATE TABLE b (x INTEGER); INSERT INTO nowhere VALUES (1);');
    const db = new Database(':memory:');
    expect(() => migrate(db, dir)).toThrow();
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all();
    expect(tables).toEqual(['a', 'schema_migrations']);
  });

  it('a published questionnaire version is immutable', async () => {
    const db = openDatabase(':memory:');
    expect(await seedDemo(db, '2026-05-01T00:00:00.000Z')).toBe(true);
    expect(() => db.prepare("UPDATE questionnaire_versions SET definition = '{}'").run()).toThrow(/immutable/);
  });

  it('seeds the demo only into an empty database', async () => {
    const db = openDatabase(':memory:');
    expect(await seedDemo(db, '2026-05-01T00:00:00.000Z')).toBe(true);
    expect(await seedDemo(db, '2026-05-01T00:00:00.000Z')).toBe(false);
    expect(db.prepare('SELECT count(*) FROM accounts').pluck().get()).toBe(13);
    expect(db.prepare('SELECT sum(quota) FROM units').pluck().get()).toBe(1000);
  });
});
