// Writes an accepted or updated interview with its flags, inside the batch's transaction. The record stored is
// the canonical JSON of what the device sent; the server's own status lives in its column.
import type { ReceiptFlag } from '#shared/interview/receipt.ts';
import type { Interview } from '#shared/interview/schema.ts';
import { cellOf } from '#shared/quota/progress.ts';
import { interviewDay } from '#shared/sync/flags.ts';
import type { Db } from '../db/open.ts';
import { insertInterview, updateInterview, type InterviewRow, type NewInterviewRow } from '../repo/interviews.ts';
import type { UnitRow } from '../repo/surveys.ts';
import { arrivalFlags, countsWhenStored, refreshSerialGroup, rowCountsIn, sortFlags, type SerialWatch } from './flags.ts';
import type { QuotaTally } from './quota-tally.ts';
import type { SurveyContext } from './survey-context.ts';

export type StoreArgs = {
  interview: Interview; record: string; hash: string; context: SurveyContext; unit: UnitRow;
  accountId: number; deviceId: string; clockOffsetMs: number; at: string;
};

/** Stores the interview (new, or a new revision of `previous`) and returns the flags it now carries. */
export function storeInterview(db: Db, tally: QuotaTally, serials: SerialWatch, args: StoreArgs, previous?: InterviewRow): ReceiptFlag[] {
  const { interview, context, unit } = args;
  const flags = arrivalFlags(tally, {
    surveyId: context.id, window: context.window, unit, interview, clockOffsetMs: args.clockOffsetMs, previous,
    tooShortMs: context.tooShortMs, closed: context.closed,
  });
  const row: NewInterviewRow = {
    id: interview.id, surveyId: context.id, unitId: unit.id, questionnaireVersion: interview.questionnaireVersion,
    mode: interview.mode, entry: interview.entry, serial: interview.serial ?? null, accountId: args.accountId,
    deviceId: args.deviceId, status: 'received', revision: interview.revision, practice: interview.practice,
    voided: interview.voided !== undefined, interviewDay: interviewDay(interview, args.clockOffsetMs), flags,
    contentHash: args.hash, record: args.record, at: args.at, secondKeying: interview.secondKeying === true,
    quotaCell: (context.cellVariable && cellOf(context.cellVariable, interview.answers)) ?? '',
  };
  // A second keying repeats its serial on purpose: it joins no serial group (decision 0019, double keying).
  const aloneWithSerial = row.serial !== null && (row.secondKeying === true || serials.isAlone(context.id, row.serial));
  if (previous) updateInterview(db, row, previous);
  else insertInterview(db, row);
  if (previous && rowCountsIn(previous, previous.unit_id)) tally.move(previous.unit_id, -1);
  if (countsWhenStored(interview)) tally.move(unit.id, 1);
  // A serial the interview no longer carries may leave a lone former partner: clear its flag.
  if (previous?.serial && (previous.serial !== row.serial || previous.survey_id !== context.id)) {
    refreshSerialGroup(db, previous.survey_id, previous.serial);
  }
  if (!row.serial || aloneWithSerial) return sortFlags(flags);
  return refreshSerialGroup(db, context.id, row.serial).get(interview.id) ?? sortFlags(flags);
}
