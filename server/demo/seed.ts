// The demo database: the Hưng Yên 2026 survey and demo accounts (one admin, one enumerator per two units,
// one unit board). Only ever written into an empty database started with --demo; a production start never calls it.
// The survey is made the way an office makes one (the setup services of issue 18: settings, units, the demo
// questionnaire copied from the templates and published, then opened), its window placed on the days ahead.
import { hungYen2026 } from '#shared/demo/hung-yen-2026.ts';
import type { Role } from '#shared/accounts/schema.ts';
import { surveyDay } from '#shared/i18n/format.ts';
import { wholeDaysWindow, type SurveySettings } from '#shared/survey/settings.ts';
import type { FieldWindow } from '#shared/survey/survey.ts';
import type { Db } from '../db/open.ts';
import { countAccounts } from '../repo/accounts.ts';
import { countSurveys } from '../repo/surveys.ts';
import { insertPreparedAccount, prepareAccount, type PreparedAccount } from '../services/accounts.ts';
import { copyVersionAsDraft, openSurvey, publishDraft } from '../services/survey-lifecycle.ts';
import { createDraftSurvey, replaceUnits } from '../services/survey-setup.ts';

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

/** The plan's field work lasts six whole days (28/05–02/06/2026). */
export const DEMO_FIELD_DAYS = 6;

/**
 * The demo's direct window: the plan's six whole days in Asia/Ho_Chi_Minh, starting the day the demo database is
 * made, so a new user's interviews fall inside it. Made on 28/05/2026 it is the plan's own 28/05–02/06.
 */
export function demoWindow(nowIso: string): FieldWindow {
  const first = surveyDay(nowIso);
  const last = new Date(Date.parse(`${first}T00:00:00Z`) + (DEMO_FIELD_DAYS - 1) * 86_400_000).toISOString().slice(0, 10);
  return wholeDaysWindow(first, last);
}

/** The demo survey's settings: the plan's, with its window on the days from `nowIso`. */
export function demoSettings(nowIso: string): SurveySettings {
  const { title, slug, purpose, modes } = hungYen2026.survey;
  return { title, slug, modes, windows: { direct: demoWindow(nowIso) }, ...(purpose ? { purpose } : {}) };
}

/** The demo survey made through the setup services, exactly as an office would: nothing here is demo-only. */
export function createDemoSurvey(db: Db, nowIso: string): void {
  createDraftSurvey(db, demoSettings(nowIso), nowIso);
  replaceUnits(db, SURVEY, hungYen2026.survey.units);
  const draft = copyVersionAsDraft(db, SURVEY, { template: 'chinh-quyen-hai-cap' });
  publishDraft(db, SURVEY, draft.version, nowIso);
  openSurvey(db, SURVEY, nowIso);
}

/** The demo accounts, assigned to the demo survey's units (which must exist). */
export async function insertDemoAccounts(db: Db, nowIso: string): Promise<void> {
  const prepared: PreparedAccount[] = await Promise.all(demoAccounts().map((account) =>
    prepareAccount(account, account.unitNos.length ? [{ surveySlug: SURVEY, unitNos: account.unitNos }] : [])));
  db.transaction(() => {
    for (const account of prepared) insertPreparedAccount(db, account, nowIso);
  })();
}

/** Seeds an empty database and marks it as a demo one. Returns false (and writes nothing) if it is not empty. */
export async function seedDemo(db: Db, nowIso: string): Promise<boolean> {
  if (countAccounts(db) > 0 || countSurveys(db) > 0) return false;
  const prepared: PreparedAccount[] = await Promise.all(demoAccounts().map((account) =>
    prepareAccount(account, account.unitNos.length ? [{ surveySlug: SURVEY, unitNos: account.unitNos }] : [])));
  db.transaction(() => {
    createDemoSurvey(db, nowIso);
    for (const account of prepared) insertPreparedAccount(db, account, nowIso);
    db.prepare("INSERT INTO meta (key, value) VALUES ('demo', '1')").run();
  })();
  return true;
}
