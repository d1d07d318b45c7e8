// Sync ingest speed: demo interviews uploaded through POST /api/sync/batches (app.request, batches of 50) into a
// WAL database on disk, against a raw better-sqlite3 insert of the same rows, 50 per transaction, in the same run.
// Goals: at least 5,000 interviews/s, and at most 4× the raw insert's time.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { manualClock } from '../../shared/clock.ts';
import { generateInterviews } from '../../shared/demo/generate-interviews.ts';
import { hungYen2026 } from '../../shared/demo/hung-yen-2026.ts';
import type { Interview } from '../../shared/interview/schema.ts';
import { createApp } from '../../server/app.ts';
import { createSignInThrottle } from '../../server/auth/throttle.ts';
import { openDatabase, type Db } from '../../server/db/open.ts';
import { seedDemo } from '../../server/demo/seed.ts';
import { insertInterview, type NewInterviewRow } from '../../server/repo/interviews.ts';
import { findSurveyBySlug, listUnits } from '../../server/repo/surveys.ts';
import { canonicalWithHash } from '../../server/sync/hash.ts';
import type { Bench, BenchSize } from './types.ts';

const BATCH = 50;
const START = '2026-05-30T08:00:00+07:00';

async function seededDatabase(dir: string, name: string): Promise<Db> {
  const db = openDatabase(join(dir, name));
  await seedDemo(db, START);
  return db;
}

/** Uploads every batch through the HTTP endpoint; returns the elapsed milliseconds. */
async function timeHttpIngest(db: Db, interviews: Interview[], accountId: number): Promise<number> {
  const clock = manualClock(START);
  const app = createApp({ db, clock, throttle: createSignInThrottle(clock), config: { trustProxy: false, sessionHours: 24, bodyLimitBytes: 1024 * 1024, staticDir: null } });
  const json = { 'content-type': 'application/json' };
  const signIn = await app.request('/api/auth/sign-in', { method: 'POST', headers: json, body: JSON.stringify({ username: 'admin', password: 'admin-demo-2026' }) });
  const cookie = signIn.headers.get('set-cookie')!.split(';')[0]!;
  const deviceId = randomUUID();
  const registered = await app.request('/api/devices', { method: 'POST', headers: { ...json, cookie }, body: JSON.stringify({ deviceId }) });
  const { token } = await registered.json() as { token: string };
  const bodies: string[] = [];
  for (let i = 0; i < interviews.length; i += BATCH) {
    const batch = interviews.slice(i, i + BATCH).map((interview) => ({ ...interview, accountId, deviceId }));
    bodies.push(JSON.stringify({ protocol: 1, batchId: randomUUID(), deviceId, sentAt: new Date(clock.now()).toISOString(), interviews: batch }));
  }
  const headers = { ...json, authorization: `Bearer ${token}` };
  const started = performance.now();
  for (const body of bodies) {
    const response = await app.request('/api/sync/batches', { method: 'POST', headers, body });
    if (response.status !== 200) throw new Error(`ingest bench: HTTP ${response.status} ${await response.text()}`);
    const { receipts } = await response.json() as { receipts: { outcome: string }[] };
    if (receipts.some((r) => r.outcome !== 'accepted')) throw new Error('ingest bench: an interview was not accepted');
  }
  return performance.now() - started;
}

/** Inserts the same rows with the repository's insert, 50 per transaction; returns the elapsed milliseconds. */
function timeRawInsert(db: Db, interviews: Interview[], accountId: number): number {
  const surveyId = findSurveyBySlug(db, hungYen2026.survey.slug)!.id;
  const unitIds = new Map(listUnits(db, surveyId).map((unit) => [unit.no, unit.id]));
  const at = new Date(Date.parse(START)).toISOString();
  const rows: NewInterviewRow[] = interviews.map((interview) => {
    const { text, hash } = canonicalWithHash(interview);
    return {
      id: interview.id, surveyId, unitId: unitIds.get(interview.unitNo)!, questionnaireVersion: interview.questionnaireVersion,
      mode: interview.mode, entry: interview.entry, serial: interview.serial ?? null, accountId, deviceId: interview.deviceId,
      status: 'received', revision: 1, practice: false, voided: false, interviewDay: interview.paper?.interviewDate ?? null,
      flags: [], contentHash: hash, record: text, at,
    };
  });
  const insertBatch = db.transaction((batch: NewInterviewRow[]) => { for (const row of batch) insertInterview(db, row); });
  const started = performance.now();
  for (let i = 0; i < rows.length; i += BATCH) insertBatch(rows.slice(i, i + BATCH));
  return performance.now() - started;
}

const bench: Bench = {
  title: 'Sync ingest (POST /api/sync/batches, batches of 50, WAL on disk) vs raw insert',
  async run(size: BenchSize) {
    const count = size === 'tiny' ? 200 : 10_000;
    const dir = mkdtempSync(join(tmpdir(), 'phieu-bench-ingest-'));
    try {
      const httpDb = await seededDatabase(dir, 'http.sqlite');
      const rawDb = await seededDatabase(dir, 'raw.sqlite');
      const accountId = httpDb.prepare("SELECT id FROM accounts WHERE username = 'admin'").pluck().get() as number;
      const interviews = generateInterviews({
        version: hungYen2026.versions[0]!, count, unitNos: hungYen2026.survey.units.map((u) => u.no), seed: 2026, accountId,
      });
      const rawMs = timeRawInsert(rawDb, interviews, accountId);
      const httpMs = await timeHttpIngest(httpDb, interviews, accountId);
      httpDb.close();
      rawDb.close();
      return [
        { name: `interviews/s through the endpoint (${count.toLocaleString('en')})`, value: (count / httpMs) * 1000, unit: '/s', goal: 5000, lowerIsBetter: false },
        { name: 'endpoint time ÷ raw insert time', value: httpMs / rawMs, unit: '×', goal: 4, lowerIsBetter: true },
      ];
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};

export default bench;
