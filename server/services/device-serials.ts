// The device state's serials and flags: per visible unit, the serials the server holds written as runs and
// grouped by sender and day (who/when for the device's refusal), and the account's interviews with their flags.
import type { HeldInterview, HeldSerials } from '#shared/api/device.ts';
import { surveyDay } from '#shared/i18n/format.ts';
import { ReceiptFlagSchema, type ReceiptFlag } from '#shared/interview/receipt.ts';
import { InterviewStatusSchema } from '#shared/interview/schema.ts';
import { formatSerialRuns } from '#shared/interview/serial-runs.ts';
import type { Db } from '../db/open.ts';
import { listAccountInterviewRows, listHeldSerialRows } from '../repo/device-serials.ts';

/** The held serials of the visible units only: an enumerator never learns another unit's serials or senders. */
export function heldSerialsOf(db: Db, surveyId: number, visibleUnits: ReadonlySet<string>): Record<string, HeldSerials[]> {
  type Group = { by: string; on: string; serials: string[] };
  const groups = new Map<string, Map<string, Group>>();
  for (const row of listHeldSerialRows(db, surveyId, [...visibleUnits])) {
    let unit = groups.get(row.unit_no);
    if (!unit) groups.set(row.unit_no, (unit = new Map<string, Group>()));
    const on = surveyDay(row.received_at);
    const key = `${row.by}\u0000${on}`;
    const group = unit.get(key);
    if (group) group.serials.push(row.serial);
    else unit.set(key, { by: row.by, on, serials: [row.serial] });
  }
  const out: Record<string, HeldSerials[]> = {};
  for (const [unitNo, unit] of groups) {
    out[unitNo] = [...unit.values()]
      .map((group) => ({ serials: formatSerialRuns(group.serials), by: group.by, on: group.on }))
      .sort((a, b) => a.on.localeCompare(b.on) || a.by.localeCompare(b.by));
  }
  return out;
}

const KNOWN_FLAGS = new Set<string>(ReceiptFlagSchema.options);

/** The account's flagged or reviewed interviews in the given surveys, with the status and flags the server holds now. */
export function heldInterviewsOf(db: Db, accountId: number, surveySlugs: ReadonlySet<string>): HeldInterview[] {
  return listAccountInterviewRows(db, accountId).filter((row) => surveySlugs.has(row.survey_slug)).map((row) => ({
    id: row.id, surveySlug: row.survey_slug, unitNo: row.unit_no, serial: row.serial,
    status: InterviewStatusSchema.parse(row.status),
    flags: (JSON.parse(row.flags) as string[]).filter((flag): flag is ReceiptFlag => KNOWN_FLAGS.has(flag)),
    receivedAt: row.received_at,
  }));
}
