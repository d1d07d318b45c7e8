// Helpers for the quota tests: signing in the demo accounts, reading the dashboards, and an independent count
// of the interviews table (every row read, the shared rule applied in JS) to hold the counters against.
import { expect } from 'vitest';
import { ProvinceDashboardSchema, UnitDashboardSchema, type ProvinceDashboard, type UnitDashboard } from '#shared/api/quota.ts';
import { countsTowardQuota } from '#shared/quota/progress.ts';
import type { Counts } from '#shared/quota/counts.ts';
import type { Db } from '#server/db/open.ts';
import { demoPassword } from '#server/demo/seed.ts';
import type { TestApp } from '../support/test-app.ts';

export const SURVEY = 'hung-yen-2026';
export async function signInDemo(t: TestApp, username: string): Promise<string> {
  return t.signIn(username, demoPassword(username));
}

export async function getProvince(t: TestApp, cookie: string, survey = SURVEY): Promise<ProvinceDashboard> {
  const response = await t.request(`/api/quota/${survey}`, { headers: { cookie } });
  expect(response.status).toBe(200);
  return ProvinceDashboardSchema.parse(await response.json());
}

export async function getUnit(t: TestApp, cookie: string, unitNo: string, survey = SURVEY): Promise<UnitDashboard> {
  const response = await t.request(`/api/quota/${survey}/units/${unitNo}`, { headers: { cookie } });
  expect(response.status).toBe(200);
  return UnitDashboardSchema.parse(await response.json());
}

type Row = { unitNo: string; status: string; practice: number; voided: number; flags: string; day: string | null; accountId: number; record: string };

/** Counts straight from the interviews table, with no counter and no SQL aggregate in between. */
export function directCounts(db: Db, surveySlug = SURVEY, cellVariable?: string) {
  const rows = db.prepare(
    `SELECT u.no AS unitNo, i.status, i.practice, i.voided, i.flags, i.interview_day AS day, i.account_id AS accountId, i.record
     FROM interviews i JOIN units u ON u.id = i.unit_id JOIN surveys s ON s.id = i.survey_id WHERE s.slug = ?`,
  ).all(surveySlug) as Row[];
  const byUnit = new Map<string, Counts>();
  const byUnitDay = new Map<string, number>();
  const byUnitAccount = new Map<string, number>();
  const byUnitCell = new Map<string, number>();
  for (const row of rows) {
    if (!countsTowardQuota({ practice: row.practice === 1, voided: row.voided === 1, status: row.status })) continue;
    const c = byUnit.get(row.unitNo) ?? { received: 0, approved: 0, flagged: 0 };
    byUnit.set(row.unitNo, {
      received: c.received + 1, approved: c.approved + (row.status === 'approved' ? 1 : 0),
      flagged: c.flagged + ((JSON.parse(row.flags) as unknown[]).length > 0 ? 1 : 0),
    });
    const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
    bump(byUnitDay, `${row.unitNo}|${row.day ?? ''}`);
    bump(byUnitAccount, `${row.unitNo}|${row.accountId}`);
    if (cellVariable) {
      const answer = (JSON.parse(row.record) as { answers: Record<string, unknown> }).answers[cellVariable];
      if (typeof answer === 'number') bump(byUnitCell, `${row.unitNo}|${answer}`);
    }
  }
  return { byUnit, byUnitDay, byUnitAccount, byUnitCell, rows: rows.length };
}
