// Share links: a random token (32 bytes) names one unit's read-only progress page. Only its hash is stored,
// so neither a database copy nor the admin's list can reopen a link; revoking stops it at once.
import type { ShareLink } from '#shared/api/quota.ts';
import { problem } from '#shared/problems.ts';
import type { Db } from '../db/open.ts';
import { hashToken, newToken } from '../auth/tokens.ts';
import { findShareLink, findShareLinkByTokenHash, insertShareLink, type ShareLinkRow } from '../repo/share-links.ts';
import type { UnitRow } from '../repo/surveys.ts';
import type { QuotaSurvey } from './survey.ts';

export function toShareLink(row: ShareLinkRow): ShareLink {
  const { id, surveySlug, unitNo, unitName, label, createdAt, createdBy, revokedAt } = row;
  return { id, surveySlug, unitNo, unitName, label, createdAt, createdBy, revokedAt };
}

/** Call inside the request's transaction. The token is returned once and never stored. */
export function createShareLink(
  db: Db, quota: QuotaSurvey, unit: UnitRow, input: { label: string; createdBy: number; at: string },
): { link: ShareLink; token: string } {
  const token = newToken();
  const id = insertShareLink(db, {
    tokenHash: hashToken(token), surveyId: quota.id, unitId: unit.id, label: input.label, createdBy: input.createdBy, createdAt: input.at,
  });
  return { link: toShareLink(findShareLink(db, id)!), token };
}

/** Tokens are 43 base64url characters; anything else is not worth a database lookup. */
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/** The live link of a token: 404 when unknown, 410 (a page of its own) when revoked. */
export function openShareLink(db: Db, token: string): ShareLinkRow {
  const row = TOKEN.test(token) ? findShareLinkByTokenHash(db, hashToken(token)) : undefined;
  if (!row) throw problem('share.notFound');
  if (row.revokedAt !== null) throw problem('share.revoked');
  return row;
}
