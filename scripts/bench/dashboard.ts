// The province dashboard at national scale: 1,000,000 interviews in 200 units (goal: under 50 ms per refresh,
// through the HTTP app, session check and JSON included), and one unit's page beside it. The database is built
// in one statement with the quota counters' triggers running for every row; the refreshes read only the counters.
import { hungYen2026 } from '../../shared/demo/hung-yen-2026.ts';
import type { Survey } from '../../shared/survey/survey.ts';
import type { Db } from '../../server/db/open.ts';
import { insertAccount } from '../../server/repo/accounts.ts';
import { listUnits } from '../../server/repo/surveys.ts';
import { median, openBenchServer } from './support/bench-server.ts';
import type { Bench, BenchSize } from './types.ts';

const SIZES: Record<BenchSize, { interviews: number; units: number; refreshes: number }> = {
  tiny: { interviews: 4_000, units: 20, refreshes: 5 },
  full: { interviews: 1_000_000, units: 200, refreshes: 50 },
};
const NOW = '2026-06-02T10:00:00+07:00';
const SLUG = 'bench-national';

function benchSurvey(units: number, perUnit: number): Survey {
  const nos = Array.from({ length: units }, (_, i) => String(i + 1).padStart(3, '0'));
  return {
    ...hungYen2026.survey, slug: SLUG, title: 'Bench', modes: ['direct', 'online'],
    units: nos.map((no, i) => ({ no, code: `U${no}`, name: `Đơn vị ${no}`, kind: i % 10 === 0 ? 'ward' : 'commune', quota: perUnit })),
    subQuotas: { variable: 'c1', targets: Object.fromEntries(nos.map((no) => [no, { '1': perUnit / 2, '2': perUnit / 2 }])) },
  };
}

/**
 * One INSERT … SELECT over a generated series: ten times faster than a loop of insertInterview calls at this
 * size, and the counters' triggers still run for every row. Records hold only the sub-quota answer (the counters
 * read nothing else); the mixture of modes, statuses, practice, voided, flags and days is spread evenly.
 */
function fill(db: Db, interviews: number): void {
  const units = listUnits(db, 1);
  const accounts = units.map((unit) => insertAccount(db, {
    username: `dtv${unit.no}`, displayName: `Điều tra viên ${unit.no}`, role: 'enumerator', passwordHash: '-', createdAt: NOW,
  }));
  if (units.some((unit, i) => unit.id !== units[0]!.id + i) || accounts.some((id, i) => id !== accounts[0]! + i)) {
    throw new Error('dashboard bench: units and accounts must have consecutive ids');
  }
  db.prepare(`WITH RECURSIVE seq(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM seq WHERE i < :count - 1),
      k(i, u, k) AS (SELECT i, i % :units, i / :units FROM seq)
    INSERT INTO interviews (id, survey_id, unit_id, questionnaire_version, mode, entry, serial, account_id, device_id,
      status, revision, practice, voided, interview_day, flags, content_hash, record, received_at, updated_at)
    SELECT printf('00000000-0000-4000-8000-%012x', i), 1, :firstUnit + u, 1,
      CASE WHEN k % 20 = 0 THEN 'online' ELSE 'direct' END, 'interview', NULL, :firstAccount + u, 'bench',
      CASE WHEN k % 10 = 0 THEN 'approved' WHEN k % 97 = 0 THEN 'rejected' ELSE 'received' END, 1,
      k % 50 = 1, k % 71 = 2, '2026-05-' || (28 + k % 4), CASE WHEN k % 13 = 0 THEN '["over_quota"]' ELSE '[]' END,
      '-', '{"answers":{"c1":' || (1 + k % 2) || '}}', :now, :now
    FROM k`).run({ count: interviews, units: units.length, firstUnit: units[0]!.id, firstAccount: accounts[0]!, now: NOW });
}

async function timeRequests(request: () => Response | Promise<Response>, runs: number): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs + 3; i++) {
    const started = performance.now();
    const response = await request();
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`dashboard bench: ${response.status}`);
    if (i >= 3) times.push(performance.now() - started); // three warm-up refreshes
  }
  return median(times);
}

const bench: Bench = {
  title: 'Quota dashboards (province and unit refresh)',
  async run(size) {
    const { interviews, units, refreshes } = SIZES[size];
    const server = openBenchServer({ name: 'dashboard', survey: benchSurvey(units, interviews / units), now: NOW, fill: (db) => fill(db, interviews) });
    try {
      const { app, headers } = server;
      const province = await timeRequests(() => app.request(`/api/quota/${SLUG}`, { headers }), refreshes);
      const unit = await timeRequests(() => app.request(`/api/quota/${SLUG}/units/001`, { headers }), refreshes);
      const label = `${interviews.toLocaleString('en')} interviews, ${units} units`;
      return [
        { name: `province refresh, ms (${label})`, value: province, unit: 'ms', goal: 50, lowerIsBetter: true },
        { name: `unit page refresh, ms (${label})`, value: unit, unit: 'ms', goal: 50, lowerIsBetter: true },
      ];
    } finally {
      server.close();
    }
  },
};

export default bench;
