// SQL for online links (decision 0021): a public link per unit or per survey, its state, and its counts; and the
// one system account that online interviews are stored under.
import type { Db } from '../db/open.ts';
import { prepared } from '../db/prepared.ts';
import { SYSTEM_PASSWORD_HASH } from './accounts.ts';

export type OnlineLinkRow = {
  id: number; token: string; surveyId: number; surveySlug: string; unitId: number | null; unitNo: string | null;
  unitName: string | null; label: string; sourceId: string; state: 'open' | 'paused' | 'retired';
  createdAt: string; createdBy: string; submissions: number; flagged: number;
};

const SELECT = `SELECT l.id, l.token, l.survey_id AS surveyId, s.slug AS surveySlug, l.unit_id AS unitId, u.no AS unitNo,
    u.name AS unitName, l.label, l.source_id AS sourceId, l.state, l.created_at AS createdAt, a.username AS createdBy,
    (SELECT count(*) FROM online_submissions o WHERE o.link_id = l.id) AS submissions,
    (SELECT count(*) FROM online_submissions o JOIN interviews i ON i.id = o.interview_id
       WHERE o.link_id = l.id AND (i.flags <> '[]' OR i.review_flags <> '[]')) AS flagged
  FROM online_links l JOIN surveys s ON s.id = l.survey_id LEFT JOIN units u ON u.id = l.unit_id
  JOIN accounts a ON a.id = l.created_by`;

const insertStmt = prepared<[string, number, number | null, string, string, number, string, string]>(
  `INSERT INTO online_links (token, survey_id, unit_id, label, source_id, created_by, created_at, updated_at)
   VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
);
export function insertOnlineLink(
  db: Db, link: { token: string; surveyId: number; unitId: number | null; label: string; sourceId: string; createdBy: number; at: string },
): number {
  return Number(insertStmt(db).run(link.token, link.surveyId, link.unitId, link.label, link.sourceId, link.createdBy, link.at, link.at).lastInsertRowid);
}

const byIdStmt = prepared<[number], OnlineLinkRow>(`${SELECT} WHERE l.id = ?`);
export function findOnlineLink(db: Db, id: number): OnlineLinkRow | undefined {
  return byIdStmt(db).get(id);
}

export type LinkByToken = Pick<OnlineLinkRow, 'id' | 'surveyId' | 'surveySlug' | 'unitId' | 'unitNo' | 'unitName' | 'sourceId' | 'state'>;
// Without the counts: the respondent's requests read it on every call.
const byTokenStmt = prepared<[string], LinkByToken>(
  `SELECT l.id, l.survey_id AS surveyId, s.slug AS surveySlug, l.unit_id AS unitId, u.no AS unitNo, u.name AS unitName,
     l.source_id AS sourceId, l.state
   FROM online_links l JOIN surveys s ON s.id = l.survey_id LEFT JOIN units u ON u.id = l.unit_id WHERE l.token = ?`,
);
export function findOnlineLinkByToken(db: Db, token: string): LinkByToken | undefined {
  return byTokenStmt(db).get(token);
}

const listStmt = prepared<[number], OnlineLinkRow>(`${SELECT} WHERE l.survey_id = ? ORDER BY u.no IS NOT NULL, u.no, l.id`);
export function listOnlineLinks(db: Db, surveyId: number): OnlineLinkRow[] {
  return listStmt(db).all(surveyId);
}

const stateStmt = prepared<[string, string, number]>('UPDATE online_links SET state = ?, updated_at = ? WHERE id = ?');
export function setOnlineLinkState(db: Db, id: number, state: OnlineLinkRow['state'], at: string): void {
  stateStmt(db).run(state, at, id);
}

export const ONLINE_ACCOUNT = 'online-respondents';
// Only a system account has the password hash '!': a person's account named like it is never taken for it.
const findAccountStmt = prepared<[string, string], number>(
  `SELECT id FROM accounts WHERE password_hash = '${SYSTEM_PASSWORD_HASH}' AND (username = ? OR username LIKE ? || '-%') ORDER BY id LIMIT 1`,
);
const nameTakenStmt = prepared<[string], number>('SELECT count(*) FROM accounts WHERE username = ?');
const makeAccountStmt = prepared<[string, string]>(
  `INSERT INTO accounts (username, display_name, role, password_hash, disabled, created_at)
   VALUES (?, 'Trả lời trực tuyến', 'enumerator', '${SYSTEM_PASSWORD_HASH}', 1, ?)`,
);
/**
 * The account online interviews are stored under, made with the first link: disabled, and its password hash '!'
 * matches no password (server/auth/password.ts), so it never signs in.
 */
export function onlineAccountId(db: Db, at: string): number {
  const found = findAccountStmt(db).pluck().get(ONLINE_ACCOUNT, ONLINE_ACCOUNT);
  if (found !== undefined) return found;
  let name = ONLINE_ACCOUNT;
  for (let n = 2; nameTakenStmt(db).pluck().get(name)! > 0; n++) name = `${ONLINE_ACCOUNT}-${n}`;
  return Number(makeAccountStmt(db).run(name, at).lastInsertRowid);
}
