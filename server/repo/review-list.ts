// SQL of the interviews table (decision 0019): filters of one survey, three sorts, pages by key (the last row's
// sort key, never an offset), an exact total up to 10,000. Each sort walks its own index (migration 2026-12-03-05)
// so a page costs its 50 rows whatever its depth; the statements, one per combination of filters, are prepared once.
import type Database from 'better-sqlite3';
import type { ReviewFlag } from '#shared/interview/review.ts';
import type { ReviewSort } from '#shared/api/review.ts';
import type { Db } from '../db/open.ts';

export type ReviewFilters = {
  surveyId: number; unitId?: number; accountId?: number; deviceId?: string; day?: string; mode?: string; entry?: string;
  status?: string; version?: number; serialPrefix?: string; flag?: ReviewFlag | 'any' | 'none';
};

/** A row's place in its sort: the values of the sort's key, read back from the page's last row. */
export type SortKey = (string | number)[];

export type ReviewListRow = {
  id: string; unit_no: string; serial: string | null; account_id: number; username: string; device_id: string; mode: string;
  entry: string; status: string; questionnaire_version: number; interview_day: string | null; received_at: string;
  practice: 0 | 1; voided: 0 | 1; revision: number; review_version: number; flags: string; review_flags: string;
  resolved_flags: string; unit_id: number; serial_key: string; survey_id: number; second_keying: 0 | 1;
};

/** A flag raised (at receipt or by the review) that no decision resolved: the counters' own rule (the migration). */
export const OPEN_FLAG_SQL = `CASE WHEN i.flags = '[]' AND i.review_flags = '[]' THEN 0 WHEN i.resolved_flags = '[]' THEN 1
  ELSE EXISTS (SELECT 1 FROM json_each(i.flags) f WHERE f.value NOT IN (SELECT value FROM json_each(i.resolved_flags)))
    OR EXISTS (SELECT 1 FROM json_each(i.review_flags) f WHERE f.value NOT IN (SELECT value FROM json_each(i.resolved_flags))) END`;

const SORTS: Record<ReviewSort, { key: string[]; order: string; after: string }> = {
  // Newest first.
  arrival: { key: ['i.received_at', 'i.id'], order: 'i.received_at DESC, i.id DESC', after: '(i.received_at, i.id) < (?, ?)' },
  serial: { key: ["ifnull(i.serial, '')", 'i.id'], order: "ifnull(i.serial, ''), i.id", after: "(ifnull(i.serial, ''), i.id) > (?, ?)" },
  unit_serial: {
    key: ['i.unit_id', "ifnull(i.serial, '')", 'i.id'], order: "i.unit_id, ifnull(i.serial, ''), i.id",
    after: "(i.unit_id, ifnull(i.serial, ''), i.id) > (?, ?, ?)",
  },
};

export function sortKeyOf(sort: ReviewSort, row: ReviewListRow): SortKey {
  if (sort === 'arrival') return [row.received_at, row.id];
  if (sort === 'serial') return [row.serial_key, row.id];
  return [row.unit_id, row.serial_key, row.id];
}

export function sortKeyLength(sort: ReviewSort): number {
  return SORTS[sort].key.length;
}

function where(filters: ReviewFilters, sort: ReviewSort): { sql: string[]; params: unknown[] } {
  const sql = ['i.survey_id = ?'];
  const params: unknown[] = [filters.surveyId];
  const equal = (column: string, value: unknown) => {
    if (value === undefined) return;
    sql.push(`${column} = ?`);
    params.push(value);
  };
  equal('i.unit_id', filters.unitId);
  equal('i.account_id', filters.accountId);
  equal('i.device_id', filters.deviceId);
  equal('i.interview_day', filters.day);
  equal('i.mode', filters.mode);
  equal('i.entry', filters.entry);
  equal('i.status', filters.status);
  equal('i.questionnaire_version', filters.version);
  if (filters.serialPrefix !== undefined) {
    // A range of the serial index: ':' sorts right after '9'.
    sql.push("ifnull(i.serial, '') >= ? AND ifnull(i.serial, '') < ?");
    params.push(filters.serialPrefix, `${filters.serialPrefix}:`);
  }
  // Implied by a raised flag, it lets the planner walk the small index of flagged rows — in the order of the unit
  // sort, or within one unit; over the whole survey in another sort, walking that sort's index is cheaper.
  const raised = sort === 'unit_serial' || filters.unitId !== undefined ? "(i.flags <> '[]' OR i.review_flags <> '[]') AND " : '';
  if (filters.flag === 'any') sql.push(`${raised}(${OPEN_FLAG_SQL})`);
  else if (filters.flag === 'none') sql.push(`NOT (${OPEN_FLAG_SQL})`);
  else if (filters.flag !== undefined) {
    // Flag names are fixed words, none inside another: a quoted name found in the JSON text is that flag.
    sql.push(`${raised}(instr(i.flags, ?) > 0 OR instr(i.review_flags, ?) > 0) AND instr(i.resolved_flags, ?) = 0`);
    const quoted = `"${filters.flag}"`;
    params.push(quoted, quoted, quoted);
  }
  return { sql, params };
}

const statements = new WeakMap<Db, Map<string, Database.Statement>>();
function statement(db: Db, sql: string): Database.Statement {
  let cache = statements.get(db);
  if (!cache) statements.set(db, (cache = new Map<string, Database.Statement>()));
  let stmt = cache.get(sql);
  if (!stmt) cache.set(sql, (stmt = db.prepare(sql)));
  return stmt;
}

const COLUMNS = `i.id, u.no AS unit_no, i.serial, i.account_id, a.username, i.device_id, i.mode, i.entry, i.status,
  i.questionnaire_version, i.interview_day, i.received_at, i.practice, i.voided, i.revision, i.review_version, i.flags,
  i.review_flags, i.resolved_flags, i.unit_id, ifnull(i.serial, '') AS serial_key, i.survey_id, i.second_keying`;

/** One page: `limit` rows after `after` (the previous page's last key), in the sort's order. */
export function listReviewPage(db: Db, filters: ReviewFilters, sort: ReviewSort, after: SortKey | null, limit: number): ReviewListRow[] {
  const { sql, params } = where(filters, sort);
  const spec = SORTS[sort];
  if (after) {
    sql.push(spec.after);
    params.push(...after);
  }
  // CROSS JOIN keeps interviews the outer loop: the page walks its sort's index, never a sort of every match.
  const text = `SELECT ${COLUMNS} FROM interviews i CROSS JOIN units u ON u.id = i.unit_id CROSS JOIN accounts a ON a.id = i.account_id
    WHERE ${sql.join(' AND ')} ORDER BY ${spec.order} LIMIT ?`;
  return statement(db, text).all(...params, limit) as ReviewListRow[];
}

export const EXACT_TOTAL_UP_TO = 10_000;

/** Filters the quota counters can answer: unit, mode, status and open flags (any or none); with day and account,
 * the daily counters. Their sums are exact at any size, in microseconds. */
function counterTotal(db: Db, filters: ReviewFilters): number | null {
  const { surveyId, unitId, mode, status, flag, day, accountId, ...rest } = filters;
  if (Object.values(rest).some((value) => value !== undefined)) return null;
  if (flag !== undefined && flag !== 'any' && flag !== 'none') return null;
  const daily = day !== undefined || accountId !== undefined;
  const sql = [`SELECT coalesce(sum(n), 0) FROM ${daily ? 'quota_daily_counts' : 'quota_unit_counts'} WHERE survey_id = ?`];
  const params: unknown[] = [surveyId];
  const equal = (column: string, value: unknown) => {
    if (value === undefined) return;
    sql.push(`AND ${column} = ?`);
    params.push(value);
  };
  equal('unit_id', unitId);
  equal('mode', mode);
  equal('status', status);
  equal('day', day);
  equal('account_id', accountId);
  equal('flagged', flag === undefined ? undefined : flag === 'any' ? 1 : 0);
  return statement(db, sql.join(' ')).pluck().get(...params) as number;
}

/** The second keyings the filters match: the table lists them, the quota counters never count them (decision 0019). */
function secondKeyingTotal(db: Db, filters: ReviewFilters): number {
  const { sql, params } = where(filters, 'arrival');
  return statement(db, `SELECT count(*) FROM interviews i WHERE ${sql.join(' AND ')} AND i.second_keying = 1`).pluck().get(...params) as number;
}

/** How many rows the filters match: exact from the counters when they can say, else counted up to EXACT_TOTAL_UP_TO. */
export function countReviewRows(db: Db, filters: ReviewFilters): { count: number; exact: boolean } {
  const counted = counterTotal(db, filters);
  if (counted !== null) return { count: counted + secondKeyingTotal(db, filters), exact: true };
  const { sql, params } = where(filters, 'arrival');
  const text = `SELECT count(*) FROM (SELECT 1 FROM interviews i WHERE ${sql.join(' AND ')} LIMIT ${EXACT_TOTAL_UP_TO + 1})`;
  const count = statement(db, text).pluck().get(...params) as number;
  return { count: Math.min(count, EXACT_TOTAL_UP_TO), exact: count <= EXACT_TOTAL_UP_TO };
}

/** One interview as a list row (the detail and every action answer it). */
export function findReviewRow(db: Db, id: string): ReviewListRow | undefined {
  return statement(db, `SELECT ${COLUMNS} FROM interviews i JOIN units u ON u.id = i.unit_id JOIN accounts a ON a.id = i.account_id
    WHERE i.id = ?`).get(id) as ReviewListRow | undefined;
}
