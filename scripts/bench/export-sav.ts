// The .sav export at scale: generated demo interviews stored in a SQLite file, then exported in a fresh
// process (this file, run as a child) so its peak memory (max RSS) is the export's alone. Goals: 100,000
// interviews in under 5 s, and peak memory flat in the row count (the ratio between two sizes near 1).
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { hungYen2026 } from '../../shared/demo/hung-yen-2026.ts';
import { generateInterviews } from '../../shared/demo/generate-interviews.ts';
import { parseExportParams } from '../../shared/exporting/filters.ts';
import { loadDictionary } from '../../shared/i18n/load.ts';
import { openDatabase } from '../../server/db/open.ts';
import { exportFiles } from '../../server/export/export-files.ts';
import { planExport } from '../../server/export/plan-export.ts';
import { insertInterview } from '../../server/repo/interviews.ts';
import { findUnitByNo } from '../../server/repo/surveys.ts';
import { createAccount } from '../../server/services/accounts.ts';
import { createSurvey } from '../../server/services/surveys.ts';
import type { Bench, BenchResult, BenchSize } from './types.ts';

const SELF = fileURLToPath(import.meta.url);
const TSX = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url));
const NOW = '2026-06-03T08:00:00+07:00';

/** A database file holding the demo survey and `count` received interviews. */
async function seed(file: string, count: number): Promise<void> {
  const db = openDatabase(file);
  try {
    createSurvey(db, hungYen2026.survey, hungYen2026.versions, NOW);
    await createAccount(db, { username: 'bench', displayName: 'Điều tra viên', role: 'enumerator', password: 'bench-password' }, [], NOW);
    const survey = db.prepare('SELECT id FROM surveys').pluck().get() as number;
    const unitIds = new Map(hungYen2026.survey.units.map((u) => [u.no, findUnitByNo(db, survey, u.no)!.id]));
    const unitNos = [...unitIds.keys()];
    for (let done = 0; done < count; done += 10_000) {
      const batch = generateInterviews({ version: hungYen2026.versions[0]!, count: Math.min(10_000, count - done), unitNos, seed: done + 1 });
      db.transaction(() => {
        for (const interview of batch) {
          const record = JSON.stringify({ ...interview, status: 'received' });
          insertInterview(db, {
            id: interview.id, surveyId: survey,
            unitId: unitIds.get(interview.unitNo)!, questionnaireVersion: 1, mode: interview.mode, entry: interview.entry,
            serial: interview.serial ?? null, accountId: 1, deviceId: interview.deviceId, status: 'received', revision: 1,
            practice: false, voided: false, interviewDay: interview.paper?.interviewDate ?? interview.times.startedAt.slice(0, 10),
            flags: [], contentHash: createHash('sha256').update(record).digest('hex'), record, quotaCell: '', at: NOW,
          });
        }
      })();
    }
  } finally {
    db.close();
  }
}

/** Child side: export the file's survey to .sav, counting bytes, and report time and peak memory. */
async function exportOnce(file: string): Promise<{ ms: number; maxRssMb: number; bytes: number; count: number }> {
  const db = openDatabase(file);
  const parsed = parseExportParams({ format: 'sav' });
  if (!parsed.ok) throw new Error('bench: bad request');
  const started = performance.now();
  const plan = planExport(db, 'hung-yen-2026', parsed.value, await loadDictionary('vi'), Date.parse(NOW));
  let bytes = 0;
  let count = 0;
  for await (const out of exportFiles(db, plan, { onCount: (n) => { count = n; } })) {
    for await (const chunk of out.data) bytes += chunk.length;
  }
  const ms = performance.now() - started;
  db.close();
  return { ms, maxRssMb: process.resourceUsage().maxRSS / 1024, bytes, count };
}

async function measure(count: number): Promise<{ ms: number; maxRssMb: number; bytes: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'phieu-bench-sav-'));
  try {
    const file = join(dir, 'bench.sqlite');
    await seed(file, count);
    const { stdout } = await promisify(execFile)(TSX, [SELF, file], { maxBuffer: 1024 * 1024 });
    const result = JSON.parse(stdout) as { ms: number; maxRssMb: number; bytes: number; count: number };
    if (result.count !== count) throw new Error(`bench: exported ${result.count} of ${count} interviews`);
    return result;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const fmt = (n: number) => n.toLocaleString('en-US');

const bench: Bench = {
  title: 'SPSS .sav export read from the database',
  async run(size: BenchSize): Promise<BenchResult[]> {
    if (size === 'tiny') {
      // One small export in one child process: enough to keep the bench and the writer from rotting.
      const a = await measure(500);
      return [
        { name: 's to export 500 interviews', value: a.ms / 1000, unit: 's', goal: 1, lowerIsBetter: true },
        { name: 'peak RSS, 500 interviews', value: a.maxRssMb, unit: 'MB', goal: 300, lowerIsBetter: true },
      ];
    }
    const [small, large] = [10_000, 100_000];
    const a = await measure(small);
    const b = await measure(large);
    return [
      { name: `s to export ${fmt(large)} interviews`, value: b.ms / 1000, unit: 's', goal: 5, lowerIsBetter: true },
      { name: `peak RSS, ${fmt(small)} interviews`, value: a.maxRssMb, unit: 'MB', goal: 300, lowerIsBetter: true },
      { name: `peak RSS, ${fmt(large)} interviews`, value: b.maxRssMb, unit: 'MB', goal: 300, lowerIsBetter: true },
      // Flat memory: ten times the rows, (nearly) the same peak.
      { name: `peak RSS ratio ${fmt(large)} / ${fmt(small)}`, value: b.maxRssMb / a.maxRssMb, unit: '×', goal: 1.25, lowerIsBetter: true },
      { name: `.sav size, ${fmt(large)} interviews`, value: b.bytes / 1024 / 1024, unit: 'MB', goal: 100, lowerIsBetter: true },
    ];
  },
};

export default bench;

// Run as `tsx export-sav.ts DB_FILE` (by `measure` above): the export alone, in its own process.
if (process.argv[1] && pathToFileURL(process.argv[1]).href === pathToFileURL(SELF).href) {
  const file = process.argv[2];
  if (!file) throw new Error('usage: tsx scripts/bench/export-sav.ts DB_FILE');
  process.stdout.write(JSON.stringify(await exportOnce(file)));
}
