// The demo database: the Hưng Yên 2026 survey and demo accounts (one admin, one enumerator per two units,
// one unit board). Only ever written into an empty database started with --demo; a production start never calls it.
import { hungYen2026 } from '#shared/demo/hung-yen-2026.ts';
import type { Role } from '#shared/accounts/schema.ts';
import type { Db } from '../db/open.ts';
import { countAccounts } from '../repo/accounts.ts';
import { countSurveys } from '../repo/surveys.ts';
import { insertPreparedAccount, prepareAccount, type PreparedAccount } from '../services/accounts.ts';
import { createSurvey } from '../services/surveys.ts';

export type DemoAccount = { username: string; password: string; role: Role; displayName: string; unitNos: string[] };

const SURVEY = hungYen2026.survey.slug;

/** Demo passwords are public by design: they are printed at every start of a demo database. Tests sign in with them. */
export const DEMO_PASSWORDS = {
  admin: 'admin-demo-2026',
  enumerator: 'dtv-demo-2026',
  unit_board: 'bxd-demo-2026',
} as const satisfies Record<Role, string>;

export function demoAccounts(): DemoAccount[] {
  const unitNos = hungYen2026.survey.units.map((unit) => unit.no);
  const enumerators: DemoAccount[] = [];
  for (let i = 0; i < unitNos.length; i += 2) {
    const pair = unitNos.slice(i, i + 2);
    const n = String(i / 2 + 1).padStart(2, '0');
    enumerators.push({
      username: `dtv${n}`, password: DEMO_PASSWORDS.enumerator, role: 'enumerator',
      displayName: `Điều tra viên ${n} (đơn vị ${pair.join(', ')})`, unitNos: pair,
    });
  }
  return [
    { username: 'admin', password: DEMO_PASSWORDS.admin, role: 'admin', displayName: 'Phòng Thông tin – Tổng hợp', unitNos: [] },
    ...enumerators,
    { username: 'bxd01', password: DEMO_PASSWORDS.unit_board, role: 'unit_board', displayName: `Ban Xây dựng Đảng đơn vị ${unitNos[0]}`, unitNos: unitNos.slice(0, 1) },
  ];
}

/** The password of a demo account by its username (admin, dtv01…dtv11, bxd01). */
export function demoPassword(username: string): string {
  const account = demoAccounts().find((candidate) => candidate.username === username);
  if (!account) throw new Error(`no demo account ${username}`);
  return account.password;
}

export function isDemoDatabase(db: Db): boolean {
  return db.prepare("SELECT value FROM meta WHERE key = 'demo'").pluck().get() === '1';
}

/** Seeds an empty database and marks it as a demo one. Returns false (and writes nothing) if it is not empty. */
export async function seedDemo(db: Db, nowIso: string): Promise<boolean> {
  if (countAccounts(db) > 0 || countSurveys(db) > 0) return false;
  const prepared: PreparedAccount[] = await Promise.all(demoAccounts().map((account) =>
    prepareAccount(account, account.unitNos.length ? [{ surveySlug: SURVEY, unitNos: account.unitNos }] : [])));
  db.transaction(() => {
    createSurvey(db, hungYen2026.survey, hungYen2026.versions, nowIso);
    for (const account of prepared) insertPreparedAccount(db, account, nowIso);
    db.prepare("INSERT INTO meta (key, value) VALUES ('demo', '1')").run();
  })();
  return true;
}
