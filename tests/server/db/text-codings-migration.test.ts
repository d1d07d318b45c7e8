// Migration 2026-12-03-08 (coding of free texts, unit boards' results) on a database holding interviews stored before
// it: no code and no coding yet, boards not shown results, the interviews untouched; then a coding is stored beside
// them and counted, and the interviews' texts stay as written.
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { generateInterviews } from '#shared/demo/generate-interviews.ts';
import { hungYen2026 } from '#shared/demo/hung-yen-2026.ts';
import { translate } from '#shared/i18n/translate.ts';
import { vi } from '#shared/i18n/vi/index.ts';
import { parseResultsQuery } from '#shared/tables/query.ts';
import { migrate } from '#server/db/migrate.ts';
import { openDatabase } from '#server/db/open.ts';
import { codeTexts } from '#server/results/coding.ts';
import { loadResults } from '#server/results/load-results.ts';
import { unitBoardsSeeResults } from '#server/results/unit-boards.ts';
import { seedDemoBeforeMigrations } from '../support/old-demo.ts';
import { storeInterviews } from '../support/store-interviews.ts';

const MIGRATIONS = fileURLToPath(new URL('../../../server/db/migrations/', import.meta.url));
const CODINGS = '2026-12-03-08-text-codings.sql';
let dir = '';
afterEach(() => { if (dir) rmSync(dir, { recursive: true, force: true }); });

describe('the coding migration on a database in use', () => {
  it('starts with no coding and boards not shown results, then codes texts beside the untouched interviews', async () => {
    dir = mkdtempSync(join(tmpdir(), 'phieu-codings-migration-'));
    const before = join(dir, 'before');
    const file = join(dir, 'phieu.sqlite');
    cpSync(MIGRATIONS, before, { recursive: true, filter: (path) => !path.endsWith('.sql') || path.split('/').pop()! < CODINGS });
    expect(readdirSync(MIGRATIONS)).toContain(CODINGS);
    const old = new Database(file);
    old.pragma('foreign_keys = ON');
    migrate(old, before);
    await seedDemoBeforeMigrations(old, '2026-05-27T01:00:00.000Z');
    storeInterviews(old, generateInterviews({ version: hungYen2026.versions[0]!, count: 80, seed: 38, unitNos: ['01', '02', '03'] }));
    const records = old.prepare('SELECT id, record FROM interviews ORDER BY id').all();
    old.close();

    const db = openDatabase(file);
    expect(db.prepare('SELECT count(*) FROM text_codes').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM text_codings').pluck().get()).toBe(0);
    expect(unitBoardsSeeResults(db, hungYen2026.survey.slug)).toBe(false);
    expect(db.prepare('SELECT id, record FROM interviews ORDER BY id').all()).toEqual(records);

    const surveyId = db.prepare('SELECT id FROM surveys').pluck().get() as number;
    const accountId = db.prepare(`SELECT id FROM accounts WHERE username = 'admin'`).pluck().get() as number;
    const text = db.prepare(`SELECT json_extract(record, '$.answers.c3_other') FROM interviews
      WHERE json_type(record, '$.answers.c3_other') = 'text' LIMIT 1`).pluck().get() as string;
    codeTexts(db, surveyId, { variable: 'c3_other', texts: [`  ${text.toUpperCase()} `], newLabel: 'Mã mới' }, accountId, '2026-06-03T01:00:00.000Z');
    const withText = db.prepare(`SELECT count(*) FROM interviews WHERE json_extract(record, '$.answers.c3_other') = ?`).pluck().get(text);
    const parsed = parseResultsQuery({});
    if (!parsed.ok) throw new Error('query');
    const coded = loadResults(db, hungYen2026.survey.slug, parsed.value, (code) => translate(vi, code)).tables.find((t) => t.variable === 'c3_other_code');
    expect(coded?.kind === 'frequency' && coded.rows).toEqual([expect.objectContaining({ key: '8', label: 'Mã mới', count: withText })]);
    expect(db.prepare('SELECT id, record FROM interviews ORDER BY id').all()).toEqual(records);
    db.close();
  });
});
