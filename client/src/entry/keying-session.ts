// A stack of paper forms keyed one after the other. Every key goes into one queue, stamped with a monotonic time,
// and is applied in order by the shared reducer (shared/entry/key-queue.ts); when a form is done the queue waits
// while the form is stored, and the keys typed meanwhile are applied to the next form, opened with the next
// serial suggested and this form's footer pre-filled. A form with problems opens its review instead.
import { createSignal, type Accessor } from 'solid-js';
import { applyTyped, keyingStats, NO_KEYS, tally as countKey, type KeyTally, type Typed } from '#shared/entry/key-queue.ts';
import { focusSlot, startKeying, type KeyingOptions, type KeyingState } from '#shared/entry/keying.ts';
import { canFinish, reviewOf, type Review } from '#shared/entry/review.ts';
import {
  serialInUse, serialWarning, suggestionRange, suggestSerial, usedSerials, type DeviceInterview, type TakenSerial,
} from '#shared/entry/serial.ts';
import type { FormValues } from '#shared/entry/values.ts';
import type { Interview } from '#shared/interview/schema.ts';
import type { CompiledQuestionnaire } from '#shared/survey/compile.ts';
import type { Survey, Unit } from '#shared/survey/survey.ts';
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
  /** Serials taken beyond this device's live interviews (sent forms, the server's), and the serial the server
   * holds for the form resumed (a returned one keeps it): shared/entry/serial.ts. */
  known?: readonly TakenSerial[]; ownSerial?: string | undefined;
  /** The unit (its number and quota) and the survey's explicit serial ranges, as the device state stores them: a
   * serial outside the unit's range or past its quota is warned about (soft; shared/entry/serial.ts serialWarning). */
  unit: Pick<Unit, 'no' | 'quota'>; serialRanges: Survey['serialRanges'];
  /** The clerk's setting: a verify screen after each form's last box. */
  verify?: boolean | undefined;
  /** Double keying: whether the forms keyed now are second keyings (exempt from the serial refusal). */
  second?: () => boolean;
};

export type FinishedForm = { id: string; serial: string; interviewDate: string; finishedAt: string; notices: Notice[] };

export type KeyingSession = {
  state: Accessor<KeyingState>;
  /** Set once the last slot is done and problems remain: the review to fix them from. */
  review: Accessor<Review | undefined>;
  finished: Accessor<FinishedForm[]>;
  saveState: Accessor<SaveState>;
  draftId: Accessor<string | undefined>;
  /** A key (KeyboardEvent.key) at a monotonic time (KeyboardEvent.timeStamp): queued, applied in order. */
  press: (key: string, at: number) => void;
  /** The whole text of the text box after the browser or an input method changed it. */
  input: (text: string, at: number) => void;
  /** A key the text box handles itself (a letter, Backspace inside a text): counted, not applied. */
  count: (correction: boolean, at: number) => void;
  /** True when keys may go to the text box itself: a text slot open for typing and nothing waiting. */
  typesNatively: () => boolean;
  focus: (slotId: string) => void;
  /** The clerk's verify setting, changed while keying: it holds from the form on screen. */
  setVerify: (on: boolean) => void;
  retry: () => void;
};

/** `resume`: a paper draft to go on with (its values, cursor at its first empty slot or at `slot`). */
export function openKeyingSession(setup: KeyingSetup, resume?: Interview, slot?: string): KeyingSession {
  const { compiled } = setup;
  const others = [...setup.others];
  let lastKeyed: string | undefined;
  let footer = setup.footer;
  let verify = Boolean(setup.verify);
  const [draftId, setDraftId] = createSignal<string | undefined>(resume?.id);
  const [saveState, setSaveState] = createSignal<SaveState>('saved');
  const [review, setReview] = createSignal<Review>();
  const [finished, setFinished] = createSignal<FinishedForm[]>([]);
  let persisted: Persisted | undefined = resume && { id: resume.id, answers: resume.answers, serial: resume.serial, paper: resume.paper };

  const taken = () => ({ practice: setup.practice, known: setup.known ?? [], exceptId: draftId(), ownSerial: setup.ownSerial });
  const optionsFor = (): KeyingOptions => ({
    unitNo: setup.unitNo, year: setup.year, verify, serialRange: setup.serialRanges?.[setup.unitNo],
    suggestedSerial: suggestSerial(
      setup.unitNo, usedSerials(setup.surveySlug, others, taken()), lastKeyed, suggestionRange(setup, setup.unitNo),
    ) ?? undefined,
    defaults: { interviewerName: footer?.interviewerName, interviewDate: footer?.interviewDate },
    // A second keying types a serial already keyed on purpose.
    checkSerial: (serial) => setup.second?.() ? null : serialInUse(serial, setup.surveySlug, others, taken()),
    warnSerial: (serial) => serialWarning(serial, setup, setup.unit),
  });
  let options = optionsFor();
  const valuesOf = (i: Interview): FormValues => ({
    answers: i.answers, serial: i.serial, interviewerName: i.paper?.interviewerName, interviewDate: i.paper?.interviewDate,
  });
  let initial = startKeying(compiled, options, resume && valuesOf(resume));
  if (slot) initial = focusSlot(compiled, options, initial, slot);
  const [state, setState] = createSignal<KeyingState>(initial);

  // The keys not applied yet, and whether a done form is being stored (then they wait for the next form).
  let typed: Typed[] = [];
  let tally: KeyTally = NO_KEYS;
  let storing = false;

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
    tally = NO_KEYS;
    setState(startKeying(compiled, options));
  };

  /** The form stays on screen, not done: what was typed ahead belonged to a next form that cannot open yet. */
  const stop = () => {
    typed = [];
    storing = false;
    setState({ ...state(), done: false });
  };

  const finish = () => queue(async () => {
    const values = state().values;
    const id = persisted?.id;
    if (!id) return stop();
    const serialProblem = values.serial && !setup.second?.() ? serialInUse(values.serial, setup.surveySlug, others, { ...taken(), exceptId: id }) : null;
    const found = reviewOf(compiled, {
      answers: values.answers, unitNo: setup.unitNo, mode: 'direct', entry: 'paper', serial: values.serial,
      paper: { interviewerName: values.interviewerName, interviewDate: values.interviewDate },
    }, serialProblem);
    if (!canFinish(found)) {
      setReview(found);
      return stop();
    }
    const stats = keyingStats(tally, verify);
    const result = await finishInterview(setup.db, setup.accountId, id, compiled, nowIso(), stats);
    if (!result.ok) {
      setSaveState(result.reason);
      return stop();
    }
    const done = result.interview;
    others.push({ id: done.id, surveySlug: done.surveySlug, serial: done.serial, practice: done.practice });
    lastKeyed = done.serial;
    footer = done.paper;
    setFinished((list) => [{
      id: done.id, serial: done.serial ?? '', interviewDate: done.paper?.interviewDate ?? '',
      finishedAt: done.times.finishedAt ?? done.times.updatedAt, notices: result.notices,
    }, ...list]);
    nextForm();
    storing = false;
    pump();
  });

  const apply = (next: KeyingState) => {
    const before = state();
    setState(next);
    if (next.values !== before.values) save(next.values);
    if (next.slot !== null) setReview(undefined);
    if (next.done && !before.done) {
      storing = true;
      finish();
    }
  };

  function pump() {
    if (storing || typed.length === 0) return;
    const { keyed, rest } = applyTyped(compiled, options, { state: state(), tally }, typed);
    typed = rest;
    tally = keyed.tally;
    apply(keyed.state);
  }

  return {
    state, review, finished, saveState, draftId,
    press: (key, at) => { typed.push({ key, at }); pump(); },
    input: (text, at) => { typed.push({ text, at }); pump(); },
    count: (correction, at) => { tally = countKey(tally, at, correction); },
    typesNatively: () => {
      const now = state();
      return !storing && typed.length === 0 && !now.kept && (now.slot?.kind === 'text' || now.slot?.kind === 'interviewer');
    },
    focus: (id) => apply(focusSlot(compiled, options, state(), id)),
    setVerify: (on) => {
      verify = on;
      options = { ...options, verify: on };
    },
    retry: () => save(state().values),
  };
}
