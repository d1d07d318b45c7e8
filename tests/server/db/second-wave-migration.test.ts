// The five migrations of 2026-12-02 on a database from before them, holding the demo survey and its accounts: the
// survey stays in the field (open, no managers), every account signs in as before (no temporary password, no
// second factor), and the new audit log starts empty and append-only.
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { manualClock } from '#shared/clock.ts';
import { createApp } from '#server/app.ts';
import { ephemeralAuditDeps } from '#server/audit/ephemeral.ts';
import { createSignInThrottle } from '#server/auth/throttle.ts';
import { migrate } from '#server/db/migrate.ts';
import { openDatabase } from '#server/db/open.ts';
import { DEMO_PASSWORDS } from '#server/demo/seed.ts';
import { seedDemoBeforeMigrations } from '../support/old-demo.ts';

const MIGRATIONS = fileURLToPath(new URL('../../../server/db/migrations/', import.meta.url));
const FIRST_OF_THE_WAVE = '2026-12-02';
let dir = '';
afterEach(() => { if (dir) rmSync(dir, { recursive: true, force: true }); });

describe('the migrations of 2026-12-02 on a database in use', () => {
  it('keep the survey open, every account signing in as before, and start an empty append-only audit log', async () => {
    dir = mkdtempSync(join(tmpdir(), 'phieu-migration-'));
    const before = join(dir, 'before');
    const file = join(dir, 'phieu.sqlite');
    cpSync(MIGRATIONS, before, { recursive: true, filter: (path) => !path.endsWith('.sql') || path.split('/').pop()! < FIRST_OF_THE_WAVE });
    // Opened raw: openDatabase would apply every migration at once.
    const old = new Database(file);
    old.pragma('foreign_keys = ON');
    const skipped = readdirSync(MIGRATIONS).filter((name) => name >= FIRST_OF_THE_WAVE);
    expect(skipped.filter((name) => name.startsWith(FIRST_OF_THE_WAVE))).toHaveLength(5);
    migrate(old, before);
    await seedDemoBeforeMigrations(old, '2026-05-27T01:00:00.000Z');
    old.close();

    const upgrading = new Database(file);
    upgrading.pragma('foreign_keys = ON');
    expect(migrate(upgrading, MIGRATIONS)).toEqual(skipped);
    upgrading.close();

    const db = openDatabase(file);
    expect(db.prepare('SELECT slug, state, answers_disposal FROM surveys').all())
      .toEqual([{ slug: 'hung-yen-2026', state: 'open', answers_disposal: null }]);
    expect(db.prepare('SELECT COUNT(*) AS n FROM survey_managers').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT COUNT(*) AS n FROM accounts WHERE must_change_password = 1 OR totp_enabled_at IS NOT NULL').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT COUNT(*) AS n FROM audit_log').get()).toEqual({ n: 0 });

    const clock = manualClock('2026-05-28T08:00:00+07:00');
    const app = createApp({
      db, clock, throttle: createSignInThrottle(clock),
      config: { trustProxy: false, sessionHours: 24, bodyLimitBytes: 64 * 1024, staticDir: null },
      ...ephemeralAuditDeps(),
    });
    for (const [username, password] of [['admin', DEMO_PASSWORDS.admin], ['dtv01', DEMO_PASSWORDS.enumerator]] as const) {
      const signedIn = await app.request('/api/auth/sign-in', {
        method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }),
      });
      expect(signedIn.status, username).toBe(200);
      expect(await signedIn.json(), username).toMatchObject({ account: { username } });
    }

    db.prepare(`INSERT INTO audit_log (seq, at, actor, action, target, hash) VALUES (1, 'x', 'cli:test', 'account.create', 'account:1', 'h')`).run();
    expect(() => db.prepare(`UPDATE audit_log SET target = 'account:2'`).run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
    db.close();
  });
});
