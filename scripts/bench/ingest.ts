// Sync ingest speed: demo interviews uploaded through POST /api/sync/batches (app.request, batches of 50) into a
// WAL database on disk, against a raw better-sqlite3 insert of the same rows, 50 per transaction, in the same run.
// Measured twice, each into a fresh database: from 4 devices uploading at once (their batches share commits,
// server/db/group-commit.ts) and from one device alone (one commit per batch, the slowest case). Timed warm,
// as a server is in the field week: 2,000 other interviews go through the endpoint first, untimed. Medians of
// three rounds.
// Goals: at least 5,000 interviews/s, and at most 4× the raw insert's time.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { manualClock } from '../../shared/clock.ts';
import { generateInterviews } from '../../shared/demo/generate-interviews.ts';
import { hungYen2026 } from '../../shared/demo/hung-yen-2026.ts';
import type { Interview } from '../../shared/interview/schema.ts';
import { cellOf } from '../../shared/quota/progress.ts';
import { createApp } from '../../server/app.ts';
import { ephemeralAuditDeps } from '../../server/audit/ephemeral.ts';
import { createSignInThrottle } from '../../server/auth/throttle.ts';
import { openDatabase, type Db } from '../../server/db/open.ts';
import { DEMO_PASSWORDS, seedDemo } from '../../server/demo/seed.ts';
import { insertInterview, type NewInterviewRow } from '../../server/repo/interviews.ts';
import { findQuotaCellVariable } from '../../server/repo/quota-counts.ts';
import { findSurveyBySlug, listUnits } from '../../server/repo/surveys.ts';
import { canonicalWithHash } from '../../server/sync/hash.ts';
import type { Bench, BenchSize } from './types.ts';

const BATCH = 50;
const START = '2026-05-30T08:00:00+07:00';

/**
 * Runs `measure` on a freshly seeded database, then deletes it: what the OS had not yet written of it is
 * dropped instead of being flushed to disk while the next measurement waits on its own fsyncs.
 */
async function onFreshDatabase<T>(dir: string, name: string, measure: (db: Db) => T | Promise<T>): Promise<T> {
  const file = join(dir, name);
  const db = openDatabase(file);
  try {
    await seedDemo(db, START);
    return await measure(db);
  } finally {
    db.close();
    for (const path of [file, `${file}-wal`, `${file}-shm`]) rmSync(path, { force: true });
  }
}

/**
 * Uploads every batch through the HTTP endpoint from `devices` registered devices at once, each sending its share
 * of the batches one after another (a device waits for each answer before it sends its next batch); returns the
 * elapsed milliseconds.
 */
async function timeHttpIngest(db: Db, interviews: Interview[], accountId: number, devices: number): Promise<number> {
  const clock = manualClock(START);
  const app = createApp({ db, clock, throttle: createSignInThrottle(clock), config: { trustProxy: false, sessionHours: 24, bodyLimitBytes: 1024 * 1024, staticDir: null }, ...ephemeralAuditDeps() });
  const json = { 'content-type': 'application/json' };
  const signIn = await app.request('/api/auth/sign-in', { method: 'POST', headers: json, body: JSON.stringify({ username: 'admin', password: DEMO_PASSWORDS.admin }) });
  const cookie = signIn.headers.get('set-cookie')!.split(';')[0]!;
  const streams: { deviceId: string; headers: Record<string, string>; bodies: string[] }[] = [];
  for (let d = 0; d < devices; d++) {
    const deviceId = randomUUID();
    const registered = await app.request('/api/devices', { method: 'POST', headers: { ...json, cookie }, body: JSON.stringify({ deviceId }) });
    const { token } = await registered.json() as { token: string };
    streams.push({ deviceId, headers: { ...json, authorization: `Bearer ${token}` }, bodies: [] });
  }
  for (let i = 0, b = 0; i < interviews.length; i += BATCH, b++) {
    const stream = streams[b % devices]!;
    const batch = interviews.slice(i, i + BATCH).map((interview) => ({ ...interview, accountId, deviceId: stream.deviceId }));
    stream.bodies.push(JSON.stringify({ protocol: 1, batchId: randomUUID(), deviceId: stream.deviceId, sentAt: new Date(clock.now()).toISOString(), interviews: batch }));
  }
  const send = async (stream: (typeof streams)[number]) => {
    for (const body of stream.bodies) {
      // As a browser sends it: with its length (Hono's body limit reads a body of unknown length in chunks).
      const headers = { ...stream.headers, 'content-length': String(Buffer.byteLength(body)) };
      const response = await app.request('/api/sync/batches', { method: 'POST', headers, body });
      if (response.status !== 200) throw new Error(`ingest bench: HTTP ${response.status} ${await response.text()}`);
      const { receipts } = await response.json() as { receipts: { outcome: string }[] };
      if (receipts.some((r) => r.outcome !== 'accepted')) throw new Error('ingest bench: an interview was not accepted');
    }
  };
  const started = performance.now();
  await Promise.all(streams.map(send));
  return performance.now() - started;
}

/** Inserts the same rows with the repository's insert, 50 per transaction; returns the elapsed milliseconds. */
function timeRawInsert(db: Db, interviews: Interview[], accountId: number): number {
  const surveyId = findSurveyBySlug(db, hungYen2026.survey.slug)!.id;
  const unitIds = new Map(listUnits(db, surveyId).map((unit) => [unit.no, unit.id]));
  const cellVariable = findQuotaCellVariable(db, surveyId);
  const at = new Date(Date.parse(START)).toISOString();
  const rows: NewInterviewRow[] = interviews.map((interview) => {
    const { text, hash } = canonicalWithHash(interview);
    return {
      id: interview.id, surveyId, unitId: unitIds.get(interview.unitNo)!, questionnaireVersion: interview.questionnaireVersion,
      mode: interview.mode, entry: interview.entry, serial: interview.serial ?? null, accountId, deviceId: interview.deviceId,
      status: 'received', revision: 1, practice: false, voided: false, interviewDay: interview.paper?.interviewDate ?? null,
      flags: [], contentHash: hash, record: text, at,
      quotaCell: (cellVariable && cellOf(cellVariable, interview.answers)) ?? '',
    };
  });
  const insertBatch = db.transaction((batch: NewInterviewRow[]) => { for (const row of batch) insertInterview(db, row); });
  const started = performance.now();
  for (let i = 0; i < rows.length; i += BATCH) insertBatch(rows.slice(i, i + BATCH));
  return performance.now() - started;
}

/** Devices uploading at once in the concurrent measurement: a few of a province's enumerators syncing together. */
const DEVICES_AT_ONCE = 4;
/** Interviews uploaded, untimed, before the measurements. */
const WARM_UP = 2_000;

/**
 * Rounds of the three measurements (raw, one device, several at once), each into a fresh database; the median
 * of each is reported. One round of 10,000 takes a few seconds, about as long as this shared machine's slow
 * spells last, so a single round can land in one; the median of three does not.
 */
const ROUNDS = 3;

const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;

const bench: Bench = {
  title: 'Sync ingest (POST /api/sync/batches, batches of 50, WAL on disk) vs raw insert',
  async run(size: BenchSize) {
    const count = size === 'tiny' ? 200 : 10_000;
    const rounds = size === 'tiny' ? 1 : ROUNDS;
    const dir = mkdtempSync(join(tmpdir(), 'phieu-bench-ingest-'));
    try {
      // A server ingesting in the field week runs warm: before anything is timed, other demo interviews go
      // through the endpoint into a database of their own, so the JIT has compiled the code paths measured below.
      const unitNos = hungYen2026.survey.units.map((u) => u.no);
      const accountId = await onFreshDatabase(dir, 'warm.sqlite', async (db) => {
        const admin = db.prepare("SELECT id FROM accounts WHERE username = 'admin'").pluck().get() as number;
        const warmUp = generateInterviews({ version: hungYen2026.versions[0]!, count: Math.min(count, WARM_UP), unitNos, seed: 1, accountId: admin });
        await timeHttpIngest(db, warmUp, admin, DEVICES_AT_ONCE);
        return admin;
      });

      const interviews = generateInterviews({ version: hungYen2026.versions[0]!, count, unitNos, seed: 2026, accountId });
      const timed = { raw: [] as number[], one: [] as number[], many: [] as number[] };
      for (let round = 0; round < rounds; round++) {
        // Each measurement ingests the same interviews into a database of its own.
        timed.raw.push(await onFreshDatabase(dir, 'raw.sqlite', (db) => timeRawInsert(db, interviews, accountId)));
        for (const [key, devices] of [['one', 1], ['many', DEVICES_AT_ONCE]] as const) {
          timed[key].push(await onFreshDatabase(dir, `${key}.sqlite`, (db) => timeHttpIngest(db, interviews, accountId, devices)));
        }
      }
      const [rawMs, oneMs, manyMs] = [median(timed.raw), median(timed.one), median(timed.many)];
      const perSecond = (ms: number) => (count / ms) * 1000;
      const of = `${count.toLocaleString('en')}, median of ${rounds}`;
      return [
        { name: `interviews/s, ${DEVICES_AT_ONCE} devices uploading at once (${of})`, value: perSecond(manyMs), unit: '/s', goal: 5000, lowerIsBetter: false },
        { name: `endpoint time ÷ raw insert time, ${DEVICES_AT_ONCE} devices at once`, value: manyMs / rawMs, unit: '×', goal: 4, lowerIsBetter: true },
        { name: `interviews/s, one device alone (${of})`, value: perSecond(oneMs), unit: '/s', goal: 5000, lowerIsBetter: false },
        { name: 'endpoint time ÷ raw insert time, one device alone', value: oneMs / rawMs, unit: '×', goal: 4, lowerIsBetter: true },
      ];
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};

export default bench;
