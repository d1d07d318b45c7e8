// The review's interviews table and bulk approval at national scale (issue 20, decision 0019): a filtered page of
// 50 over 1,000,000 interviews, sorted by arrival, by serial, or by unit then serial, paged by key — the first page
// and one deep in the list (goal: under 50 ms each, through the HTTP app, session and JSON included) — and the
// bulk approval of one unit's 10,000 clean interviews (goal: under 2 s, counters' triggers and review log included).
import { hungYen2026 } from '../../shared/demo/hung-yen-2026.ts';
import type { Survey } from '../../shared/survey/survey.ts';
import type { Db } from '../../server/db/open.ts';
import { insertAccount } from '../../server/repo/accounts.ts';
import { listUnits } from '../../server/repo/surveys.ts';
import { median, openBenchServer } from './support/bench-server.ts';
import type { Bench, BenchSize } from './types.ts';

const SIZES: Record<BenchSize, { interviews: number; units: number; runs: number; deepPages: number }> = {
  tiny: { interviews: 4_000, units: 10, runs: 3, deepPages: 1 },
  full: { interviews: 1_000_000, units: 100, runs: 30, deepPages: 40 },
};
const NOW = '2026-06-02T10:00:00+07:00';
const SLUG = 'bench-review';

export function benchSurvey(units: number, perUnit: number): Survey {
  const nos = Array.from({ length: units }, (_, i) => String(i + 1).padStart(3, '0'));
  return {
    ...hungYen2026.survey, slug: SLUG, title: 'Bench', modes: ['direct', 'online'], subQuotas: undefined,
    units: nos.map((no) => ({ no, code: `U${no}`, name: `Đơn vị ${no}`, kind: 'commune', quota: perUnit })),
  };
}

/**
 * One INSERT … SELECT over a generated series, the counters' triggers running for every row. Arrivals a second
 * apart; serials the unit's number and a sequence; one enumerator and device per unit; statuses, flags, entries and
 * days mixed — except the first unit, all clean and received, for the bulk approval.
 */
export function fill(db: Db, interviews: number): void {
  const units = listUnits(db, 1);
  const accounts = units.map((unit) => insertAccount(db, {
    username: `dtv${unit.no}`, displayName: `Điều tra viên ${unit.no}`, role: 'enumerator', passwordHash: '-', createdAt: NOW,
  }));
  db.prepare(`WITH RECURSIVE seq(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM seq WHERE i < :count - 1),
      k(i, u, k) AS (SELECT i, i % :units, i / :units FROM seq)
    INSERT INTO interviews (id, survey_id, unit_id, questionnaire_version, mode, entry, serial, account_id, device_id,
      status, revision, practice, voided, interview_day, flags, content_hash, record, received_at, updated_at, revision_at)
    SELECT printf('00000000-0000-4000-8000-%012x', i), 1, :firstUnit + u, 1, 'direct',
      CASE WHEN k % 2 = 0 THEN 'paper' ELSE 'interview' END, printf('%03d%05d', u + 1, k + 1), :firstAccount + u,
      printf('00000000-0000-4000-9000-%012x', u),
      CASE WHEN u = 0 THEN 'received' WHEN k % 10 = 0 THEN 'approved' WHEN k % 97 = 0 THEN 'rejected' ELSE 'received' END, 1,
      0, 0, '2026-05-' || (28 + k % 4), CASE WHEN u > 0 AND k % 13 = 0 THEN '["over_quota"]' ELSE '[]' END,
      '-', '{"answers":{}}', strftime('%Y-%m-%dT%H:%M:%fZ', '2026-05-28T00:00:00Z', '+' || i || ' seconds'), :now, :now
    FROM k`).run({ count: interviews, units: units.length, firstUnit: units[0]!.id, firstAccount: accounts[0]!, now: NOW });
}

type Page = { items: unknown[]; next: string | null };

const bench: Bench = {
  title: 'Review: the interviews table and bulk approval',
  async run(size) {
    const { interviews, units, runs, deepPages } = SIZES[size];
    const server = openBenchServer({ name: 'review', survey: benchSurvey(units, interviews / units), now: NOW, fill: (db) => fill(db, interviews), analyze: true });
    try {
      const { app, headers } = server;
      const page = async (query: string): Promise<Page> => {
        const response = await app.request(`/api/admin/review/${SLUG}/interviews?${query}`, { headers });
        if (response.status !== 200) throw new Error(`review bench: ${response.status} ${await response.text()}`);
        return response.json() as Promise<Page>;
      };
      /** The median time of a page; `deep`: first walk `deepPages` pages in, then time the next. */
      const timePage = async (query: string, deep: boolean): Promise<number> => {
        let after = '';
        if (deep) {
          for (let i = 0; i < deepPages; i++) after = `&after=${(await page(`${query}${after}`)).next ?? ''}`;
        }
        const times: number[] = [];
        for (let i = 0; i < runs + 3; i++) {
          const started = performance.now();
          const answer = await page(`${query}${after}`);
          if (answer.items.length !== 50) throw new Error(`review bench: a page of ${answer.items.length}`);
          if (i >= 3) times.push(performance.now() - started);
        }
        return median(times);
      };
      const cases: [string, string][] = [
        ['by arrival', 'sort=arrival'],
        ['by serial', 'sort=serial'],
        ['by unit then serial', 'sort=unit_serial'],
        ['one unit, received, by arrival', 'unit=010&status=received'],
        ['one unit, paper, by serial', 'unit=010&entry=paper&sort=serial'],
        ['flagged (any), by unit then serial', 'flag=any&sort=unit_serial'],
      ];
      const label = `${interviews.toLocaleString('en')} interviews`;
      const results = [];
      for (const [name, query] of cases) {
        for (const deep of [false, true]) {
          const ms = await timePage(`${query}&limit=50`, deep);
          results.push({ name: `page of 50, ${name}${deep ? `, page ${deepPages + 1}` : ''}, ms (${label})`, value: ms, unit: 'ms', goal: 50, lowerIsBetter: true });
        }
      }
      const started = performance.now();
      const response = await app.request(`/api/admin/review/${SLUG}/units/001/approve-clean`, { method: 'POST', headers });
      const elapsed = performance.now() - started;
      const { approved } = (await response.json()) as { approved: number };
      if (approved !== interviews / units) throw new Error(`review bench: approved ${approved}`);
      results.push({ name: `bulk approval of ${approved.toLocaleString('en')}, ms`, value: elapsed, unit: 'ms', goal: 2000, lowerIsBetter: true });
      return results;
    } finally {
      server.close();
    }
  },
};

export default bench;
