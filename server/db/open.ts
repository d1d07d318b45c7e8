// Opens the SQLite database with the settings every write relies on, then applies pending migrations.
import { chmodSync, closeSync, existsSync, openSync, statSync } from 'node:fs';
import Database from 'better-sqlite3';
import { migrate } from './migrate.ts';

export type Db = Database.Database;

/**
 * WAL lets readers (dashboards, exports) run beside the writer; `synchronous = FULL` makes every commit
 * durable in WAL mode too, so a receipt sent after a commit is never undone by a power cut.
 */
export function openDatabase(file: string | Buffer): Db {
  // A Buffer is a serialized database image (db.serialize()), opened in memory: tests copy a seeded template.
  const onDisk = typeof file === 'string' && file !== ':memory:';
  if (onDisk && !existsSync(file)) closeSync(openSync(file, 'a', 0o600));
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  // SQLite gives the -wal and -shm files the database file's permissions; an older install's are tightened here.
  if (onDisk) for (const part of [file, `${file}-wal`, `${file}-shm`]) ownerOnly(part);
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  // A 64 MiB page cache instead of SQLite's 2 MiB: a survey's indexes stay in memory while a batch is stored
  // (ingest CPU ≈ 12 % lower, measured with fsync off; the cache fills only as far as the database is used).
  db.pragma('cache_size = -65536');
  // Statement and savepoint journals in memory, not in a temporary file: SQLite first copies every page a
  // savepoint changes, and to /var/tmp that was one write() per page (≈ 45 µs of every stored interview, A/B,
  // when each batch of a group commit had its own savepoint; now only a group re-run after a failed batch has
  // them, decision 0006 "Where the time really went"). They hold only the pages of the open transaction.
  db.pragma('temp_store = MEMORY');
  migrate(db);
  return db;
}

/**
 * The database holds political opinions (sensitive personal data): readable and writable by the server's own user
 * only (0600). A file another user owns (a read-only copy being inspected) is left as it is: opening it must not fail.
 */
function ownerOnly(file: string): void {
  if (!existsSync(file) || (statSync(file).mode & 0o077) === 0) return;
  try {
    chmodSync(file, 0o600);
  } catch {
    // not ours to change; the server's own database always is
  }
}
