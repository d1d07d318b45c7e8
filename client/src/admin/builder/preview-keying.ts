// Paper keying of the draft with nothing stored: the real keying reducer and key queue behind the real keyer, so
// the admin keys the draft as a clerk would. A finished form is listed and the next one opens, as in the field.
import { createSignal } from 'solid-js';
import { applyTyped, NO_KEYS, type Typed } from '#shared/entry/key-queue.ts';
import { focusSlot, startKeying, type KeyingOptions, type KeyingState } from '#shared/entry/keying.ts';
import { canFinish, reviewOf, type Review } from '#shared/entry/review.ts';
import type { CompiledQuestionnaire } from '#shared/survey/compile.ts';
import type { FinishedForm, KeyingSession } from '../../entry/keying-session.ts';

export function previewKeyingSession(compiled: CompiledQuestionnaire, context: { unitNo: string; year: number }): KeyingSession {
  const options: KeyingOptions = { ...context, suggestedSerial: `${context.unitNo}01` };
  const [state, setState] = createSignal<KeyingState>(startKeying(compiled, options));
  const [review, setReview] = createSignal<Review>();
  const [finished, setFinished] = createSignal<FinishedForm[]>([]);
  let tally = NO_KEYS;

  const finish = (done: KeyingState) => {
    const values = done.values;
    const found = reviewOf(compiled, {
      answers: values.answers, unitNo: context.unitNo, mode: 'direct', entry: 'paper', serial: values.serial,
      paper: { interviewerName: values.interviewerName, interviewDate: values.interviewDate },
    });
    if (!canFinish(found)) {
      setReview(found);
      return setState({ ...done, done: false });
    }
    const form: FinishedForm = { id: String(finished().length + 1), serial: values.serial ?? '', interviewDate: values.interviewDate ?? '', finishedAt: '', notices: [] };
    setFinished((list) => [form, ...list]);
    setReview(undefined);
    tally = NO_KEYS;
    setState(startKeying(compiled, { ...options, defaults: { interviewerName: values.interviewerName, interviewDate: values.interviewDate } }));
  };

  const apply = (next: KeyingState) => {
    const before = state();
    setState(next);
    if (next.slot !== null) setReview(undefined);
    if (next.done && !before.done) finish(next);
  };
  const push = (typed: Typed) => {
    const { keyed } = applyTyped(compiled, options, { state: state(), tally }, [typed]);
    tally = keyed.tally;
    apply(keyed.state);
  };

  return {
    state, review, finished,
    saveState: () => 'saved',
    draftId: () => undefined,
    press: (key, at) => push({ key, at }),
    input: (text, at) => push({ text, at }),
    count: () => undefined,
    typesNatively: () => {
      const now = state();
      return !now.kept && (now.slot?.kind === 'text' || now.slot?.kind === 'interviewer');
    },
    focus: (id) => apply(focusSlot(compiled, options, state(), id)),
    setVerify: () => undefined,
    retry: () => undefined,
  };
}
