// SQL for the audit log: append one row, read the chain in order (verify), and list rows by filters (the page).
// There is no UPDATE or DELETE here, and the table's triggers refuse both anyway.
import type { Db } from '../db/open.ts';
import { prepared } from '../db/prepared.ts';

/** A row as stored: `before`/`after` are the JSON texts the hash covers, exactly as written. */
export type AuditRow = {
  seq: number; at: string; actorId: number | null; actor: string; address: string | null;
  action: string; target: string; before: string | null; after: string | null; hash: string;
};

const COLUMNS = 'seq, at, actor_id AS actorId, actor, address, action, target, before, after, hash';

const lastStmt = prepared<[], { seq: number; hash: string }>('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1');
export function lastAuditLink(db: Db): { seq: number; hash: string } | undefined {
  return lastStmt(db).get();
}

const insertStmt = prepared<[number, string, number | null, string, string | null, string, string, string | null, string | null, string]>(
  'INSERT INTO audit_log (seq, at, actor_id, actor, address, action, target, before, after, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
);
export function insertAuditRow(db: Db, row: AuditRow): void {
  insertStmt(db).run(row.seq, row.at, row.actorId, row.actor, row.address, row.action, row.target, row.before, row.after, row.hash);
}

const allStmt = prepared<[], AuditRow>(`SELECT ${COLUMNS} FROM audit_log ORDER BY seq`);
/** Every row in chain order, one at a time (a long log is never held whole in memory). */
export function iterateAuditRows(db: Db): IterableIterator<AuditRow> {
  return allStmt(db).iterate();
}

const bySeqStmt = prepared<[number], { hash: string }>('SELECT hash FROM audit_log WHERE seq = ?');
export function auditHashAt(db: Db, seq: number): string | undefined {
  return bySeqStmt(db).get(seq)?.hash;
}

const tableStmt = prepared<[], number>("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'audit_log'");
/** Whether the table exists: a backup's plain connection never migrates, so an old database may not have it. */
export function hasAuditLog(db: Db): boolean {
  return tableStmt(db).get() !== undefined;
}

export type AuditQuery = {
  /** ISO instants, from inclusive, to exclusive. */
  fromAt: string | null; toAt: string | null;
  /** A username, or `cli` for every command-line row (`cli:<os user>`). */
  actor: string | null;
  action: string | null;
  /** Rows before this seq (the next page of a long list). */
  beforeSeq: number | null;
  limit: number;
};

/** Newest first. Built from fixed pieces: the values are always bound, never spliced. */
export function listAuditRows(db: Db, q: AuditQuery): AuditRow[] {
  const where: string[] = [];
  const values: (string | number)[] = [];
  if (q.fromAt) { where.push('at >= ?'); values.push(q.fromAt); }
  if (q.toAt) { where.push('at < ?'); values.push(q.toAt); }
  // `cli` also matches every `cli:<os user>`; compared as text, not LIKE, so `_` and `%` in a name mean themselves.
  if (q.actor) { where.push("(actor = ? OR substr(actor, 1, length(?) + 1) = ? || ':')"); values.push(q.actor, q.actor, q.actor); }
  if (q.action) { where.push('action = ?'); values.push(q.action); }
  if (q.beforeSeq) { where.push('seq < ?'); values.push(q.beforeSeq); }
  const sql = `SELECT ${COLUMNS} FROM audit_log ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY seq DESC LIMIT ?`;
  return db.prepare<(string | number)[], AuditRow>(sql).all(...values, q.limit);
}

const actionsStmt = prepared<[], string>('SELECT DISTINCT action FROM audit_log ORDER BY action');
const actorsStmt = prepared<[], string>('SELECT DISTINCT actor FROM audit_log ORDER BY actor');
/** What the page's filters offer: the actions and actors the log holds. */
export function auditChoices(db: Db): { actions: string[]; actors: string[] } {
  return { actions: actionsStmt(db).pluck().all(), actors: actorsStmt(db).pluck().all() };
}
