// SQL for what the device state adds so that serials never collide and flags reach the phone: the serials a
// survey's units hold (with who sent them and when) and this account's interviews with their current flags.
import type { Db } from '../db/open.ts';
import { prepared } from '../db/prepared.ts';

export type HeldSerialRow = { unit_no: string; serial: string; by: string; received_at: string };

// Only interviews that count hold their serial (not practice, voided or rejected: shared/quota/progress.ts),
// the same rule as the duplicate-serial flag (server/sync/flags.ts refreshSerialGroup).
// Read per unit (interviews_by_unit) so an enumerator's two units cost two index ranges, not the whole survey.
const heldSerialsStmt = prepared<[number, string], HeldSerialRow>(
  `SELECT u.no AS unit_no, i.serial, a.display_name AS by, i.received_at
   FROM units u JOIN interviews i ON i.survey_id = u.survey_id AND i.unit_id = u.id JOIN accounts a ON a.id = i.account_id
   WHERE u.survey_id = ? AND u.no IN (SELECT value FROM json_each(?))
     AND i.serial IS NOT NULL AND i.practice = 0 AND i.voided = 0 AND i.status <> 'rejected' AND i.second_keying = 0`,
);

/** The serials held in these units of a survey, each with its unit's number, its sender's display name and its arrival. */
export function listHeldSerialRows(db: Db, surveyId: number, unitNos: readonly string[]): HeldSerialRow[] {
  return heldSerialsStmt(db).all(surveyId, JSON.stringify(unitNos));
}

export type AccountInterviewRow = {
  id: string; survey_slug: string; unit_no: string; serial: string | null; status: string; flags: string; received_at: string;
};

const ofAccountStmt = prepared<[number], AccountInterviewRow>(
  `SELECT i.id, s.slug AS survey_slug, u.no AS unit_no, i.serial, i.status, i.flags, i.received_at
   FROM interviews i JOIN units u ON u.id = i.unit_id JOIN surveys s ON s.id = i.survey_id
   WHERE i.account_id = ? AND (i.status <> 'received' OR i.flags <> '[]') ORDER BY i.received_at, i.id`,
);

/**
 * This account's interviews with something to say (a flag, or a status other than received), oldest first: the
 * others, most of them, are received without flags, which the device assumes of a sent form not listed.
 */
export function listAccountInterviewRows(db: Db, accountId: number): AccountInterviewRow[] {
  return ofAccountStmt(db).all(accountId);
}
