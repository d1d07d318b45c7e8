// SQL of exports: a private read snapshot, the count and text widths of what an export will hold, and the
// rows themselves read one at a time (`iterate`) so memory stays flat whatever the row count.
// Practice and voided interviews are never exported, nor second keyings (double keying: the first keying, once
// reconciled, holds the right values); the other filters are optional.
import Database from 'better-sqlite3';
import type { ExportFilters } from '#shared/exporting/filters.ts';
import type { Db } from '../db/open.ts';
import { prepared } from '../db/prepared.ts';
import { COUNTED_WHERE, countedParams, type CountedParams } from './counted-interviews.ts';

const FROM_WHERE = `
  FROM interviews i
  JOIN units u ON u.id = i.unit_id
  JOIN accounts a ON a.id = i.account_id
  WHERE ${COUNTED_WHERE}`;

const INTERVIEWER = `coalesce(json_extract(i.record, '$.paper.interviewerName'), a.display_name)`;
const bytes = (sql: string) => `max(length(CAST(${sql} AS BLOB)))`;

/**
 * A read-only connection of its own holding one snapshot (WAL) for the whole export: the count, the widths
 * and the rows agree, and the shared connection stays free for other requests while the file streams.
 * An in-memory database (tests) is copied instead, which is the same snapshot by other means.
 */
export function openExportSnapshot(db: Db): { db: Db; close: () => void } {
  const snapshot = db.memory ? new Database(db.serialize()) : new Database(db.name, { readonly: true, fileMustExist: true });
  snapshot.pragma('busy_timeout = 5000');
  snapshot.exec('BEGIN');
  return {
    db: snapshot,
    close: () => {
      if (snapshot.inTransaction) snapshot.exec('COMMIT');
      snapshot.close();
    },
  };
}

const countStmt = prepared<[CountedParams], number>(`SELECT count(*) ${FROM_WHERE}`);
export function countExportRows(db: Db, surveyId: number, filters: ExportFilters): number {
  return countStmt(db).pluck().get(countedParams(surveyId, filters)) ?? 0;
}

export type ExportMeasures = {
  count: number;
  /** Longest value in bytes (UTF-8) of each interview column and of each text answer, by variable. */
  serial: number; interviewer: number; unitNo: number; unitName: number;
  answers: Map<string, number>;
};

/**
 * Counts the rows and measures their texts in one scan (one JSON parse per row). The text variables come
 * from the questionnaire, so this statement is prepared per export, on the export's own snapshot connection;
 * variable names travel as bound JSON paths, never as SQL text.
 */
export function measureExport(db: Db, surveyId: number, filters: ExportFilters, textVariables: readonly string[]): ExportMeasures {
  const texts = textVariables.map((_, i) => `, ${bytes(`json_extract(i.record, @path${i})`)} AS t${i}`).join('');
  const row = db.prepare<[Record<string, unknown>], Record<string, number | null>>(
    `SELECT count(*) AS count, ${bytes('i.serial')} AS serial, ${bytes(INTERVIEWER)} AS interviewer,
            ${bytes('u.no')} AS unit_no, ${bytes('u.name')} AS unit_name${texts} ${FROM_WHERE}`,
  ).get({ ...countedParams(surveyId, filters), ...Object.fromEntries(textVariables.map((v, i) => [`path${i}`, `$.answers.${v}`])) })!;
  return {
    count: row.count ?? 0, serial: row.serial ?? 0, interviewer: row.interviewer ?? 0, unitNo: row.unit_no ?? 0,
    unitName: row.unit_name ?? 0,
    answers: new Map(textVariables.map((v, i) => [v, row[`t${i}`] ?? 0])),
  };
}

export type ExportRow = {
  id: string; serial: string | null; unit_no: string; unit_name: string; mode: string; entry: string;
  status: string; version: number; interview_day: string | null; interviewer: string; answers: string;
  flags: string; review_flags: string; resolved_flags: string;
};

const rowsStmt = prepared<[CountedParams], ExportRow>(
  `SELECT i.id, i.serial, u.no AS unit_no, u.name AS unit_name, i.mode, i.entry, i.status,
          i.questionnaire_version AS version, i.interview_day, ${INTERVIEWER} AS interviewer,
          json_extract(i.record, '$.answers') AS answers, i.flags, i.review_flags, i.resolved_flags
   ${FROM_WHERE}
   ORDER BY u.no, i.serial, i.id`,
);

/** Rows in unit, serial order, one at a time. Hold the snapshot open until the iterator is done. */
export function iterateExportRows(db: Db, surveyId: number, filters: ExportFilters): IterableIterator<ExportRow> {
  return rowsStmt(db).iterate(countedParams(surveyId, filters));
}
