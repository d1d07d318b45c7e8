// The question each draft last showed, so a reopened draft continues there (client/src/form/resume.ts). Kept in
// the settings table beside the draft, not in the interview: it is the device's bookmark, not an answer, and
// never travels to the server. Best effort: a bookmark that cannot be read or written only costs the resume.
import type { PhieuDb } from './db.ts';

type Position = { accountId: number; question: string };

/** The settings key of a draft's bookmark (housekeeping deletes it with the interview). */
export const positionKey = (interviewId: string) => `position:${interviewId}`;

export async function loadPosition(db: PhieuDb, accountId: number, interviewId: string): Promise<string | undefined> {
  try {
    const value = (await db.settings.get(positionKey(interviewId)))?.value as Partial<Position> | undefined;
    return value?.accountId === accountId && typeof value.question === 'string' ? value.question : undefined;
  } catch {
    return undefined;
  }
}

export async function savePosition(db: PhieuDb, accountId: number, interviewId: string, question: string): Promise<void> {
  try {
    await db.settings.put({ key: positionKey(interviewId), value: { accountId, question } satisfies Position });
  } catch {
    // The next question shown writes it again.
  }
}
