// One open draft on the interview screen: its stored copy (live, so a read-only tab follows the editing one),
// the answers on screen, the lease that makes this tab the only editor, and `change`, which shows an answer at
// once and saves it. A failed save keeps the answer on screen, says so, and is sent again with the next change
// (or on retry): what was typed is never silently dropped, and nothing saved before is touched.
import { type Accessor, createComputed, createSignal, onCleanup } from 'solid-js';
import type { Interview } from '#shared/interview/schema.ts';
import { isEditableOnDevice } from '#shared/interview/lifecycle.ts';
import type { Answers } from '#shared/survey/answer.ts';
import type { PhieuDb } from '../db/db.ts';
import { saveAnswers, type AnswerPatch } from '../db/drafts.ts';
import { loadInterview } from '../db/interviews.ts';
import { live } from '../db/live.ts';
import { leaseDraft, type LeaseStatus } from '../db/draft-lease.ts';
import type { WriteFailure } from '../db/write-interview.ts';
import { nowIso } from '../time.ts';

export type SaveState = 'saved' | 'saving' | WriteFailure;

export type DraftSession = {
  /** undefined while loading; null when there is no such interview for this account. */
  interview: Accessor<Interview | null | undefined>;
  answers: Accessor<Answers>;
  lease: Accessor<LeaseStatus>;
  readOnly: Accessor<boolean>;
  saveState: Accessor<SaveState>;
  change: (patch: AnswerPatch) => void;
  retry: () => void;
};

export function openDraftSession(db: PhieuDb, accountId: number, id: string): DraftSession {
  const stored = live(async () => (await loadInterview(db, accountId, id)) ?? null);
  const lease = leaseDraft(id);
  onCleanup(() => lease.release());
  const [answers, setAnswers] = createSignal<Answers>({});
  const [loaded, setLoaded] = createSignal(false);
  const [saveState, setSaveState] = createSignal<SaveState>('saved');
  let unsaved: AnswerPatch = {};
  let inFlight = 0;

  // The stored copy is shown when the draft opens and whenever another tab holds it; while this tab edits,
  // its own answers are the truth (a live query a keystroke behind must not overwrite the field being typed in).
  // A computation, not an effect: it runs before anything renders from `stored`, so no question ever mounts
  // with the empty answers of a draft still loading (a number field would then stay blank after a reload).
  createComputed(() => {
    const interview = stored.value();
    if (!interview) return;
    if (!loaded() || lease.status() !== 'held') {
      setAnswers(interview.answers);
      setLoaded(true);
    }
  });

  const readOnly = () => {
    const interview = stored.value();
    return lease.status() !== 'held' || !interview || !isEditableOnDevice(interview.status, interview.voided !== undefined);
  };

  const send = async (patch: AnswerPatch) => {
    inFlight++;
    setSaveState('saving');
    const result = await saveAnswers(db, accountId, id, patch, nowIso());
    inFlight--;
    if (result.ok) {
      for (const name of Object.keys(patch)) if (unsaved[name] === patch[name]) delete unsaved[name];
      if (inFlight === 0 && Object.keys(unsaved).length === 0) setSaveState('saved');
    } else {
      unsaved = { ...patch, ...unsaved };
      setSaveState(result.reason);
    }
  };

  const change = (patch: AnswerPatch) => {
    if (readOnly()) return;
    setAnswers((current) => {
      const next = { ...current };
      for (const [name, value] of Object.entries(patch)) {
        if (value === undefined) delete next[name];
        else next[name] = value;
      }
      return next;
    });
    const merged = { ...unsaved, ...patch };
    unsaved = merged;
    void send(merged);
  };

  return {
    interview: stored.value,
    answers,
    lease: lease.status,
    readOnly,
    saveState,
    change,
    retry: () => { if (Object.keys(unsaved).length > 0) void send({ ...unsaved }); },
  };
}
