// The demo data in a database migrated only part of the way, for migration tests: the survey written whole
// (createSurvey writes only the columns of the first migrations; the setup services need later ones).
import { hungYen2026 } from '#shared/demo/hung-yen-2026.ts';
import type { Db } from '#server/db/open.ts';
import { insertDemoAccounts } from '#server/demo/seed.ts';
import { createSurvey } from '#server/services/surveys.ts';

export async function seedDemoBeforeMigrations(db: Db, nowIso: string): Promise<void> {
  createSurvey(db, hungYen2026.survey, hungYen2026.versions, nowIso);
  await insertDemoAccounts(db, nowIso);
}
