// Migration 06 on a database that already holds interviews: the counters start exact (backfilled from the
// interviews, sub-quota cells included), and the triggers keep them so from the next write on.
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { generateInterviews } from '#shared/demo/generate-interviews.ts';
import { hungYen2026 } from '#shared/demo/hung-yen-2026.ts';
import { groupUnitRows } from '#shared/quota/group.ts';
import { migrate } from '#server/db/migrate.ts';
import { seedDemo } from '#server/demo/seed.ts';
import { listUnitCountRows } from '#server/repo/quota-counts.ts';
import { listUnits } from '#server/repo/surveys.ts';
import { storeInterviews } from '../support/store-interviews.ts';
import { directCounts } from './support.ts';

const MIGRATIONS = fileURLToPath(new URL('../../../server/db/migrations/', import.meta.url));
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
    await seedDemo(old, '2026-05-28T00:00:00.000Z');
    old.prepare(`UPDATE surveys SET definition = json_set(definition, '$.subQuotas', json('{"variable":"c1","targets":{"01":{"1":20,"2":25}}}'))`).run();
    const interviews = generateInterviews({ version: hungYen2026.versions[0]!, count: 300, unitNos: ['01', '02', '03'], seed: 31, accountId: 2 });
    storeInterviews(old, interviews.slice(0, 200));
    storeInterviews(old, interviews.slice(200), { status: 'approved', flags: () => ['over_quota'] });

    expect(migrate(old)).toEqual(readdirSync(MIGRATIONS).filter((n) => n >= '2026-11-23-06').sort());
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
