// Health and sync during a sign-in flood (issue 17, finding 7): a real server on a port, over a WAL database on
// disk, while 64 clients keep a wrong sign-in in flight at all times, each from its own address (a botnet: the
// per-address limits do not apply, only the bounded hash pool does) against the demo's accounts and unknown
// names. Meanwhile `/api/health` is asked one request after another and an enumerator's device uploads batches
// of 50 interviews. Goals: health p95 under 50 ms, a batch of 50 under 200 ms (p95).
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { generateInterviews } from '../../shared/demo/generate-interviews.ts';
import { hungYen2026 } from '../../shared/demo/hung-yen-2026.ts';
import { DEMO_PASSWORDS, demoAccounts } from '../../server/demo/seed.ts';
import { startServer, type RunningServer } from '../../server/serve.ts';
import type { Bench, BenchSize } from './types.ts';

const FLOOD = 64;
const BATCH = 50;
const json = { 'content-type': 'application/json' };

/** By address, not `localhost`: a name lookup runs on libuv's thread pool, where scrypt runs too, and would be timed. */
const base = (server: RunningServer) => `http://127.0.0.1:${server.port}`;

const p95 = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * 0.95))]!;

async function timed(send: () => Promise<Response>): Promise<number> {
  const started = performance.now();
  const response = await send();
  await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`sign-in flood bench: HTTP ${response.status}`);
  return performance.now() - started;
}

/**
 * The attackers run in a worker thread, as they would on other machines: in the server's own thread their
 * fetch calls would eat the very event loop being measured. Plain JavaScript, evaluated, so the worker needs no
 * TypeScript loader under tsx or vitest. Each client keeps one wrong sign-in in flight until told to stop.
 */
const FLOOD_WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { url, clients, usernames } = workerData;
let running = true;
const answers = {};
parentPort.on('message', () => { running = false; });
const client = async (c) => {
  for (let i = 0; running; i++) {
    try {
      const response = await fetch(url + '/api/auth/sign-in', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': '10.' + c + '.' + ((i >> 8) & 255) + '.' + (i & 255) },
        body: JSON.stringify({ username: usernames[(c + i) % usernames.length], password: 'wrong-' + c + '-' + i }),
      });
      await response.arrayBuffer();
      answers[response.status] = (answers[response.status] || 0) + 1;
    } catch {
      answers.failed = (answers.failed || 0) + 1;
    }
  }
};
Promise.all(Array.from({ length: clients }, (_, c) => client(c))).then(() => parentPort.postMessage(answers));
`;

function flood(server: RunningServer, clients: number) {
  const usernames = [...demoAccounts().map((a) => a.username), 'nobody', 'admin2', 'root'];
  const worker = new Worker(FLOOD_WORKER, { eval: true, workerData: { url: base(server), clients, usernames } });
  const answers = new Promise<Record<string, number>>((resolve, reject) => {
    worker.once('message', (value: Record<string, number>) => resolve(value));
    worker.once('error', reject);
  });
  return {
    stop: async () => {
      worker.postMessage('stop');
      const counted = await answers;
      await worker.terminate();
      return counted;
    },
  };
}

/** Signs the demo's first enumerator in, registers a device, and prepares its batches of 50. */
async function enumeratorDevice(server: RunningServer, batches: number) {
  const enumerator = demoAccounts().find((a) => a.role === 'enumerator')!;
  const signIn = await fetch(`${base(server)}/api/auth/sign-in`, { method: 'POST', headers: json, body: JSON.stringify({ username: enumerator.username, password: DEMO_PASSWORDS.enumerator }) });
  const cookie = signIn.headers.get('set-cookie')!.split(';')[0]!;
  const me = await signIn.json() as { account: { id: number } };
  const deviceId = randomUUID();
  const registered = await fetch(`${base(server)}/api/devices`, { method: 'POST', headers: { ...json, cookie }, body: JSON.stringify({ deviceId }) });
  const { token } = await registered.json() as { token: string };
  const interviews = generateInterviews({ version: hungYen2026.versions[0]!, count: batches * BATCH, unitNos: enumerator.unitNos, seed: 17, accountId: me.account.id })
    .map((interview) => ({ ...interview, deviceId }));
  const bodies: string[] = [];
  for (let i = 0; i < interviews.length; i += BATCH) {
    bodies.push(JSON.stringify({ protocol: 1, batchId: randomUUID(), deviceId, sentAt: new Date().toISOString(), interviews: interviews.slice(i, i + BATCH) }));
  }
  return { headers: { ...json, authorization: `Bearer ${token}` }, bodies };
}

const bench: Bench = {
  title: 'Health and sync during a flood of 64 concurrent wrong sign-ins (real server, scrypt at full cost)',
  async run(size: BenchSize) {
    const healthChecks = size === 'tiny' ? 5 : 200;
    const batches = size === 'tiny' ? 1 : 20;
    const dir = mkdtempSync(join(tmpdir(), 'phieu-bench-flood-'));
    const server = await startServer({ dataDir: dir, port: 0, demo: true, staticDir: null, log: false, trustProxy: true });
    try {
      const device = await enumeratorDevice(server, batches * 2);
      const upload = (body: string) => timed(() => fetch(`${base(server)}/api/sync/batches`, { method: 'POST', headers: device.headers, body }));
      // The same checks without a flood first: on a shared machine the goals are judged beside these.
      const quiet: number[] = [];
      for (let i = 0; i < healthChecks; i++) quiet.push(await timed(() => fetch(`${base(server)}/api/health`)));
      const quietSync: number[] = [];
      for (const body of device.bodies.slice(batches)) quietSync.push(await upload(body));
      const attack = flood(server, size === 'tiny' ? 8 : FLOOD);
      // Let the flood fill the pool and its queue before anything is timed.
      await new Promise((resolve) => setTimeout(resolve, size === 'tiny' ? 50 : 1000));
      const health: number[] = [];
      for (let i = 0; i < healthChecks; i++) health.push(await timed(() => fetch(`${base(server)}/api/health`)));
      const sync: number[] = [];
      for (const body of device.bodies.slice(0, batches)) sync.push(await upload(body));
      const answered = Object.entries(await attack.stop()).map(([status, count]) => `${count}×${status}`).join(', ');
      return [
        { name: `/api/health p95 during the flood (${healthChecks} checks, ${p95(quiet).toFixed(1)} ms without it; flood answered ${answered})`, value: p95(health), unit: 'ms', goal: 50, lowerIsBetter: true },
        { name: `sync batch of ${BATCH} p95 during the flood (${batches} batches, ${p95(quietSync).toFixed(1)} ms without it)`, value: p95(sync), unit: 'ms', goal: 200, lowerIsBetter: true },
      ];
    } finally {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    }
  },
};

export default bench;
