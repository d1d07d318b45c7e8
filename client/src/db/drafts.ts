// The draft store: a new draft for a unit, and each answer saved the moment it is given. Writes to one draft
// are queued so they land in the order they were made (a fast typist's last keystroke always wins), and
// `flushDrafts` waits for every queued write: the app calls it before anything that could lose a page.
import type { Interview } from '#shared/interview/schema.ts';
import { isEditableOnDevice } from '#shared/interview/lifecycle.ts';
import type { AnswerValue } from '#shared/survey/answer.ts';
import type { PhieuDb } from './db.ts';
import { insertInterview, writeInterview, type WriteResult } from './write-interview.ts';

export type NewDraft = {
  id: string;
  accountId: number;
  deviceId: string;
  surveySlug: string;
  questionnaireVersion: number;
  unitNo: string;
  serial: string;
  /** The unit question's variable (c6): pre-filled with the unit, so the enumerator never types it. */
  unitVariable?: string;
  entry?: Interview['entry'];
  paper?: Interview['paper'];
  practice?: boolean;
  /** A second keying of a paper form (double keying): the record carries the mark. */
  secondKeying?: boolean;
};

export function createDraft(db: PhieuDb, draft: NewDraft, now: string): Promise<WriteResult> {
  const interview: Interview = {
    id: draft.id, surveySlug: draft.surveySlug, questionnaireVersion: draft.questionnaireVersion,
    mode: 'direct', entry: draft.entry ?? 'interview', serial: draft.serial, unitNo: draft.unitNo,
    accountId: draft.accountId, deviceId: draft.deviceId,
    ...(draft.paper ? { paper: draft.paper } : {}),
    answers: draft.unitVariable ? { [draft.unitVariable]: draft.unitNo } : {},
    times: { startedAt: now, updatedAt: now },
    revision: 1, baseRevision: null, status: 'draft', practice: draft.practice ?? false,
    ...(draft.secondKeying ? { secondKeying: true } : {}),
  };
  return track(insertInterview(db, interview, now));
}

/** A patch of answers: a value sets the variable, `undefined` clears it. */
export type AnswerPatch = Record<string, AnswerValue | undefined>;

/** Saves answers into an editable interview of the account; refused (`notEditable`) once it is finished or voided. */
export function saveAnswers(db: PhieuDb, accountId: number, id: string, patch: AnswerPatch, now: string): Promise<WriteResult> {
  return enqueue(id, () => writeInterview(db, accountId, id, now, (current) => {
    if (!isEditableOnDevice(current.status, current.voided !== undefined)) return null;
    const answers = { ...current.answers };
    for (const [name, value] of Object.entries(patch)) {
      if (value === undefined) delete answers[name];
      else answers[name] = value;
    }
    return { ...current, answers, times: { ...current.times, updatedAt: now } };
  }));
}

export function saveAnswer(db: PhieuDb, accountId: number, id: string, variable: string, value: AnswerValue | undefined, now: string): Promise<WriteResult> {
  return saveAnswers(db, accountId, id, { [variable]: value }, now);
}

/** Any other change to an interview (finish, void, reopen — issue 5), queued behind its pending answers. */
export function updateInterview(db: PhieuDb, accountId: number, id: string, now: string, change: (current: Interview) => Interview | null): Promise<WriteResult> {
  return enqueue(id, () => writeInterview(db, accountId, id, now, change));
}

const queues = new Map<string, Promise<unknown>>();
const pending = new Set<Promise<unknown>>();

function enqueue(id: string, write: () => Promise<WriteResult>): Promise<WriteResult> {
  const previous = queues.get(id) ?? Promise.resolve();
  const next = previous.then(write, write);
  queues.set(id, next);
  void next.finally(() => { if (queues.get(id) === next) queues.delete(id); });
  return track(next);
}

function track<T>(write: Promise<T>): Promise<T> {
  pending.add(write);
  void write.finally(() => pending.delete(write));
  return write;
}

/** Resolves when every write started so far has landed (or failed and been reported). */
export async function flushDrafts(): Promise<void> {
  while (pending.size > 0) await Promise.allSettled([...pending]);
}
