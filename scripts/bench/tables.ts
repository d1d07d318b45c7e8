// The results' tabulation at scale (issue 21): demo interviews stored in a SQLite file as the server stores them
// (the whole record as JSON), then tabulated in fresh processes (this file, run as a child), so each time is a cold
// process's and the peak memory (max RSS) the tabulation's alone: from the JSON records, then from the compact store
// (decision 0017) after packing it once. Goals: all 16 demo questions over 1,000,000
// interviews under 2 s; one cross-tab (Câu 9 by unit kind) over 1,000,000 under 1 s.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { hungYen2026 } from '../../shared/demo/hung-yen-2026.ts';
import { generateInterviews } from '../../shared/demo/generate-interviews.ts';
import { loadDictionary } from '../../shared/i18n/load.ts';
import { translate } from '../../shared/i18n/translate.ts';
import { parseCrosstabQuery, parseResultsQuery } from '../../shared/tables/query.ts';
import { openDatabase } from '../../server/db/open.ts';
import { loadCrosstab, loadResults } from '../../server/results/load-results.ts';
import { insertInterview } from '../../server/repo/interviews.ts';
import { findSurveyBySlug, findUnitByNo } from '../../server/repo/surveys.ts';
import { createAccount } from '../../server/services/accounts.ts';
import { createSurvey } from '../../server/services/surveys.ts';
import type { Bench, BenchResult, BenchSize } from './types.ts';

const SELF = fileURLToPath(import.meta.url);
const TSX = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url));
const NOW = '2026-06-03T08:00:00+07:00';
/** Distinct generated interviews; the million repeats them under new ids (the answers' variety does not change the work). */
const POOL = 20_000;

/** A database file holding the demo survey and `count` received interviews, inserted in large transactions. */
export async function seed(file: string, count: number): Promise<void> {
  const db = openDatabase(file);
  try {
    createSurvey(db, hungYen2026.survey, hungYen2026.versions, NOW);
    await createAccount(db, { username: 'bench', displayName: 'Điều tra viên', role: 'enumerator', password: 'bench-password' }, [], NOW);
    const survey = findSurveyBySlug(db, hungYen2026.survey.slug)!.id;
    const unitIds = new Map(hungYen2026.survey.units.map((u) => [u.no, findUnitByNo(db, survey, u.no)!.id]));
    const pool = generateInterviews({ version: hungYen2026.versions[0]!, count: Math.min(POOL, count), unitNos: [...unitIds.keys()], seed: 21 });
    const records = pool.map((interview) => JSON.stringify({ ...interview, status: 'received' }));
    for (let done = 0; done < count; done += 50_000) {
      db.transaction(() => {
        for (let n = done; n < Math.min(done + 50_000, count); n++) {
          const i = pool[n % pool.length]!;
          // The same answers under a new id: the id and hash are all that must differ.
          const id = `bench-${String(n).padStart(9, '0')}`;
          insertInterview(db, {
            id, surveyId: survey, unitId: unitIds.get(i.unitNo)!, questionnaireVersion: 1, mode: i.mode, entry: i.entry, serial: null,
            accountId: 1, deviceId: i.deviceId, status: 'received', revision: 1, practice: false, voided: false,
            interviewDay: i.paper?.interviewDate ?? i.times.startedAt.slice(0, 10), flags: [], contentHash: id,
            record: records[n % pool.length]!, quotaCell: '', at: NOW,
          });
        }
      })();
    }
  } finally {
    db.close();
  }
}

type Mode = 'records' | 'pack' | 'store';
type ChildResult = { tablesMs: number; crosstabMs: number; total: number; maxRssMb: number };

/**
 * Child side, in a new process each: `records` tabulates from the JSON records (the straightforward way), `pack`
 * fills the compact store once (what the first tabulation after the migration does), `store` tabulates from it.
 */
async function tabulateOnce(file: string, mode: Mode): Promise<ChildResult> {
  const db = openDatabase(file);
  const dictionary = await loadDictionary('vi');
  const words = (code: string) => translate(dictionary, code);
  const all = parseResultsQuery({ bands: 'c2:18-30,31-45,46-60,61+' });
  const cross = parseCrosstabQuery({ row: 'c9', by: 'unitKind' });
  if (!all.ok || !cross.ok) throw new Error('bench: bad request');
  const from = mode === 'records' ? 'records' : 'store';
  let started = performance.now();
  const results = loadResults(db, 'hung-yen-2026', all.value, words, from);
  const tablesMs = performance.now() - started;
  started = performance.now();
  if (mode !== 'pack') loadCrosstab(db, 'hung-yen-2026', cross.value, words, from);
  const crosstabMs = performance.now() - started;
  db.close();
  return { tablesMs, crosstabMs, total: results.total, maxRssMb: process.resourceUsage().maxRSS / 1024 };
}

async function measure(count: number): Promise<Record<Mode, ChildResult> & { seedS: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'phieu-bench-tables-'));
  try {
    const file = join(dir, 'bench.sqlite');
    const started = performance.now();
    await seed(file, count);
    const seedS = (performance.now() - started) / 1000;
    const child = async (mode: Mode) => {
      const { stdout } = await promisify(execFile)(TSX, [SELF, file, mode], { maxBuffer: 1024 * 1024 });
      const result = JSON.parse(stdout) as ChildResult;
      if (result.total !== count) throw new Error(`bench: tabulated ${result.total} of ${count} interviews (${mode})`);
      return result;
    };
    return { records: await child('records'), pack: await child('pack'), store: await child('store'), seedS };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const fmt = (n: number) => n.toLocaleString('en-US');

const bench: Bench = {
  title: 'Results tables read from the database (cold process)',
  async run(size: BenchSize): Promise<BenchResult[]> {
    const count = size === 'tiny' ? 500 : Number(process.env.PHIEU_BENCH_TABLES_COUNT ?? 1_000_000);
    const r = await measure(count);
    const n = fmt(count);
    if (size === 'full') {
      // What the compact store saves (decision 0017): the same tables read from the JSON records, not a goal.
      console.log(`  (seeding ${n} interviews took ${r.seedS.toFixed(1)} s; from the JSON records instead: `
        + `16 tables ${(r.records.tablesMs / 1000).toFixed(2)} s, one cross-tab ${(r.records.crosstabMs / 1000).toFixed(2)} s)`);
    }
    const results: BenchResult[] = [
      { name: `s for all 16 tables, ${n} interviews`, value: r.store.tablesMs / 1000, unit: 's', goal: 2, lowerIsBetter: true },
      { name: `s for one cross-tab, ${n} interviews`, value: r.store.crosstabMs / 1000, unit: 's', goal: 1, lowerIsBetter: true },
      { name: `peak RSS, ${n} interviews`, value: r.store.maxRssMb, unit: 'MB', goal: 500, lowerIsBetter: true },
      // Once after the migration, a new questionnaire version or a new unit number; later only what changed.
      { name: `s to pack the store once, ${n} interviews`, value: r.pack.tablesMs / 1000, unit: 's', goal: 120, lowerIsBetter: true },
    ];
    if (size === 'full') {
      // The results page's share of server time for a survey of 20,000 interviews (issue 21: under 200 ms).
      const page = await measure(20_000);
      results.push({ name: 's for all 16 tables, 20,000 interviews (page)', value: page.store.tablesMs / 1000, unit: 's', goal: 0.2, lowerIsBetter: true });
    }
    return results;
  },
};

export default bench;

// Run as `tsx tables.ts DB_FILE` (by `measure` above): the tabulation alone, in its own process.
if (process.argv[1] && pathToFileURL(process.argv[1]).href === pathToFileURL(SELF).href) {
  const [file, mode] = process.argv.slice(2);
  if (!file || (mode !== 'records' && mode !== 'pack' && mode !== 'store')) throw new Error('usage: tsx scripts/bench/tables.ts DB_FILE records|pack|store');
  process.stdout.write(JSON.stringify(await tabulateOnce(file, mode)));
}
