// Online self-completion under load (issue 23): 2,000 respondents within one minute, each from its own address
// (X-Forwarded-For under PHIEU_TRUST_PROXY), each opening a unit's link and sending the whole questionnaire, on a
// real server over a WAL database on disk, on loopback. The respondents run in a worker thread, as they would on
// other machines. Goals: no errors, and the server's answer p95 under 100 ms for both calls.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { generateInterviews } from '../../shared/demo/generate-interviews.ts';
import { startServer } from '../../server/serve.ts';
import { findSurveyBySlug } from '../../server/repo/surveys.ts';
import { loadPublishedVersions } from '../../server/services/surveys.ts';
import { ensureOnlineSurvey, makeOnlineLink } from '../../tests/helpers/online.ts';
import type { Bench, BenchSize } from './types.ts';

const p95 = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * 0.95))]!;

/** An instant as the survey settings write it (Vietnam time, +07:00). */
function vietnam(ms: number): string {
  return `${new Date(ms + 7 * 3600_000).toISOString().slice(0, 19)}+07:00`;
}

/** Each respondent starts at its own moment in the minute, opens the link, then sends its answers with the ticket. */
const RESPONDENTS_WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { url, respondents, spreadMs } = workerData;
const opened = [], sent = [], errors = {};
const timed = async (list, path, init) => {
  const started = performance.now();
  const response = await fetch(url + path, init);
  const body = await response.json();
  list.push(performance.now() - started);
  if (response.status !== 200) errors[response.status] = (errors[response.status] || 0) + 1;
  return body;
};
const one = async (r, i) => {
  await new Promise((resolve) => setTimeout(resolve, (i * spreadMs) / respondents.length));
  const headers = { 'x-forwarded-for': r.address };
  const form = await timed(opened, '/api/respond/' + r.token, { headers });
  const now = new Date().toISOString();
  const body = { ...r.body, ticket: form.ticket, startedAt: new Date(Date.now() - 600000).toISOString(), sentAt: now };
  await timed(sent, '/api/respond/' + r.token + '/submissions', {
    method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify(body),
  });
};
Promise.all(respondents.map((r, i) => one(r, i).catch(() => { errors.failed = (errors.failed || 0) + 1; })))
  .then(() => parentPort.postMessage({ opened, sent, errors }));
`;

const bench: Bench = {
  title: 'Online self-completion: 2,000 respondents within a minute from 2,000 addresses (real server, loopback)',
  async run(size: BenchSize) {
    const count = size === 'tiny' ? 20 : 2_000;
    const spreadMs = size === 'tiny' ? 200 : 60_000;
    const dir = mkdtempSync(join(tmpdir(), 'phieu-bench-online-'));
    const server = await startServer({ dataDir: dir, port: 0, demo: true, staticDir: null, log: false, trustProxy: true });
    try {
      const now = Date.now();
      const slug = ensureOnlineSurvey(server.db, 'truc-tuyen', { start: vietnam(now - 3600_000), end: vietnam(now + 86_400_000) });
      const units = ['01', '02', '03', '04', '05', '06', '07', '08'];
      const tokens = new Map(units.map((unitNo) => [unitNo, makeOnlineLink(server.db, slug, unitNo, new Date(now).toISOString()).token]));
      const version = loadPublishedVersions(server.db, findSurveyBySlug(server.db, slug)!.id)[0]!;
      const respondents = generateInterviews({ version, count, unitNos: units, seed: 23 }).map((interview, i) => ({
        token: tokens.get(interview.unitNo)!,
        address: `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`,
        body: { id: crypto.randomUUID(), unitNo: interview.unitNo, questionnaireVersion: 1, answers: { ...interview.answers, c2: 40 } },
      }));
      const worker = new Worker(RESPONDENTS_WORKER, { eval: true, workerData: { url: `http://127.0.0.1:${server.port}`, respondents, spreadMs } });
      const result = await new Promise<{ opened: number[]; sent: number[]; errors: Record<string, number> }>((resolve, reject) => {
        worker.once('message', resolve);
        worker.once('error', reject);
      });
      await worker.terminate();
      const stored = server.db.prepare('SELECT count(*) FROM online_submissions').pluck().get() as number;
      const errors = Object.values(result.errors).reduce((a, b) => a + b, 0);
      const detail = Object.entries(result.errors).map(([status, n]) => `${n}×${status}`).join(', ') || 'none';
      return [
        { name: `errors among ${count} respondents (${detail}; ${stored} stored)`, value: errors + (count - stored), unit: 'errors', goal: 0.5, lowerIsBetter: true },
        { name: 'opening a link p95', value: p95(result.opened), unit: 'ms', goal: 100, lowerIsBetter: true },
        { name: 'sending the answers p95', value: p95(result.sent), unit: 'ms', goal: 100, lowerIsBetter: true },
      ];
    } finally {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    }
  },
};

export default bench;
