// Paper keying mode: the whole form on one screen in paper order, keyed with the keyboard alone. Only the slot
// under the cursor has an input (so Tab and screen readers follow the paper); every key goes to the shared
// reducer through the session, except letters in a text box, which come from the input's value (Vietnamese
// input methods compose letters from several keys). A refused key shows its message beside the slot.
import { createMemo, For, onMount, Show } from 'solid-js';
import { slotsOf } from '#shared/entry/cursor.ts';
import { BACKSPACE, ENTER, isCharacterKey, MISSING_KEY_PARAMS, NEW_LINE, NEXT, PREVIOUS } from '#shared/entry/keys.ts';
import type { Slot } from '#shared/entry/slot.ts';
import { valueOf } from '#shared/entry/values.ts';
import type { CompiledQuestionnaire } from '#shared/survey/compile.ts';
import { useI18n } from '../i18n/context.tsx';
import type { KeyingSession } from './keying-session.ts';
import { optionsOf, shownBuffer, shownValue, slotLabel } from './slot-view.ts';

type Props = { session: KeyingSession; compiled: CompiledQuestionnaire; unitNo: string; unitName: string; year: number };

const REDUCER_KEYS = new Set([ENTER, NEW_LINE, BACKSPACE, PREVIOUS, NEXT]);

function SlotInput(props: Props & { slot: Slot }) {
  const { t } = useI18n();
  let input: HTMLInputElement | undefined;
  const state = () => props.session.state();
  const isText = () => props.slot.kind === 'text' || props.slot.kind === 'interviewer';
  const id = () => `key-${props.slot.id}`;
  onMount(() => {
    input?.focus();
    if (state().prefilled) input?.select();
  });
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.isComposing || event.ctrlKey || event.altKey || event.metaKey) return;
    const key = event.key === ENTER && event.shiftKey ? NEW_LINE : event.key;
    if (!REDUCER_KEYS.has(key) && !(isCharacterKey(key) && !isText())) return;
    // In a text box Backspace edits the text natively, except on an empty or pre-filled one (back / clear).
    if (isText() && key === BACKSPACE && !(state().prefilled || state().buffer === '')) return;
    event.preventDefault();
    props.session.press(key);
    if (input && input.isConnected && isText()) input.value = state().buffer;
  };
  const onInput = (event: InputEvent & { currentTarget: HTMLInputElement }) => {
    const typed = event.currentTarget.value;
    props.session.input(isText() ? typed : typed.replace(/\D/g, (ch) => (ch === '-' || ch === '*' ? ch : '')));
    if (event.currentTarget.isConnected && event.currentTarget.value !== state().buffer) event.currentTarget.value = state().buffer;
  };
  return (
    <div class="slot-input">
      <label for={id()}>{slotLabel(props.compiled, props.slot, t)}</label>
      <input id={id()} ref={input} autocomplete="off" spellcheck={false}
        inputmode={isText() ? 'text' : 'numeric'} value={shownBuffer(props.slot, state().buffer, state().prefilled)}
        aria-invalid={state().error ? 'true' : undefined} aria-describedby="slot-error key-legend"
        onKeyDown={onKeyDown} onInput={onInput} />
      <div id="slot-error">
        <Show when={state().error}>{(error) => <p class="error" role="alert">{t(error().code, error().params)}</p>}</Show>
      </div>
    </div>
  );
}

export function PaperKeyer(props: Props) {
  const { t } = useI18n();
  const context = () => ({ unitNo: props.unitNo, year: props.year });
  const slots = createMemo(() => slotsOf(props.compiled, props.session.state().values, context()));
  const slotById = createMemo(() => new Map(slots().map((s) => [s.id, s])));
  const idsOf = (variables: readonly string[]) => slots().filter((s) => variables.includes(s.id)).map((s) => s.id);
  const currentId = () => props.session.state().slot?.id;

  const SlotRow = (rowProps: { id: string }) => (
    <Show when={slotById().get(rowProps.id)}>
      {(slot) => (
        <div class="slot" classList={{ current: currentId() === rowProps.id }} data-slot={rowProps.id}>
          <Show when={currentId() === rowProps.id} fallback={
            <>
              <span class="slot-label">{slotLabel(props.compiled, slot(), t)}</span>
              <span class="slot-value">{shownValue(props.compiled, slot(), valueOf(slot(), props.session.state().values), t)}</span>
            </>
          }>
            <SlotInput {...props} slot={slot()} />
          </Show>
        </div>
      )}
    </Show>
  );

  return (
    <div class="paper-keyer">
      <p class="key-legend" id="key-legend">{t('entry.key.legend', MISSING_KEY_PARAMS)} · {t('entry.keyer.keysHelp')}</p>
      <div class="paper-header"><SlotRow id="serial" /></div>
      <For each={props.compiled.version.sections}>
        {(section) => (
          <section class="paper-section" aria-label={section.title}>
            <h2>{section.title}</h2>
            <For each={section.questions}>
              {(question) => {
                const q = props.compiled.questions[props.compiled.questionIndexOf.get(question.variable)!]!;
                const ids = () => idsOf([...q.answerVariables, ...q.specify.map((s) => s.variable)]);
                const onPath = () => q.kind === 'unit' || q.kind === 'note' || ids().length > 0;
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
                      <For each={ids()}>{(id) => <SlotRow id={id} />}</For>
                    </Show>
                  </div>
                );
              }}
            </For>
          </section>
        )}
      </For>
      <div class="paper-footer"><SlotRow id="interviewer" /><SlotRow id="interview_date" /></div>
    </div>
  );
}
