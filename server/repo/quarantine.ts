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
};

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

const resolveStmt = prepared<[string, number]>('UPDATE quarantine SET resolved_at = ? WHERE id = ? AND resolved_at IS NULL');
export function resolveQuarantine(db: Db, id: number, at: string): boolean {
  return resolveStmt(db).run(at, id).changes > 0;
}
