// Saves what a paper form holds so far into its draft: creates the draft when the serial is first keyed, then
// writes only what changed since the last save (answers through the draft store, serial and footer through
// updateInterview). The footer is stored once both its fields are keyed (the record needs both).
import type { FormValues } from '#shared/entry/values.ts';
import { newInterviewId } from '#shared/interview/interview-id.ts';
import { isEditableOnDevice } from '#shared/interview/lifecycle.ts';
import type { Interview } from '#shared/interview/schema.ts';
import type { Answers } from '#shared/survey/answer.ts';
import { createDraft, saveAnswers, updateInterview, type AnswerPatch } from '../db/drafts.ts';
import type { WriteFailure } from '../db/write-interview.ts';
import type { KeyingSetup } from './keying-session.ts';

export type Persisted = { id: string; answers: Answers; serial: string | undefined; paper: Interview['paper'] };
export type PersistResult = { ok: true; persisted: Persisted | undefined } | { ok: false; reason: WriteFailure };

function answerPatch(saved: Answers, next: Answers): AnswerPatch {
  const patch: AnswerPatch = {};
  for (const [name, value] of Object.entries(next)) if (JSON.stringify(saved[name]) !== JSON.stringify(value)) patch[name] = value;
  for (const name of Object.keys(saved)) if (!(name in next)) patch[name] = undefined;
  return patch;
}

export async function persistValues(setup: KeyingSetup, saved: Persisted | undefined, values: FormValues, now: string): Promise<PersistResult> {
  let current = saved;
  if (!current) {
    if (!values.serial) return { ok: true, persisted: undefined }; // nothing to keep before the serial
    const id = newInterviewId();
    const created = await createDraft(setup.db, {
      id, accountId: setup.accountId, deviceId: setup.deviceId, surveySlug: setup.surveySlug,
      questionnaireVersion: setup.compiled.version.version, unitNo: setup.unitNo, serial: values.serial,
      unitVariable: setup.unitVariable, entry: 'paper', practice: setup.practice, secondKeying: setup.second?.(),
    }, now);
    if (!created.ok) return created;
    current = { id, answers: created.interview.answers, serial: values.serial, paper: undefined };
  }
  const patch = answerPatch(current.answers, values.answers);
  if (Object.keys(patch).length > 0) {
    const result = await saveAnswers(setup.db, setup.accountId, current.id, patch, now);
    if (!result.ok) return result;
    current = { ...current, answers: values.answers };
  }
  const paper = values.interviewerName?.trim() && values.interviewDate
    ? { interviewerName: values.interviewerName.trim(), interviewDate: values.interviewDate } : current.paper;
  const serial = values.serial ?? current.serial;
  if (serial !== current.serial || JSON.stringify(paper) !== JSON.stringify(current.paper)) {
    const result = await updateInterview(setup.db, setup.accountId, current.id, now, (stored) =>
      isEditableOnDevice(stored.status, stored.voided !== undefined)
        ? { ...stored, serial, ...(paper ? { paper } : {}), times: { ...stored.times, updatedAt: now } } : null);
    if (!result.ok) return result;
    current = { ...current, serial, paper };
  }
  return { ok: true, persisted: current };
}
