// The audit log's chain: the triggers refuse UPDATE and DELETE; and someone who goes around them (drops the
// triggers in SQLite) and edits, inserts, removes or cuts off rows is found by verify — even after re-signing the
// whole chain with a key of their own. The anchor beside the key catches rows cut off the end.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAnchor, updateAnchor } from '#server/audit/anchor.ts';
import { appendAudit } from '#server/audit/append.ts';
import { GENESIS, hashAuditRow, verifyChain } from '#server/audit/chain.ts';
import { openDatabase, type Db } from '#server/db/open.ts';
import { iterateAuditRows, type AuditRow } from '#server/repo/audit-log.ts';

const KEY = randomBytes(32);
const rows = (db: Db) => [...iterateAuditRows(db)];

function logOf(count: number): Db {
  const db = openDatabase(':memory:');
  for (let n = 1; n <= count; n++) {
    appendAudit(db, KEY, {
      at: `2026-05-28T0${n}:00:00.000Z`, actorId: 1, actor: 'admin', address: '10.0.0.5',
      action: 'account.disable', target: `account:${n}`, before: { disabled: false }, after: { disabled: true },
    });
  }
  return db;
}

/** What someone with SQLite and no key can do: drop the triggers. */
function goAround(db: Db): void {
  db.exec('DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;');
}

/** Rewrites every hash with another key, as someone who can edit the database but not read the key would. */
function resign(db: Db, key: Buffer): void {
  let previous = GENESIS;
  for (const row of rows(db)) {
    const hash = hashAuditRow(key, previous, row);
    db.prepare('UPDATE audit_log SET hash = ? WHERE seq = ?').run(hash, row.seq);
    previous = hash;
  }
}

describe('the audit chain', () => {
  it('links each row to the one before, and an untouched log verifies', () => {
    const db = logOf(5);
    const log = rows(db);
    expect(log.map((r) => r.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(log[1]!.hash).toBe(hashAuditRow(KEY, log[0]!.hash, log[1]!));
    expect(verifyChain(KEY, log)).toEqual({ end: { count: 5, lastHash: log[4]!.hash }, breaks: [] });
  });

  it('is append-only: the triggers refuse UPDATE and DELETE', () => {
    const db = logOf(2);
    expect(() => db.prepare("UPDATE audit_log SET action = 'x' WHERE seq = 1").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM audit_log WHERE seq = 2').run()).toThrow(/append-only/);
    expect(rows(db)).toHaveLength(2);
  });

  it('an append inside a transaction that fails leaves no row', () => {
    const db = logOf(1);
    expect(() => db.transaction(() => {
      appendAudit(db, KEY, { at: '2026-05-28T09:00:00.000Z', actorId: 1, actor: 'admin', address: null, action: 'account.create', target: 'account:9' });
      throw new Error('the action failed');
    })()).toThrow('the action failed');
    expect(rows(db)).toHaveLength(1);
  });

  it('finds an edited row', () => {
    const db = logOf(5);
    goAround(db);
    db.prepare("UPDATE audit_log SET target = 'account:99' WHERE seq = 3").run();
    expect(verifyChain(KEY, rows(db)).breaks).toEqual([{ kind: 'edited', seq: 3 }]);
  });

  it('finds an edited row even when the whole chain is re-signed with another key', () => {
    const db = logOf(4);
    goAround(db);
    db.prepare("UPDATE audit_log SET actor = 'dtv01' WHERE seq = 2").run();
    resign(db, randomBytes(32));
    expect(verifyChain(KEY, rows(db)).breaks.map((b) => b.kind)).toEqual(['edited', 'edited', 'edited', 'edited']);
  });

  it('finds an inserted row', () => {
    const db = logOf(4);
    goAround(db);
    const later = rows(db).filter((r) => r.seq >= 3);
    db.prepare('DELETE FROM audit_log WHERE seq >= 3').run();
    const forged: Omit<AuditRow, 'hash'> = { ...later[0]!, seq: 3, target: 'account:7', action: 'account.enable' };
    db.prepare('INSERT INTO audit_log (seq, at, actor_id, actor, address, action, target, before, after, hash) VALUES (?,?,?,?,?,?,?,?,?,?)')
      .run(forged.seq, forged.at, forged.actorId, forged.actor, forged.address, forged.action, forged.target, forged.before, forged.after, 'f'.repeat(64));
    for (const row of later) {
      db.prepare('INSERT INTO audit_log (seq, at, actor_id, actor, address, action, target, before, after, hash) VALUES (?,?,?,?,?,?,?,?,?,?)')
        .run(row.seq + 1, row.at, row.actorId, row.actor, row.address, row.action, row.target, row.before, row.after, row.hash);
    }
    expect(verifyChain(KEY, rows(db)).breaks).toEqual([{ kind: 'edited', seq: 3 }, { kind: 'edited', seq: 4 }, { kind: 'edited', seq: 5 }]);
  });

  it('finds a removed row', () => {
    const db = logOf(5);
    goAround(db);
    db.prepare('DELETE FROM audit_log WHERE seq = 2').run();
    expect(verifyChain(KEY, rows(db)).breaks).toEqual([{ kind: 'removed', seq: 3 }, { kind: 'edited', seq: 3 }]);
  });

  it('finds rows cut off the end through a remembered end (the anchor, a backup)', () => {
    const db = logOf(5);
    const remembered = verifyChain(KEY, rows(db)).end;
    goAround(db);
    db.prepare('DELETE FROM audit_log WHERE seq > 3').run();
    // The chain alone cannot tell: what is left is a perfect chain of three.
    expect(verifyChain(KEY, rows(db)).breaks).toEqual([]);
    const { breaks } = verifyChain(KEY, rows(db), [remembered]);
    expect(breaks).toEqual([{ kind: 'truncated', expected: remembered, found: { count: 3, lastHash: rows(db)[2]!.hash } }]);
  });

  it('the anchor: written after appends, signed with the key, and never moved back over a cut log', () => {
    const dir = mkdtempSync(join(tmpdir(), 'phieu-anchor-'));
    const file = join(dir, 'audit.anchor');
    const db = logOf(3);
    expect(updateAnchor(db, KEY, file)).toBe('written');
    expect(readAnchor(KEY, file)).toEqual({ ok: true, end: { count: 3, lastHash: rows(db)[2]!.hash } });
    expect(updateAnchor(db, KEY, file)).toBe('unchanged');

    goAround(db);
    db.prepare('DELETE FROM audit_log WHERE seq = 3').run();
    expect(updateAnchor(db, KEY, file)).toBe('refused');
    expect(readAnchor(KEY, file)).toMatchObject({ ok: true, end: { count: 3 } });

    // Another key's anchor, or an edited one, is no anchor.
    expect(readAnchor(randomBytes(32), file)).toEqual({ ok: false, reason: 'forged' });
    expect(updateAnchor(db, randomBytes(32), file)).toBe('forged');
    writeFileSync(file, readFileSync(file, 'utf8').replace('"count":3', '"count":2'));
    expect(readAnchor(KEY, file)).toEqual({ ok: false, reason: 'forged' });
    expect(readAnchor(KEY, join(dir, 'none'))).toEqual({ ok: false, reason: 'missing' });
  });
});
