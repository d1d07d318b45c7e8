// The server's hand-over key: made at the first start beside the audit key (0600), the same key on every later
// start (so files sealed to it stay readable, and its id in the device state does not move), and a malformed key
// file refused in words, never replaced.
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KeyFileError } from '#server/audit/key-file.ts';
import { demoPassword } from '#server/demo/seed.ts';
import { openHandoverKey } from '#server/handover/key.ts';
import { startServer } from '#server/serve.ts';

describe('the hand-over key', { timeout: 30_000 }, () => {
  it('is made at the first start beside the audit key, kept, and brought down in the device state', async () => {
    const root = mkdtempSync(join(tmpdir(), 'phieu-handover-key-'));
    const dataDir = join(root, 'data');
    const keyFile = join(root, 'data-keys', 'handover.key');
    const first = await startServer({ dataDir, port: 0, demo: true, staticDir: null, log: false });
    expect(first.handover).toEqual({ keyFile, keyCreated: true });
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);
    const pem = readFileSync(keyFile, 'utf8');
    expect(pem).toContain('BEGIN PRIVATE KEY');
    const signIn = await fetch(`${first.url}/api/auth/sign-in`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'dtv01', password: demoPassword('dtv01') }),
    });
    const cookie = signIn.headers.get('set-cookie')!.split(';')[0]!;
    const state = (await (await fetch(`${first.url}/api/device/state`, { headers: { cookie } })).json()) as { handoverKey: unknown };
    expect(state.handoverKey).toEqual(openHandoverKey(keyFile).publicKey);
    await first.close();

    const again = await startServer({ dataDir, port: 0, staticDir: null, log: false });
    expect(again.handover.keyCreated).toBe(false);
    await again.close();
    expect(readFileSync(keyFile, 'utf8')).toBe(pem);
    expect(openHandoverKey(keyFile).publicKey).toEqual(openHandoverKey(keyFile).publicKey);
    expect(openHandoverKey(keyFile).publicKey.id).toMatch(/^[A-Za-z0-9_-]{22}$/);
  });

  it('refuses a key file that is not a P-256 private key, and leaves it as it is', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'phieu-handover-key-')), 'handover.key');
    writeFileSync(file, 'not a key\n');
    expect(() => openHandoverKey(file)).toThrow(KeyFileError);
    expect(readFileSync(file, 'utf8')).toBe('not a key\n');
  });
});
