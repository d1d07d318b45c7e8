// Paper keying mode: the whole form on one screen in paper order, keyed with the keyboard alone. Every key is
// caught at the window (whatever has focus while a form is stored and the next opens) and queued in the session,
// which applies them in order; only letters typed into an open text box are left to the box (input methods).
// Each question's text is printed once, its codes on one line; only the slot under the cursor has an input.
import { createEffect, createMemo, For, on, onCleanup, onMount, Show } from 'solid-js';
import { slotsOf } from '#shared/entry/cursor.ts';
import { BACKSPACE, ENTER, isCharacterKey, MISSING_KEY_PARAMS, NEW_LINE, NEXT, PREVIOUS } from '#shared/entry/keys.ts';
import { valueOf } from '#shared/entry/values.ts';
import type { CompiledQuestionnaire } from '#shared/survey/compile.ts';
import { useI18n } from '../i18n/context.tsx';
import type { KeyingSession } from './keying-session.ts';
import { SlotInput } from './SlotInput.tsx';
import { optionsOf, shownValue, slotLabel } from './slot-view.ts';

type Props = {
  session: KeyingSession; compiled: CompiledQuestionnaire; unitNo: string; unitName: string; year: number;
  /** Keys count only inside this element (the builder's preview beside its editor); the whole window otherwise. */
  within?: () => HTMLElement | undefined;
};

const REDUCER_KEYS = new Set([ENTER, NEW_LINE, BACKSPACE, PREVIOUS, NEXT]);
/** Keys an input method is still working on: the composed text arrives through the box instead. */
const COMPOSING = new Set(['Process', 'Unidentified', 'Dead']);

/** Brings the box into the upper half of the viewport, its question's text above it when that fits. */
function bringIntoView(input: HTMLElement) {
  const height = window.innerHeight;
  const box = input.getBoundingClientRect();
  const question = input.closest('.paper-q')?.getBoundingClientRect();
  if ((question?.top ?? box.top) >= 0 && box.bottom <= height / 2) return;
  const top = question && box.top - question.top < height * 0.35 ? question.top - height * 0.08 : box.top - height * 0.3;
  window.scrollBy({ top, behavior: 'instant' });
}

/** The key as the reducer names it, or null for a key that is not the form's (another control's, a shortcut). */
function keyOf(event: KeyboardEvent, ownBox: boolean): string | null {
  if (event.defaultPrevented || event.ctrlKey || event.altKey || event.metaKey) return null;
  if (event.isComposing || COMPOSING.has(event.key)) return null;
  if (event.key === ENTER && event.shiftKey) return NEW_LINE;
  if (event.key === 'Tab') return ownBox ? (event.shiftKey ? PREVIOUS : NEXT) : null;
  return REDUCER_KEYS.has(event.key) || isCharacterKey(event.key) ? event.key : null;
}

export function PaperKeyer(props: Props) {
  const { t } = useI18n();
  const context = () => ({ unitNo: props.unitNo, year: props.year });
  const slots = createMemo(() => slotsOf(props.compiled, props.session.state().values, context()));
  const slotById = createMemo(() => new Map(slots().map((s) => [s.id, s])));
  const idsOf = (variables: readonly string[]) => slots().filter((s) => variables.includes(s.id)).map((s) => s.id);
  const currentId = () => props.session.state().slot?.id;

  const onKey = (event: KeyboardEvent) => {
    const target = event.target instanceof HTMLElement ? event.target : null;
    if (props.within && !(target && props.within()?.contains(target))) return;
    const ownBox = target?.classList.contains('slot-box') ?? false;
    // Another control keeps what it acts on (Tab, Enter, Space, arrows, text typed into a text field); a code typed
    // while a link or the verify checkbox has focus is still the form's, and goes back to the box.
    const control = ownBox ? null : target?.closest('a, button, input, select, textarea, [contenteditable]');
    const textField = control instanceof HTMLTextAreaElement || control?.matches('[contenteditable], input:not([type=checkbox]):not([type=radio])');
    if (control && (textField || !(isCharacterKey(event.key) || event.key === BACKSPACE) || event.key === ' ')) return;
    const key = keyOf(event, ownBox);
    if (key === null) return;
    const session = props.session;
    const state = session.state();
    const editsItself = isCharacterKey(key) || (key === BACKSPACE && state.buffer !== '' && !state.prefilled);
    if (ownBox && editsItself && session.typesNatively()) {
      session.count(key === BACKSPACE, event.timeStamp); // the box types it: an input method may be composing
      return;
    }
    event.preventDefault();
    session.press(key, event.timeStamp);
    if (control) document.querySelector<HTMLElement>('.slot.current .slot-box')?.focus({ preventScroll: true });
  };
  onMount(() => window.addEventListener('keydown', onKey, true));
  // After the whole update (the box left behind has shrunk to its value), so the measure is the final layout.
  createEffect(on(currentId, () => {
    const input = document.querySelector<HTMLElement>('.slot.current .slot-box');
    if (input) bringIntoView(input);
  }));
  onCleanup(() => window.removeEventListener('keydown', onKey, true));

  const SlotRow = (rowProps: { id: string; labelShown: boolean }) => (
    <Show when={slotById().get(rowProps.id)}>
      {(slot) => (
        <div class="slot" classList={{ current: currentId() === rowProps.id }} data-slot={rowProps.id}>
          <Show when={currentId() === rowProps.id} fallback={
            <>
              <Show when={rowProps.labelShown}><span class="slot-label">{slotLabel(props.compiled, slot(), t)}</span></Show>
              <span class="slot-value">{shownValue(props.compiled, slot(), valueOf(slot(), props.session.state().values), t)}</span>
            </>
          }>
            <SlotInput session={props.session} compiled={props.compiled} slot={slot()} labelShown={rowProps.labelShown} />
          </Show>
        </div>
      )}
    </Show>
  );

  return (
    <div class="paper-keyer">
      <p class="key-legend" id="key-legend">{t('entry.key.legend', MISSING_KEY_PARAMS)} · {t('entry.keyer.keysHelp')}</p>
      <div class="paper-header"><SlotRow id="serial" labelShown /></div>
      <For each={props.compiled.version.sections}>
        {(section) => (
          <section class="paper-section" aria-label={section.title}>
            <h2>{section.title}</h2>
            <For each={section.questions}>
              {(question) => {
                const q = props.compiled.questions[props.compiled.questionIndexOf.get(question.variable)!]!;
                const ids = () => idsOf([...q.answerVariables, ...q.specify.map((s) => s.variable)]);
                const onPath = () => q.kind === 'unit' || q.kind === 'note' || ids().length > 0;
                // The question's text is its one label; grid rows and "other" texts name themselves.
                const labelShown = (id: string) => q.kind === 'grid' || !q.answerVariables.includes(id);
                return (
                  <div class="paper-q" id={`q-${q.id}`} classList={{ skipped: !onPath() }} data-question={q.id}>
                    <h3><span class="paper-number">{q.paperNumber}.</span> {question.text}</h3>
                    <Show when={optionsOf(q).length > 0 && onPath()}>
                      <p class="codes">{optionsOf(q).map((o) => `${o.code}. ${o.label}`).join(' · ')}</p>
                    </Show>
                    <Show when={q.kind === 'unit'}>
                      <p class="prefilled">{t('device.form.unitPrefilled', { unit: `${props.unitNo} – ${props.unitName}` })}</p>
                    </Show>
                    <Show when={onPath()} fallback={<p class="muted">{t('survey.missing.skipped')}</p>}>
                      <For each={ids()}>{(id) => <SlotRow id={id} labelShown={labelShown(id)} />}</For>
                    </Show>
                  </div>
                );
              }}
            </For>
          </section>
        )}
      </For>
      <div class="paper-footer"><SlotRow id="interviewer" labelShown /><SlotRow id="interview_date" labelShown /></div>
    </div>
  );
}
