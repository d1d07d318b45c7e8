// Appends one row to the audit log: the next seq, the chain's next hash. Used by recordAudit (requests) and
// directly by the command-line tools (actor "cli:<os user>").
import type { AuditAction } from '#shared/audit/actions.ts';
import type { Db } from '../db/open.ts';
import { insertAuditRow, lastAuditLink, type AuditRow } from '../repo/audit-log.ts';
import { GENESIS, hashAuditRow } from './chain.ts';

export type AuditAppend = {
  /** ISO instant (the caller's clock). */
  at: string;
  /** The account's id, null for the command line. */
  actorId: number | null;
  /** The username at the time (an account renamed later keeps its old name here), or `cli:<os user>`. */
  actor: string;
  address: string | null;
  action: AuditAction;
  target: string;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
};

const json = (value: Record<string, unknown> | null | undefined): string | null => (value ? JSON.stringify(value) : null);

/**
 * Inside the caller's transaction when there is one (better-sqlite3 nests it as a savepoint), so the action and its
 * record commit together or not at all; reading the last link and inserting the next are one step either way.
 */
export function appendAudit(db: Db, key: Buffer, entry: AuditAppend): AuditRow {
  return db.transaction(() => {
    const last = lastAuditLink(db);
    const content = {
      seq: (last?.seq ?? 0) + 1, at: entry.at, actorId: entry.actorId, actor: entry.actor, address: entry.address,
      action: entry.action, target: entry.target, before: json(entry.before), after: json(entry.after),
    };
    const row: AuditRow = { ...content, hash: hashAuditRow(key, last?.hash ?? GENESIS, content) };
    insertAuditRow(db, row);
    return row;
  })();
}
