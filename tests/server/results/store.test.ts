// The results' compact store (decision 0017) stays true to the data: after an admin's correction of answers, a void,
// an approval, a deletion, a resolved flag, a new coding and a change of units, every table and cross-tab equals a recount from the JSON records;
// and the migration that makes the store takes a database already holding interviews.
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { generateInterviews } from '#shared/demo/generate-interviews.ts';
import { hungYen2026 } from '#shared/demo/hung-yen-2026.ts';
import { translate } from '#shared/i18n/translate.ts';
import { vi } from '#shared/i18n/vi/index.ts';
import { parseCrosstabQuery, parseResultsQuery } from '#shared/tables/query.ts';
import { migrate } from '#server/db/migrate.ts';
import { openDatabase, type Db } from '#server/db/open.ts';
import { loadCrosstab, loadResults } from '#server/results/load-results.ts';
import { refreshTabulation } from '#server/results/refresh-tabulation.ts';
import { codeTexts } from '#server/results/coding.ts';
import { buildTablePlan } from '#shared/tables/plan.ts';
import { packLayout } from '#shared/tables/packing.ts';
import { seedDemoBeforeMigrations } from '../support/old-demo.ts';
import { storeInterviews } from '../support/store-interviews.ts';
import { demoWithInterviews, type ExportTestApp } from '../export/support.ts';

const SLUG = 'hung-yen-2026';
const words = (code: string) => translate(vi, code);
const request = (params: Record<string, string> = {}) => {
  const parsed = parseResultsQuery({ bands: 'c2:18-30,31-45,46-60,61+', ...params });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problem));
  return parsed.value;
};

/** Every table under a few filters, and two cross-tabs: from the store, and recounted from the records. */
function expectStoreEqualsRecount(db: Db): void {
  const filters: Record<string, string>[] = [{}, { status: 'approved' }, { kind: 'ward', entry: 'paper' }, { from: '2026-05-29', to: '2026-05-30' }];
  for (const params of filters) {
    const fromStore = loadResults(db, SLUG, request(params), words);
    expect(fromStore, JSON.stringify(params)).toEqual(loadResults(db, SLUG, request(params), words, 'records'));
  }
  for (const [row, by] of [['c9', 'unitKind'], ['c12', 'c1']]) {
    const parsed = parseCrosstabQuery({ row: row!, by: by!, bands: 'c2:18-30,31-45,46-60,61+' });
    if (!parsed.ok) throw new Error('bad cross-tab');
    expect(loadCrosstab(db, SLUG, parsed.value, words)).toEqual(loadCrosstab(db, SLUG, parsed.value, words, 'records'));
  }
}

describe('the compact store', () => {
  let t: ExportTestApp;
  beforeAll(async () => {
    t = await demoWithInterviews(300);
  }, 60_000);

  it('equals a recount after corrections, a void, approvals, a deletion, new interviews, a resolved flag and a coding', () => {
    // Small chunks first (64 interviews each), so the changes below fall in several of them.
    const surveyId = t.db.prepare('SELECT id FROM surveys WHERE slug = ?').pluck().get(SLUG) as number;
    const built = buildTablePlan(hungYen2026.versions, hungYen2026.survey.units);
    if (!built.ok) throw new Error('demo plan');
    refreshTabulation(t.db, surveyId, packLayout(built.plan), 64);
    expect(t.db.prepare('SELECT count(*) FROM tabulation_chunks').pluck().get()).toBe(5);
    expectStoreEqualsRecount(t.db);
    const [corrected, voided, removed] = [t.interviews[3]!, t.interviews[10]!, t.interviews[20]!];
    // An admin's correction rewrites the record (answers c1 and c9 changed), as the review does.
    const record = JSON.parse(t.db.prepare('SELECT record FROM interviews WHERE id = ?').pluck().get(corrected.id) as string) as { answers: Record<string, unknown> };
    record.answers.c1 = record.answers.c1 === 1 ? 2 : 1;
    record.answers.c9 = { missing: -3 };
    t.db.prepare('UPDATE interviews SET record = ? WHERE id = ?').run(JSON.stringify(record), corrected.id);
    t.db.prepare('UPDATE interviews SET voided = 1 WHERE id = ?').run(voided.id);
    t.db.prepare(`UPDATE interviews SET status = 'approved' WHERE rowid % 3 = 0`).run();
    t.db.prepare('DELETE FROM interview_revisions WHERE interview_id = ?').run(removed.id);
    t.db.prepare('DELETE FROM interviews WHERE id = ?').run(removed.id);
    // A deletion alone leaves nothing dirty, only its chunk stale.
    expectStoreEqualsRecount(t.db);
    storeInterviews(t.db, generateInterviews({ version: hungYen2026.versions[0]!, count: 25, seed: 77, unitNos: ['05', '06'] }));
    expectStoreEqualsRecount(t.db);
    // A resolved flag (the review's decision on it) rewrites the interview's row: the tables stay true.
    t.db.prepare(`UPDATE interviews SET resolved_flags = '["too_short"]', review_version = review_version + 1 WHERE id = ?`).run(t.interviews[5]!.id);
    expectStoreEqualsRecount(t.db);
    // A new coding of "other" texts: the coded table appears after Câu 3's, counted alike from the store and the records.
    const others = t.db.prepare(`SELECT DISTINCT json_extract(record, '$.answers.c3_other') FROM interviews
      WHERE json_type(record, '$.answers.c3_other') = 'text' LIMIT 3`).pluck().all() as string[];
    const adminId = t.db.prepare(`SELECT id FROM accounts WHERE username = 'quantri'`).pluck().get() as number;
    codeTexts(t.db, surveyId, { variable: 'c3_other', texts: others.slice(0, 2), newLabel: 'Tiểu thương' }, adminId, '2026-06-03T01:00:00.000Z');
    expectStoreEqualsRecount(t.db);
    // The texts the store keeps follow the interviews: one "other" text corrected into a coded one, one interview
    // holding a coded text voided.
    const withOther = t.db.prepare(`SELECT id, record FROM interviews WHERE voided = 0 AND json_type(record, '$.answers.c3_other') = 'text'
      ORDER BY id LIMIT 2`).all() as { id: string; record: string }[];
    const fixed = JSON.parse(withOther[0]!.record) as { answers: Record<string, unknown> };
    fixed.answers.c3_other = ` ${others[0]!.toUpperCase()}`;
    t.db.prepare('UPDATE interviews SET record = ? WHERE id = ?').run(JSON.stringify(fixed), withOther[0]!.id);
    t.db.prepare('UPDATE interviews SET voided = 1 WHERE id = ?').run(withOther[1]!.id);
    expectStoreEqualsRecount(t.db);
    const results = loadResults(t.db, SLUG, request(), words);
    expect(results.total).toBe(300 - 2 + 25 - 1);
    const coded = results.tables[results.tables.findIndex((tb) => tb.variable === 'c3') + 1]!;
    expect(coded.variable).toBe('c3_other_code');
    expect(coded.kind === 'frequency' && coded.rows.map((r) => [r.key, r.label])).toEqual([['8', 'Tiểu thương']]);
    // Nothing is left to pack: the store was refreshed by the reads above.
    expect(t.db.prepare('SELECT count(*) FROM tabulation_dirty').pluck().get()).toBe(0);
  });

  it('packs the whole survey again when its units change the layout', () => {
    t.db.prepare(`UPDATE units SET name = 'Phường Mới' WHERE no = '01'`).run();
    const surveyId = t.db.prepare('SELECT id FROM surveys WHERE slug = ?').pluck().get(SLUG) as number;
    const before = t.db.prepare('SELECT count(*) FROM tabulation_layouts WHERE survey_id = ?').pluck().get(surveyId);
    expectStoreEqualsRecount(t.db);
    // A name is no part of the layout (unit numbers are): the same layout, nothing repacked.
    expect(t.db.prepare('SELECT count(*) FROM tabulation_layouts WHERE survey_id = ?').pluck().get(surveyId)).toBe(before);
    t.db.prepare(`INSERT INTO units (survey_id, no, code, name, kind, quota) VALUES (?, '99', 'X99', 'Xã Mới', 'commune', 10)`).run(surveyId);
    // A new unit number is: a new layout, and the survey packed again under it alone.
    expectStoreEqualsRecount(t.db);
    expect(t.db.prepare('SELECT count(DISTINCT layout_id) FROM tabulation_rows WHERE survey_id = ?').pluck().get(surveyId)).toBe(1);
    expect(t.db.prepare('SELECT count(DISTINCT layout_id) FROM tabulation_chunks WHERE survey_id = ?').pluck().get(surveyId)).toBe(1);
  });
});

const MIGRATIONS = fileURLToPath(new URL('../../../server/db/migrations/', import.meta.url));
const STORE_MIGRATION = '2026-12-03-03-tabulation-rows.sql';
let dir = '';
afterEach(() => { if (dir) rmSync(dir, { recursive: true, force: true }); });

describe('the migration that makes the store', () => {
  it('takes a database already holding interviews: the first tabulation packs them and equals a recount', async () => {
    dir = mkdtempSync(join(tmpdir(), 'phieu-tables-migration-'));
    const before = join(dir, 'before');
    const file = join(dir, 'phieu.sqlite');
    cpSync(MIGRATIONS, before, { recursive: true, filter: (path) => !path.endsWith('.sql') || path.split('/').pop()! < STORE_MIGRATION });
    const old = new Database(file);
    old.pragma('foreign_keys = ON');
    migrate(old, before);
    await seedDemoBeforeMigrations(old, '2026-05-27T01:00:00.000Z');
    storeInterviews(old, generateInterviews({ version: hungYen2026.versions[0]!, count: 60, seed: 5, unitNos: ['01', '02', '03'] }));
    old.close();

    const db = openDatabase(file);
    expect(readdirSync(MIGRATIONS)).toContain(STORE_MIGRATION);
    expect(db.prepare('SELECT count(*) FROM tabulation_dirty').pluck().get()).toBe(60);
    expect(loadResults(db, SLUG, request(), words).total).toBe(60);
    expectStoreEqualsRecount(db);
    expect(db.prepare('SELECT count(*) FROM tabulation_rows').pluck().get()).toBe(60);
    db.close();
  });
});
