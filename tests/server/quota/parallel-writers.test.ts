// Counters stay exact when several connections write at once (four worker threads on one WAL database file,
// as several server processes or an import beside live uploads would): SQLite serialises the writers, and the
// triggers run inside each writer's own transaction.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '#server/db/open.ts';
import { seedDemo } from '#server/demo/seed.ts';
import { findAccountByUsername } from '#server/repo/accounts.ts';
import { listUnitCountRows } from '#server/repo/quota-counts.ts';
import { findSurveyBySlug, listUnits } from '#server/repo/surveys.ts';
import { groupUnitRows } from '#shared/quota/group.ts';
import { directCounts, SURVEY } from './support.ts';

const WRITER = new URL('./concurrent-writer.ts', import.meta.url).href;

/** Workers run TypeScript through tsx's loader, registered inside the worker before the writer is imported. */
function runWriter(workerData: unknown): Promise<void> {
  const code = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(WRITER)}); });`;
  return new Promise((resolve, reject) => {
    const worker = new Worker(code, { eval: true, workerData });
    worker.once('message', () => resolve());
    worker.once('error', reject);
    worker.once('exit', (exitCode) => (exitCode === 0 ? resolve() : reject(new Error(`writer exited with ${exitCode}`))));
  });
}

let dir = '';
afterEach(() => { if (dir) rmSync(dir, { recursive: true, force: true }); });

describe('quota counters under parallel writers', () => {
  it('equal a direct count after four connections each stored and reviewed 250 interviews at once', async () => {
    dir = mkdtempSync(join(tmpdir(), 'phieu-quota-'));
    const file = join(dir, 'phieu.sqlite');
    const db = openDatabase(file);
    await seedDemo(db, new Date().toISOString());
    const jobs = ['dtv01', 'dtv02', 'dtv03', 'dtv04'].map((username, i) => ({
      file, seed: 500 + i, count: 250, accountId: findAccountByUsername(db, username)!.id,
      unitNos: [String(2 * i + 1).padStart(2, '0'), String(2 * i + 2).padStart(2, '0'), '21'],
    }));
    await Promise.all(jobs.map(runWriter));

    const direct = directCounts(db);
    expect(direct.rows).toBe(1000);
    const surveyId = findSurveyBySlug(db, SURVEY)!.id;
    const rows = listUnitCountRows(db, surveyId);
    for (const unit of listUnits(db, surveyId)) {
      const counted = groupUnitRows(rows.filter((row) => row.unitId === unit.id)).counts;
      expect(counted, unit.no).toEqual(direct.byUnit.get(unit.no) ?? { received: 0, approved: 0, flagged: 0 });
    }
    expect(direct.byUnit.get('21')?.received).toBeGreaterThan(200);
    const daily = db.prepare('SELECT sum(n) FROM quota_daily_counts').pluck().get();
    expect(daily).toBe(1000);
    db.close();
  }, 60_000);
});
