// Prepares a statement once per database handle: repository functions take the handle first and call
// `stmt(db)` on every use without re-parsing SQL.
import type Database from 'better-sqlite3';

export function prepared<P extends unknown[] = unknown[], R = unknown>(sql: string) {
  const cache = new WeakMap<Database.Database, Database.Statement<P, R>>();
  return (db: Database.Database): Database.Statement<P, R> => {
    let statement = cache.get(db);
    if (!statement) {
      statement = db.prepare<P, R>(sql);
      cache.set(db, statement);
    }
    return statement;
  };
}
