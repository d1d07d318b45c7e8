// A stack of paper forms keyed one after the other: the keying state of the form on screen (the shared reducer
// drives it; the screen only forwards keys), its draft created the moment its serial is keyed and every value
// saved as it is keyed, then — when the last slot is done and the review finds no problem — finished, and the
// next blank form opened with the next serial suggested and this form's footer pre-filled.
import { createSignal, type Accessor } from 'solid-js';
import { pressKey, setBuffer, focusSlot, startKeying, type KeyingOptions, type KeyingState } from '#shared/entry/keying.ts';
import { canFinish, reviewOf, type Review } from '#shared/entry/review.ts';
import { serialInUse, suggestSerial, usedSerials, type DeviceInterview } from '#shared/entry/serial.ts';
import type { FormValues } from '#shared/entry/values.ts';
import type { Interview } from '#shared/interview/schema.ts';
import type { CompiledQuestionnaire } from '#shared/survey/compile.ts';
import type { Notice } from '#shared/survey/issues.ts';
import type { PhieuDb } from '../db/db.ts';
import type { SaveState } from '../form/draft-session.ts';
import { nowIso } from '../time.ts';
import { finishInterview } from './lifecycle.ts';
import { persistValues, type Persisted } from './persist-values.ts';

export type KeyingSetup = {
  db: PhieuDb; accountId: number; deviceId: string; surveySlug: string; unitNo: string; year: number;
  compiled: CompiledQuestionnaire; unitVariable: string | undefined; practice: boolean;
  others: DeviceInterview[]; footer: Interview['paper'];
};

export type FinishedForm = { id: string; serial: string; interviewDate: string; finishedAt: string; notices: Notice[] };

export type KeyingSession = {
  state: Accessor<KeyingState>;
  /** Set once the last slot is done and problems remain: the review to fix them from. */
  review: Accessor<Review | undefined>;
  finished: Accessor<FinishedForm[]>;
  saveState: Accessor<SaveState>;
  draftId: Accessor<string | undefined>;
  press: (key: string) => void;
  input: (text: string) => void;
  focus: (slotId: string) => void;
  retry: () => void;
};

/** `resume`: a paper draft to go on with (its values, cursor at its first empty slot or at `slot`). */
export function openKeyingSession(setup: KeyingSetup, resume?: Interview, slot?: string): KeyingSession {
  const { compiled } = setup;
  const others = [...setup.others];
  let lastKeyed: string | undefined;
  let footer = setup.footer;
  const [draftId, setDraftId] = createSignal<string | undefined>(resume?.id);
  const [saveState, setSaveState] = createSignal<SaveState>('saved');
  const [review, setReview] = createSignal<Review>();
  const [finished, setFinished] = createSignal<FinishedForm[]>([]);
  let persisted: Persisted | undefined = resume && { id: resume.id, answers: resume.answers, serial: resume.serial, paper: resume.paper };

  const optionsFor = (): KeyingOptions => ({
    unitNo: setup.unitNo, year: setup.year,
    suggestedSerial: suggestSerial(setup.unitNo, usedSerials(setup.surveySlug, others, { practice: setup.practice }), lastKeyed) ?? undefined,
    defaults: { interviewerName: footer?.interviewerName, interviewDate: footer?.interviewDate },
    checkSerial: (serial) => serialInUse(serial, setup.surveySlug, others, { exceptId: draftId(), practice: setup.practice }),
  });
  let options = optionsFor();
  const valuesOf = (i: Interview): FormValues => ({
    answers: i.answers, serial: i.serial, interviewerName: i.paper?.interviewerName, interviewDate: i.paper?.interviewDate,
  });
  let initial = startKeying(compiled, options, resume && valuesOf(resume));
  if (slot) initial = focusSlot(compiled, options, initial, slot);
  const [state, setState] = createSignal<KeyingState>(initial);

  // Writes run one after another, so a draft exists before its first answer is saved.
  let chain: Promise<unknown> = Promise.resolve();
  let pending = 0;
  const queue = (work: () => Promise<void>) => {
    pending++;
    setSaveState('saving');
    chain = chain.then(work).finally(() => {
      pending--;
      if (pending === 0 && saveState() === 'saving') setSaveState('saved');
    });
  };

  const save = (values: FormValues) => queue(async () => {
    const result = await persistValues(setup, persisted, values, nowIso());
    if (!result.ok) return void setSaveState(result.reason);
    if (!result.persisted) return;
    if (!persisted) setDraftId(result.persisted.id);
    persisted = result.persisted;
  });

  const nextForm = () => {
    options = optionsFor();
    setReview(undefined);
    setDraftId(undefined);
    persisted = undefined;
    setState(startKeying(compiled, options));
  };

  const finish = () => queue(async () => {
    const values = state().values;
    const id = persisted?.id;
    if (!id || state().slot !== null) return;
    const serialProblem = values.serial ? serialInUse(values.serial, setup.surveySlug, others, { exceptId: id, practice: setup.practice }) : null;
    const found = reviewOf(compiled, {
      answers: values.answers, unitNo: setup.unitNo, mode: 'direct', entry: 'paper', serial: values.serial,
      paper: { interviewerName: values.interviewerName, interviewDate: values.interviewDate },
    }, serialProblem);
    if (!canFinish(found)) return void setReview(found);
    const result = await finishInterview(setup.db, setup.accountId, id, compiled, nowIso());
    if (!result.ok) return void setSaveState(result.reason);
    const done = result.interview;
    others.push({ id: done.id, surveySlug: done.surveySlug, serial: done.serial, practice: done.practice });
    lastKeyed = done.serial;
    footer = done.paper;
    setFinished((list) => [{
      id: done.id, serial: done.serial ?? '', interviewDate: done.paper?.interviewDate ?? '',
      finishedAt: done.times.finishedAt ?? done.times.updatedAt, notices: result.notices,
    }, ...list]);
    nextForm();
  });

  const apply = (next: KeyingState) => {
    const before = state();
    setState(next);
    if (next.values !== before.values) save(next.values);
    if (next.slot === null && before.slot !== null) finish();
    if (next.slot !== null) setReview(undefined);
  };

  return {
    state, review, finished, saveState, draftId,
    press: (key) => apply(pressKey(compiled, options, state(), key)),
    input: (text) => apply(setBuffer(compiled, options, state(), text)),
    focus: (id) => apply(focusSlot(compiled, options, state(), id)),
    retry: () => save(state().values),
  };
}
