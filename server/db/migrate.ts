// Applies the dated, append-only migrations of db/migrations in name order, each in its own transaction.
// A released migration is never edited: a change is a new file.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type Database from 'better-sqlite3';

const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations/', import.meta.url));
const MIGRATION_NAME = /^\d{4}-\d{2}-\d{2}-\d{2}-[a-z0-9-]+\.sql$/;

export function listMigrations(dir = MIGRATIONS_DIR): { name: string; sql: string }[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.sql'))
    .map((name) => {
      if (!MIGRATION_NAME.test(name)) throw new Error(`migration file name must be YYYY-MM-DD-NN-name.sql: ${name}`);
      return { name, sql: readFileSync(`${dir}/${name}`, 'utf8') };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** Returns the names applied by this call. */
export function migrate(db: Database.Database, dir = MIGRATIONS_DIR): string[] {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    name TEXT PRIMARY KEY, applied_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')))`);
  const applied = new Set(
    db.prepare('SELECT name FROM schema_migrations').pluck().all() as string[],
  );
  const record = db.prepare('INSERT INTO schema_migrations (name) VALUES (?)');
  const done: string[] = [];
  for (const migration of listMigrations(dir)) {
    if (applied.has(migration.name)) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      record.run(migration.name);
    })();
    done.push(migration.name);
  }
  return done;
}
