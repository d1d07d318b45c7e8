// How the command-line tools write the audit log: the data folder's key (made once, loudly, for an empty log; the
// tool stops with exit code 2 when rows exist and the key is gone), the actor `cli:<os user>`, no address, and the
// anchor moved after each append (the tool's own append has committed by then).
import { userInfo } from 'node:os';
import { isoNow, systemClock } from '#shared/clock.ts';
import { translate, type Dictionary } from '#shared/i18n/translate.ts';
import { updateAnchor } from '#server/audit/anchor.ts';
import { appendAudit } from '#server/audit/append.ts';
import { KeyFileError } from '#server/audit/key-file.ts';
import { openAuditKey } from '#server/audit/open-audit.ts';
import type { AuditEntry } from '#server/audit/record.ts';
import { readConfig } from '#server/config.ts';
import type { Db } from '#server/db/open.ts';
import { hasAuditLog } from '#server/repo/audit-log.ts';

export type CliAudit = {
  /** Appends one row (inside the caller's transaction when there is one). */
  record: (entry: AuditEntry) => void;
  /** Moves the anchor to what the database holds: call once the work has committed. `force` after a restore only,
   * which really does put an older log back (and records so). */
  settle: (options?: { force?: boolean }) => void;
};

export function cliActor(): string {
  let user = 'unknown';
  try {
    user = userInfo().username;
  } catch {
    // A container may run as a uid with no name: the row still says it came from the command line.
  }
  return `cli:${user}`;
}

export function openCliAudit(db: Db, dictionary: Dictionary): CliAudit | null {
  // A plain connection to a database not yet migrated (npm run backup) has no log to write to.
  if (!hasAuditLog(db)) return null;
  const config = readConfig(process.env);
  let key: Buffer;
  try {
    const opened = openAuditKey(db, config.auditKeyFile);
    if (opened.created) console.warn(translate(dictionary, 'audit.key.created', { file: config.auditKeyFile }));
    key = opened.key;
  } catch (error) {
    if (!(error instanceof KeyFileError)) throw error;
    console.error(translate(dictionary, error.code, error.params));
    process.exit(2);
  }
  const actor = cliActor();
  return {
    record: (entry) => {
      appendAudit(db, key, { ...entry, at: isoNow(systemClock), actorId: null, actor, address: null });
    },
    settle: (options) => {
      const outcome = updateAnchor(db, key, config.auditAnchorFile, options);
      if (outcome === 'refused' || outcome === 'forged') console.error(translate(dictionary, `audit.anchor.${outcome}`, { file: config.auditAnchorFile }));
    },
  };
}
