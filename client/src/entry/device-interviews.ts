// What paper keying needs to know about the interviews already on this device: every live serial of the survey
// (any account: a paper serial belongs to the form, not to the clerk) and the footer of the clerk's last paper form.
import { heldTaken, type DeviceInterview, type TakenSerial } from '#shared/entry/serial.ts';
import type { Interview } from '#shared/interview/schema.ts';
import { surveyDay } from '#shared/i18n/format.ts';
import type { PhieuDb } from '../db/db.ts';

/** The survey's interviews on this device, reduced to what the serial checks read. */
export async function deviceInterviews(db: PhieuDb, surveySlug: string): Promise<DeviceInterview[]> {
  const rows = await db.interviews.filter((i) => i.surveySlug === surveySlug).toArray();
  return rows.map((i) => ({ id: i.id, surveySlug: i.surveySlug, serial: i.serial, practice: i.practice, voided: i.voided }));
}

/**
 * The survey's serials taken beyond the live interviews here (issue 16): every form this device sent, by any
 * account (its answers may have left under the retention rule), and the serials the server held at the last
 * sync in the account's units (from every device).
 */
export async function knownSerials(db: PhieuDb, accountId: number, surveySlug: string): Promise<TakenSerial[]> {
  const [sent, survey] = await Promise.all([db.sent.where('surveySlug').equals(surveySlug).toArray(), db.surveys.get([accountId, surveySlug])]);
  const mine: TakenSerial[] = sent.filter((row) => row.serial !== undefined && !row.voided && row.status !== 'rejected')
    .map((row) => ({ serial: row.serial!, practice: row.practice, on: surveyDay(row.sentAt), interviewId: row.interviewId }));
  return [...mine, ...heldTaken(survey?.heldSerials)];
}

/** The interviewer and date of the account's most recently updated paper form: a stack is usually one person's, one day's. */
export async function lastPaperFooter(db: PhieuDb, accountId: number, surveySlug: string): Promise<Interview['paper']> {
  const rows = await db.interviews.where('accountId').equals(accountId)
    .filter((i) => i.surveySlug === surveySlug && i.paper !== undefined).toArray();
  rows.sort((a, b) => b.times.updatedAt.localeCompare(a.times.updatedAt));
  return rows[0]?.paper;
}

/** How many paper forms the account finished on `day` (YYYY-MM-DD in Vietnam): the keying screen's "form 12 today". */
export async function paperFormsFinishedOn(db: PhieuDb, accountId: number, surveySlug: string, day: string): Promise<number> {
  return db.interviews.where('accountId').equals(accountId)
    .filter((i) => i.surveySlug === surveySlug && i.entry === 'paper' && i.times.finishedAt !== undefined
      && surveyDay(i.times.finishedAt) === day)
    .count();
}
