// Migration 06 on a database that already holds interviews: the counters start exact (backfilled from the
// interviews, sub-quota cells included), and the triggers keep them so from the next write on. Migration 10
// moves each interview's cell into a column (backfilled from the records): the counters stay exact across it.
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { generateInterviews } from '#shared/demo/generate-interviews.ts';
import { hungYen2026 } from '#shared/demo/hung-yen-2026.ts';
import type { Interview } from '#shared/interview/schema.ts';
import { groupUnitRows } from '#shared/quota/group.ts';
import { cellOf } from '#shared/quota/progress.ts';
import { migrate } from '#server/db/migrate.ts';
import { seedDemoBeforeMigrations } from '../support/old-demo.ts';
import { listUnitCountRows } from '#server/repo/quota-counts.ts';
import { listUnits } from '#server/repo/surveys.ts';
import { directCounts } from './support.ts';

const MIGRATIONS = fileURLToPath(new URL('../../../server/db/migrations/', import.meta.url));

/** Interviews as the schema before 06 stored them (today's insertInterview writes columns added since). */
function storeInterviewsBefore06(db: Database.Database, interviews: readonly Interview[], options: { status?: string; flags?: () => string[] } = {}): void {
  const insert = db.prepare(`INSERT INTO interviews (id, survey_id, unit_id, questionnaire_version, mode, entry, serial, account_id,
    device_id, status, revision, practice, voided, interview_day, flags, content_hash, record, received_at, updated_at)
    SELECT @id, s.id, u.id, @version, @mode, @entry, @serial, @accountId, @deviceId, @status, 1, @practice, 0, @day, @flags,
      @hash, @record, @at, @at
    FROM surveys s JOIN units u ON u.survey_id = s.id WHERE s.slug = @slug AND u.no = @unitNo`);
  const revision = db.prepare('INSERT INTO interview_revisions (interview_id, revision, content_hash, record, stored_at) VALUES (?, 1, ?, ?, ?)');
  const at = '2026-05-30T01:00:00.000Z';
  db.transaction(() => {
    for (const interview of interviews) {
      const status = options.status ?? 'received';
      const record = JSON.stringify({ ...interview, status });
      const hash = createHash('sha256').update(record).digest('hex');
      insert.run({
        id: interview.id, version: interview.questionnaireVersion, mode: interview.mode, entry: interview.entry,
        serial: interview.serial ?? null, accountId: interview.accountId, deviceId: interview.deviceId, status,
        practice: interview.practice ? 1 : 0, day: interview.paper?.interviewDate ?? interview.times.finishedAt?.slice(0, 10) ?? null,
        flags: JSON.stringify(options.flags?.() ?? []), hash, record, at, slug: interview.surveySlug, unitNo: interview.unitNo,
      });
      revision.run(interview.id, hash, record, at);
    }
  })();
}
let dir = '';
afterEach(() => { if (dir) rmSync(dir, { recursive: true, force: true }); });

describe('migration 06 (quota counters)', { timeout: 30_000 }, () => {
  it('backfills exact counters, cells included, from interviews stored before it', async () => {
    dir = mkdtempSync(join(tmpdir(), 'phieu-migrate-'));
    for (const name of readdirSync(MIGRATIONS).filter((n) => n < '2026-11-23-06')) cpSync(join(MIGRATIONS, name), join(dir, name));
    // A database as it was before 06: only the earlier migrations applied.
    const old = new Database(':memory:');
    old.pragma('foreign_keys = ON');
    migrate(old, dir);
    expect(old.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'quota_unit_counts'").pluck().get()).toBe(0);
    await seedDemoBeforeMigrations(old, '2026-05-28T00:00:00.000Z');
    old.prepare(`UPDATE surveys SET definition = json_set(definition, '$.subQuotas', json('{"variable":"c1","targets":{"01":{"1":20,"2":25}}}'))`).run();
    const interviews = generateInterviews({ version: hungYen2026.versions[0]!, count: 300, unitNos: ['01', '02', '03'], seed: 31, accountId: 2 });
    storeInterviewsBefore06(old, interviews.slice(0, 200));
    storeInterviewsBefore06(old, interviews.slice(200), { status: 'approved', flags: () => ['over_quota'] });

    expect(migrate(old)).toEqual(readdirSync(MIGRATIONS).filter((n) => n >= '2026-11-23-06').sort());
    const cells = old.prepare('SELECT record, quota_cell FROM interviews').all() as { record: string; quota_cell: string }[];
    for (const row of cells) expect(row.quota_cell).toBe(cellOf('c1', (JSON.parse(row.record) as Interview).answers) ?? '');
    expect(new Set(cells.map((row) => row.quota_cell))).toEqual(new Set(['', '1', '2']));
    const check = () => {
      const direct = directCounts(old, 'hung-yen-2026', 'c1');
      const rows = listUnitCountRows(old, 1);
      for (const unit of listUnits(old, 1)) {
        const groups = groupUnitRows(rows.filter((row) => row.unitId === unit.id));
        expect(groups.counts, unit.no).toEqual(direct.byUnit.get(unit.no) ?? { received: 0, approved: 0, flagged: 0 });
        const cells = Object.fromEntries(Object.entries(groups.cells).map(([code, c]) => [`${unit.no}|${code}`, c.received]));
        const expected = Object.fromEntries([...direct.byUnitCell].filter(([key]) => key.startsWith(`${unit.no}|`)));
        expect(cells).toEqual(expected);
      }
      expect(old.prepare('SELECT sum(n) FROM quota_daily_counts').pluck().get()).toBe(direct.rows);
    };
    check();
    old.prepare("UPDATE interviews SET voided = 1 WHERE rowid % 4 = 0").run();
    check();
    old.close();
  });
});
