// The accounts CSV's rules against the database, as a plan: the accounts it would create, the assignments it
// would change (an existing account's units in the named survey become the file's), what it leaves as is, and every
// line it refuses. The page's preview shows this plan; the import (and the command line) applies it only when it
// has no error. Existing accounts keep their name, role and password: a password is reset, never imported.
import type { ImportPreview } from '#shared/api/admin.ts';
import type { MessageParams } from '#shared/i18n/message.ts';
import type { Db } from '../db/open.ts';
import { findAccountByUsername } from '../repo/accounts.ts';
import { listAssignedUnits } from '../repo/assignments.ts';
import { findSurveyBySlug, findUnitByNo } from '../repo/surveys.ts';
import type { AccountCsvError, AccountCsvRow } from './parse-accounts-csv.ts';

export type ImportPlan = ImportPreview & {
  /** What applying needs: the parsed rows of new accounts, and the unit ids of each changed assignment. */
  createRows: AccountCsvRow[];
  assignmentChanges: { accountId: number; surveyId: number; unitIds: number[] }[];
};

export function planImport(db: Db, rows: readonly AccountCsvRow[], parseErrors: readonly AccountCsvError[] = []): ImportPlan {
  const plan: ImportPlan = {
    newAccounts: [], changedAssignments: [], unchanged: 0, errors: [...parseErrors], createRows: [], assignmentChanges: [],
  };
  for (const row of rows) {
    const fail = (code: string, params: MessageParams) => plan.errors.push({ line: row.line, code: `accounts.csv.${code}`, params });
    const errorsBefore = plan.errors.length;
    const survey = row.surveySlug ? findSurveyBySlug(db, row.surveySlug) : undefined;
    if (row.surveySlug && !survey) fail('unknownSurvey', { survey: row.surveySlug });
    const units = survey ? row.unitNos.map((no) => ({ no, unit: findUnitByNo(db, survey.id, no) })) : [];
    for (const { no, unit } of units) if (!unit) fail('unknownUnit', { unit: no, survey: row.surveySlug });
    if (row.role === 'admin' && row.unitNos.length) fail('unitsForAdmin', {});

    const existing = findAccountByUsername(db, row.username);
    if (!existing) {
      if (plan.errors.length > errorsBefore) continue;
      plan.createRows.push(row);
      plan.newAccounts.push({
        line: row.line, username: row.username, displayName: row.displayName, role: row.role,
        surveySlug: row.surveySlug, unitNos: row.unitNos, generatedPassword: !row.password,
      });
      continue;
    }
    if (existing.role !== row.role) fail('roleMismatch', { username: row.username, role: existing.role });
    if (row.password) fail('passwordForExisting', { username: row.username });
    if (plan.errors.length > errorsBefore) continue;
    if (!survey) { plan.unchanged += 1; continue; }
    const current = listAssignedUnits(db, existing.id, survey.id).map((unit) => unit.no);
    const wanted = [...new Set(row.unitNos)];
    const added = wanted.filter((no) => !current.includes(no));
    const removed = current.filter((no) => !wanted.includes(no));
    if (!added.length && !removed.length) { plan.unchanged += 1; continue; }
    plan.changedAssignments.push({ line: row.line, username: row.username, surveySlug: survey.slug, added, removed });
    plan.assignmentChanges.push({ accountId: existing.id, surveyId: survey.id, unitIds: units.map(({ unit }) => unit!.id) });
  }
  plan.errors.sort((a, b) => a.line - b.line);
  return plan;
}

/** The plan as the page's preview shows it (without what only applying needs). */
export function previewOf({ createRows: _, assignmentChanges: __, ...preview }: ImportPlan): ImportPreview {
  return preview;
}
