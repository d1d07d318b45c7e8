// The audit key at the server's start: made once, beside the data folder and never inside it, for an empty log; the
// same key on every later start; and a refusal to start, with no new key made, when the log has rows and the key is
// gone. The anchor follows the server's appends; with a backup key the admin page's backups are encrypted.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAnchor } from '#server/audit/anchor.ts';
import { KeyFileError } from '#server/audit/key-file.ts';
import { DEMO_PASSWORDS } from '#server/demo/seed.ts';
import { startServer } from '#server/serve.ts';

async function signedIn(url: string): Promise<string> {
  const response = await fetch(`${url}/api/auth/sign-in`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'admin', password: DEMO_PASSWORDS.admin }),
  });
  return response.headers.get('set-cookie')!.split(';')[0]!;
}

describe('the audit key at start', { timeout: 30_000 }, () => {
  it('is made once beside the data folder, kept, and never silently replaced once rows exist', async () => {
    const root = mkdtempSync(join(tmpdir(), 'phieu-start-'));
    const dataDir = join(root, 'data');
    const keyFile = join(root, 'data-keys', 'audit.key');
    const anchorFile = join(root, 'data-keys', 'audit.anchor');

    const first = await startServer({ dataDir, port: 0, demo: true, staticDir: null, log: false });
    expect(first.audit).toEqual({ keyFile, keyCreated: true, anchor: 'written', anchorFile });
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);
    expect(statSync(join(root, 'data-keys')).mode & 0o777).toBe(0o700);
    const key = Buffer.from(readFileSync(keyFile, 'utf8').trim(), 'hex');

    // An admin action moves the anchor once its transaction has committed.
    const cookie = await signedIn(first.url);
    const id = first.db.prepare("SELECT id FROM accounts WHERE username = 'dtv05'").pluck().get() as number;
    expect((await fetch(`${first.url}/api/admin/accounts/${id}/disable`, { method: 'POST', headers: { cookie } })).status).toBe(200);
    await new Promise((resolve) => setImmediate(resolve));
    expect(readAnchor(key, anchorFile)).toMatchObject({ ok: true, end: { count: 1 } });
    await first.close();

    const again = await startServer({ dataDir, port: 0, staticDir: null, log: false });
    expect(again.audit.keyCreated).toBe(false);
    await again.close();
    expect(readFileSync(keyFile, 'utf8').trim()).toBe(key.toString('hex'));

    rmSync(keyFile);
    const refused = await startServer({ dataDir, port: 0, staticDir: null, log: false }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(KeyFileError);
    expect(refused).toMatchObject({ code: 'audit.key.missingWithRows', params: { file: keyFile } });
    expect(existsSync(keyFile)).toBe(false);

    writeFileSync(keyFile, 'not a key\n');
    expect(await startServer({ dataDir, port: 0, staticDir: null, log: false }).catch((error: unknown) => error))
      .toMatchObject({ code: 'audit.key.malformed' });
  });

  it('encrypts the admin page’s backups when PHIEU_BACKUP_KEY_FILE names a key', async () => {
    const root = mkdtempSync(join(tmpdir(), 'phieu-start-'));
    const backupKeyFile = join(root, 'backup.key');
    writeFileSync(backupKeyFile, `${randomBytes(32).toString('hex')}\n`, { mode: 0o600 });
    const server = await startServer({ dataDir: join(root, 'data'), port: 0, demo: true, staticDir: null, log: false, backupKeyFile });
    const cookie = await signedIn(server.url);
    const taken = await fetch(`${server.url}/api/admin/backups`, { method: 'POST', headers: { cookie } });
    expect(taken.status).toBe(201);
    const { backup } = await taken.json() as { backup: { name: string; encrypted: boolean } };
    expect(backup).toMatchObject({ encrypted: true, name: expect.stringMatching(/\.sqlite\.enc$/) });
    const list = await (await fetch(`${server.url}/api/admin/backups`, { headers: { cookie } })).json() as { backups: unknown[]; encrypting: boolean };
    expect(list).toMatchObject({ encrypting: true, backups: [backup] });
    const download = await fetch(`${server.url}/api/admin/backups/${backup.name}`, { headers: { cookie } });
    expect(download.headers.get('content-disposition')).toBe(`attachment; filename="${backup.name}"`);
    expect(Buffer.from(await download.arrayBuffer()).subarray(0, 8).toString('latin1')).toBe('PHIEUBAK');
    await server.close();

    rmSync(backupKeyFile);
    expect(await startServer({ dataDir: join(root, 'data'), port: 0, staticDir: null, log: false, backupKeyFile }).catch((error: unknown) => error))
      .toMatchObject({ code: 'backup.key.missing' });
  });
});
