// The server process killed (SIGKILL) in the middle of a stream of batches, restarted on the same data, and
// everything resent: every interview is there exactly once and SQLite's integrity check is ok.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { generateInterviews } from '#shared/demo/generate-interviews.ts';
import { hungYen2026 } from '#shared/demo/hung-yen-2026.ts';
import { BatchResponseV1Schema } from '#shared/sync/messages.ts';
import { databaseFile } from '#server/config.ts';
import { DEMO_PASSWORDS } from '#server/demo/seed.ts';

type Server = { child: ChildProcess; url: string };
const started: ChildProcess[] = [];

/** `node --import tsx` runs the server in this very process (no tsx child that would outlive a kill). */
async function startServer(dataDir: string): Promise<Server> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts', '--demo'], {
    env: { ...process.env, PHIEU_DATA_DIR: dataDir, PORT: '0', PHIEU_STATIC_DIR: '', PHIEU_LOG: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  started.push(child);
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = output.match(/http:\/\/localhost:\d+/);
      if (match) resolve(match[0]);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`server exited (${code}) before listening:\n${output}`)));
  });
  return { child, url };
}

const exited = (child: ChildProcess) => new Promise<void>((resolve) => {
  if (child.exitCode !== null || child.signalCode !== null) resolve();
  else child.once('exit', () => resolve());
});

afterEach(() => {
  for (const child of started.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
});

describe('server killed mid-stream', { timeout: 30_000 }, () => {
  it('after SIGKILL, a restart and a full resend, every interview is stored exactly once', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'phieu-kill-'));
    let server = await startServer(dataDir);
    const signIn = await fetch(`${server.url}/api/auth/sign-in`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'admin', password: DEMO_PASSWORDS.admin }),
    });
    const cookie = signIn.headers.get('set-cookie')!.split(';')[0]!;
    const { account } = await (await fetch(`${server.url}/api/auth/me`, { headers: { cookie } })).json() as { account: { id: number } };
    const deviceId = randomUUID();
    const { token } = await (await fetch(`${server.url}/api/devices`, {
      method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ deviceId, label: 'laptop' }),
    })).json() as { token: string };

    const interviews = generateInterviews({
      version: hungYen2026.versions[0]!, count: 600, unitNos: hungYen2026.survey.units.map((u) => u.no), seed: 60, accountId: account.id, deviceId,
    });
    const batches = Array.from({ length: 30 }, (_, n) => JSON.stringify({
      protocol: 1, batchId: randomUUID(), deviceId, sentAt: new Date().toISOString(), interviews: interviews.slice(n * 20, n * 20 + 20),
    }));
    const send = (url: string, body: string) => fetch(`${url}/api/sync/batches`, {
      method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body,
    });

    // Four connections stream the batches; the process is killed once a few answers are back, others in flight.
    let answered = 0;
    let cursor = 0;
    const killed = new Promise<void>((resolve) => {
      const stream = async () => {
        while (cursor < batches.length) {
          const body = batches[cursor++]!;
          try {
            if ((await send(server.url, body)).ok && ++answered === 6) { server.child.kill('SIGKILL'); resolve(); }
          } catch { return; } // the connection died with the server
        }
      };
      void Promise.all([stream(), stream(), stream(), stream()]).then(() => resolve());
    });
    await killed;
    await exited(server.child);
    expect(server.child.signalCode).toBe('SIGKILL');
    expect(cursor).toBeLessThan(batches.length); // it really died mid-stream

    server = await startServer(dataDir);
    const outcomes = new Map<string, string>();
    for (const body of batches) {
      const response = await send(server.url, body);
      expect(response.status).toBe(200);
      for (const receipt of BatchResponseV1Schema.parse(await response.json()).receipts) outcomes.set(receipt.id, receipt.outcome);
    }
    expect([...outcomes.values()].every((outcome) => outcome === 'accepted')).toBe(true);
    server.child.kill('SIGTERM');
    await exited(server.child);

    const db = new Database(databaseFile(dataDir), { readonly: true });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const ids = db.prepare('SELECT id FROM interviews ORDER BY id').pluck().all() as string[];
    expect(ids).toEqual(interviews.map((i) => i.id).sort());
    expect(db.prepare('SELECT count(*) FROM interview_history').pluck().get()).toBe(600);
    expect(db.prepare('SELECT count(*) FROM sync_batches').pluck().get()).toBe(30);
    db.close();
  }, 90_000);
});
