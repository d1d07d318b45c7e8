// What the server and the command-line tools do with the audit key at start: read it; make it once, loudly, for a
// log that is still empty; and refuse to go on without it once rows exist (a new key would make every existing row
// look forged, and silently replacing it would hide a real forgery). Also keeps the anchor moving after appends.
import { existsSync } from 'node:fs';
import type { Db } from '../db/open.ts';
import { lastAuditLink } from '../repo/audit-log.ts';
import { updateAnchor, type AnchorUpdate } from './anchor.ts';
import { createKeyFile, KeyFileError, readKeyFile } from './key-file.ts';

export type AuditKey = { key: Buffer; created: boolean };

export function openAuditKey(db: Db, keyFile: string): AuditKey {
  const read = readKeyFile(keyFile);
  if (read.ok) return { key: read.key, created: false };
  if (read.reason === 'malformed') throw new KeyFileError('audit.key.malformed', { file: keyFile });
  if (lastAuditLink(db)) throw new KeyFileError('audit.key.missingWithRows', { file: keyFile });
  return { key: createKeyFile(keyFile), created: true };
}

/** Whether an anchor should exist but does not (verify treats that as a failure). */
export function anchorMissing(anchorFile: string): boolean {
  return !existsSync(anchorFile);
}

/**
 * The `appended` hook of Deps: the anchor is rewritten once the current synchronous work (and so the request's
 * transaction) is over, from what the database then holds, so a rolled-back append never moves it. Several appends
 * in one tick write it once. A refusal (the log lost the anchored row) is reported, never papered over.
 */
export function anchorKeeper(db: Db, key: Buffer, anchorFile: string, onRefused: (outcome: 'refused' | 'forged') => void): () => void {
  let pending = false;
  const write = (): void => {
    // A transaction still open (one spanning an await) may yet roll back: look again shortly.
    if (db.inTransaction) { setImmediate(write); return; }
    pending = false;
    if (!db.open) return;
    const outcome: AnchorUpdate = updateAnchor(db, key, anchorFile);
    if (outcome === 'refused' || outcome === 'forged') onRefused(outcome);
  };
  return () => {
    if (pending) return;
    pending = true;
    setImmediate(write);
  };
}
