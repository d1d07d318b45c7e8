// Whether a survey's unit boards may see their own unit's results (off by default, migration 2026-12-03-08), and
// the one unit a board asks for: refused alike when the survey does not share its results or the unit is not the
// board's, so a refusal says nothing about what exists.
import type { Account } from '#shared/accounts/schema.ts';
import { problem } from '#shared/problems.ts';
import type { Db } from '../db/open.ts';
import { prepared } from '../db/prepared.ts';
import { unitForAccount } from '../quota/access.ts';

const sharedStmt = prepared<[string], number>('SELECT unit_board_results FROM surveys WHERE slug = ?');
const setStmt = prepared<[number, string]>('UPDATE surveys SET unit_board_results = ? WHERE slug = ?');

export function unitBoardsSeeResults(db: Db, slug: string): boolean {
  return sharedStmt(db).pluck().get(slug) === 1;
}

export function setUnitBoardsSeeResults(db: Db, slug: string, visible: boolean): void {
  setStmt(db).run(visible ? 1 : 0, slug);
}

/** Throws auth.forbidden for a board whose survey shares no results or who asks for another unit. */
export function unitOfResults(db: Db, account: Account, slug: string, unitNo: string): string {
  const { unit } = unitForAccount(db, account, slug, unitNo);
  if (account.role !== 'admin' && !unitBoardsSeeResults(db, slug)) throw problem('auth.forbidden');
  return unit.no;
}
