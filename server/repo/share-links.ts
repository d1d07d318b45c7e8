// SQL for share links: read-only links to one unit's progress page, stored by the hash of their token.
import type { Db } from '../db/open.ts';
import { prepared } from '../db/prepared.ts';

export type ShareLinkRow = {
  id: number; tokenHash: string; surveyId: number; surveySlug: string; unitId: number; unitNo: string; unitName: string;
  label: string; createdAt: string; createdBy: string; revokedAt: string | null;
};

const SELECT = `SELECT l.id, l.token_hash AS tokenHash, l.survey_id AS surveyId, s.slug AS surveySlug, l.unit_id AS unitId,
    u.no AS unitNo, u.name AS unitName, l.label, l.created_at AS createdAt, a.username AS createdBy, l.revoked_at AS revokedAt
  FROM share_links l JOIN surveys s ON s.id = l.survey_id JOIN units u ON u.id = l.unit_id JOIN accounts a ON a.id = l.created_by`;

const insertStmt = prepared<[string, number, number, string, number, string]>(
  'INSERT INTO share_links (token_hash, survey_id, unit_id, label, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?)',
);
export function insertShareLink(
  db: Db, link: { tokenHash: string; surveyId: number; unitId: number; label: string; createdBy: number; createdAt: string },
): number {
  return Number(insertStmt(db).run(link.tokenHash, link.surveyId, link.unitId, link.label, link.createdBy, link.createdAt).lastInsertRowid);
}

const byIdStmt = prepared<[number], ShareLinkRow>(`${SELECT} WHERE l.id = ?`);
export function findShareLink(db: Db, id: number): ShareLinkRow | undefined {
  return byIdStmt(db).get(id);
}

const byHashStmt = prepared<[string], ShareLinkRow>(`${SELECT} WHERE l.token_hash = ?`);
export function findShareLinkByTokenHash(db: Db, tokenHash: string): ShareLinkRow | undefined {
  return byHashStmt(db).get(tokenHash);
}

const listStmt = prepared<[number], ShareLinkRow>(`${SELECT} WHERE l.survey_id = ? ORDER BY l.created_at DESC, l.id DESC`);
export function listShareLinks(db: Db, surveyId: number): ShareLinkRow[] {
  return listStmt(db).all(surveyId);
}

/** Revoking twice keeps the first time. */
const revokeStmt = prepared<[string, number]>('UPDATE share_links SET revoked_at = coalesce(revoked_at, ?) WHERE id = ?');
export function revokeShareLink(db: Db, id: number, at: string): void {
  revokeStmt(db).run(at, id);
}
