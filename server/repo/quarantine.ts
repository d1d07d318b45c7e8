// SQL for the quarantine: interviews set aside for a person (conflicts, rejections, disabled accounts' uploads),
// each with the raw payload as it arrived and the reason as a message code.
import type { Message } from '#shared/i18n/message.ts';
import type { Db } from '../db/open.ts';
import { prepared } from '../db/prepared.ts';

export type QuarantineKind = 'conflict' | 'rejected' | 'disabled';

export type QuarantineRow = {
  id: number; kind: QuarantineKind; interview_id: string; revision: number | null; survey_slug: string | null;
  unit_no: string | null; batch_id: string; device_id: string; account_id: number; reason_code: string;
  reason_params: string; payload: string; payload_hash: string; received_at: string; resolved_at: string | null;
  resolution: QuarantineResolution | null; resolved_by: number | null;
  /** Why it was discarded, and the payload a person fixed before accepting it (migration 2026-12-03-07). */
  resolution_reason: string | null; fixed_payload: string | null;
};

export type QuarantineResolution = 'accepted' | 'rejected';

export type NewQuarantine = {
  kind: QuarantineKind; interviewId: string; revision: number | null; surveySlug: string | null; unitNo: string | null;
  batchId: string; deviceId: string; accountId: number; reason: Message; payload: string; payloadHash: string; at: string;
};

// The same payload set aside again for the same reason (a resend) is kept once.
const insertStmt = prepared<unknown[]>(
  `INSERT OR IGNORE INTO quarantine (kind, interview_id, revision, survey_slug, unit_no, batch_id, device_id, account_id,
     reason_code, reason_params, payload, payload_hash, received_at)
   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
);
export function quarantineInterview(db: Db, row: NewQuarantine): void {
  insertStmt(db).run(
    row.kind, row.interviewId, row.revision, row.surveySlug, row.unitNo, row.batchId, row.deviceId, row.accountId,
    row.reason.code, JSON.stringify(row.reason.params ?? {}), row.payload, row.payloadHash, row.at,
  );
}

const openStmt = prepared<[], QuarantineRow>('SELECT * FROM quarantine WHERE resolved_at IS NULL ORDER BY received_at, id');
export function listOpenQuarantine(db: Db): QuarantineRow[] {
  return openStmt(db).all();
}

const byInterviewStmt = prepared<[string], QuarantineRow>('SELECT * FROM quarantine WHERE interview_id = ? ORDER BY id');
export function listQuarantineOfInterview(db: Db, interviewId: string): QuarantineRow[] {
  return byInterviewStmt(db).all(interviewId);
}

const byIdStmt = prepared<[number], QuarantineRow>('SELECT * FROM quarantine WHERE id = ?');
export function findQuarantined(db: Db, id: number): QuarantineRow | undefined {
  return byIdStmt(db).get(id);
}

export type QuarantineListRow = QuarantineRow & { username: string };

/** A page of items for the office, newest first: open ones, resolved ones or all, of one account if given, of the
 * surveys a survey manager manages if given (an item of no survey is never a manager's). */
type PageParams = { withResolved: 0 | 1; resolvedOnly: 0 | 1; account: number | null; manager: number | null; id: number | null; limit: number };
const pageStmt = prepared<[PageParams], QuarantineListRow>(
  `SELECT q.*, a.username FROM quarantine q JOIN accounts a ON a.id = q.account_id
   WHERE (@withResolved = 1 OR q.resolved_at IS NULL) AND (@resolvedOnly = 0 OR q.resolved_at IS NOT NULL)
     AND (@account IS NULL OR q.account_id = @account) AND (@id IS NULL OR q.id = @id)
     AND (@manager IS NULL OR q.survey_slug IN (
       SELECT s.slug FROM surveys s JOIN survey_managers m ON m.survey_id = s.id WHERE m.account_id = @manager))
   ORDER BY q.received_at DESC, q.id DESC LIMIT @limit`,
);
export function listQuarantinePage(
  db: Db, filter: { state: 'open' | 'resolved' | 'all'; accountId: number | null; managerId?: number | null; limit: number },
): QuarantineListRow[] {
  const { state, accountId, limit } = filter;
  return pageStmt(db).all({
    withResolved: state === 'open' ? 0 : 1, resolvedOnly: state === 'resolved' ? 1 : 0, account: accountId, manager: filter.managerId ?? null, id: null, limit,
  });
}

export function findQuarantineListRow(db: Db, id: number): QuarantineListRow | undefined {
  return pageStmt(db).get({ withResolved: 1, resolvedOnly: 0, account: null, manager: null, id, limit: 1 });
}

/** What one device has waiting in quarantine: the per-device limit (server/sync/quarantine.ts) reads it. Sizes in
 * bytes: octet_length, unlike length, need not walk each payload counting characters. */
const openOfDeviceStmt = prepared<[string], { n: number; bytes: number }>(
  'SELECT count(*) AS n, coalesce(sum(octet_length(payload)), 0) AS bytes FROM quarantine WHERE device_id = ? AND resolved_at IS NULL',
);
export function countOpenOfDevice(db: Db, deviceId: string): { n: number; bytes: number } {
  return openOfDeviceStmt(db).get(deviceId) ?? { n: 0, bytes: 0 };
}

const resolveStmt = prepared<[string, QuarantineResolution, number | null, string | null, string | null, number]>(
  `UPDATE quarantine SET resolved_at = ?, resolution = ?, resolved_by = ?, resolution_reason = ?, fixed_payload = ?
   WHERE id = ? AND resolved_at IS NULL`,
);
/**
 * Marks an open item resolved — with the reason it was discarded, or the fixed payload it was accepted from; false
 * when it was already resolved (or never existed). Resolved items are kept for good: nothing here deletes one.
 */
export function resolveQuarantine(
  db: Db, id: number, at: string,
  how: { resolution: QuarantineResolution; by: number | null; reason?: string; fixedPayload?: string } = { resolution: 'rejected', by: null },
): boolean {
  return resolveStmt(db).run(at, how.resolution, how.by, how.reason ?? null, how.fixedPayload ?? null, id).changes > 0;
}
