// SQL for the admin's view and edits of accounts: the flags and assignments shown beside each account, and the
// name and role an admin may change.
import type { Role } from '#shared/accounts/schema.ts';
import type { Db } from '../db/open.ts';
import { prepared } from '../db/prepared.ts';

type FlagsRow = { id: number; must_change_password: 0 | 1; totp_enabled_at: string | null };
const flagsStmt = prepared<[], FlagsRow>('SELECT id, must_change_password, totp_enabled_at FROM accounts');
export function listAccountFlags(db: Db): Map<number, { mustChangePassword: boolean; twoFactor: boolean }> {
  return new Map(flagsStmt(db).all().map((row) => [row.id, { mustChangePassword: row.must_change_password === 1, twoFactor: row.totp_enabled_at !== null }]));
}

type AssignmentRow = { accountId: number; surveySlug: string; unitNo: string };
const allAssignmentsStmt = prepared<[], AssignmentRow>(
  `SELECT a.account_id AS accountId, s.slug AS surveySlug, u.no AS unitNo
   FROM assignments a JOIN units u ON u.id = a.unit_id JOIN surveys s ON s.id = u.survey_id ORDER BY s.slug, u.no`,
);
export function listAllAssignments(db: Db): AssignmentRow[] {
  return allAssignmentsStmt(db).all();
}

const nameStmt = prepared<[string, number]>('UPDATE accounts SET display_name = ? WHERE id = ?');
export function setDisplayName(db: Db, id: number, displayName: string): void {
  nameStmt(db).run(displayName, id);
}

const roleStmt = prepared<[Role, number]>('UPDATE accounts SET role = ? WHERE id = ?');
export function setRole(db: Db, id: number, role: Role): void {
  roleStmt(db).run(role, id);
}
