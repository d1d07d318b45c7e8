// What someone with SQLite but not the audit key can do after editing a row: sign the whole chain again with a key
// of their own, so the rows agree with each other. `npm run audit -- verify` must still see it.
import { randomBytes } from 'node:crypto';
import { GENESIS, hashAuditRow } from '#server/audit/chain.ts';
import type { Db } from '#server/db/open.ts';
import { iterateAuditRows } from '#server/repo/audit-log.ts';

export function resignAuditChain(db: Db, key: Buffer = randomBytes(32)): void {
  let previous = GENESIS;
  const setHash = db.prepare('UPDATE audit_log SET hash = ? WHERE seq = ?');
  for (const row of [...iterateAuditRows(db)]) {
    previous = hashAuditRow(key, previous, row);
    setHash.run(previous, row.seq);
  }
}
