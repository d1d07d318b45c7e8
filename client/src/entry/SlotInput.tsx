// The one box under the cursor: its input (read-only while it shows a kept answer), and beside it the refusal
// (announced) or what Backspace cleared; the keyer scrolls it into the upper half of the window on arrival, so a
// message beside the box is always in view.
// Text comes from the box's value (Vietnamese input methods compose letters from several keys); every other
// key reaches the session through the keyer's window listener. An open answer's box is a textarea: an input's
// value drops the line break Shift+Enter keys, and the next letter typed would store the text without it.
import { onMount, Show } from 'solid-js';
import { Dynamic } from 'solid-js/web';
import type { Slot } from '#shared/entry/slot.ts';
import type { CompiledQuestionnaire } from '#shared/survey/compile.ts';
import { useI18n } from '../i18n/context.tsx';
import type { KeyingSession } from './keying-session.ts';
import { shownBuffer, slotLabel } from './slot-view.ts';

type Box = HTMLInputElement | HTMLTextAreaElement;
type Props = { session: KeyingSession; compiled: CompiledQuestionnaire; slot: Slot; labelShown: boolean };

export function SlotInput(props: Props) {
  const { t } = useI18n();
  let input: Box | undefined;
  const state = () => props.session.state();
  const isText = () => props.slot.kind === 'text' || props.slot.kind === 'interviewer';
  const id = () => `key-${props.slot.id}`;
  onMount(() => {
    if (!input) return;
    input.focus({ preventScroll: true });
    if (state().prefilled) input.select();
  });
  const hand = (box: Box) => {
    const typed = box.value;
    props.session.input(isText() ? typed : typed.replace(/[^\d*-]/g, ''), performance.now());
    if (box.isConnected && box.value !== state().buffer) box.value = state().buffer;
  };
  return (
    <div class="slot-input">
      <label for={id()} classList={{ 'visually-hidden': !props.labelShown }}>{slotLabel(props.compiled, props.slot, t)}</label>
      <div class="slot-entry">
        <Dynamic component={isText() ? 'textarea' : 'input'} id={id()} ref={(box: Box) => (input = box)} class="slot-box" autocomplete="off" spellcheck={false} readOnly={state().kept}
          classList={{ kept: state().kept }} inputmode={isText() ? 'text' : 'numeric'}
          value={shownBuffer(props.slot, state().buffer, state().prefilled)}
          aria-invalid={state().error ? 'true' : undefined} aria-describedby="slot-error key-legend"
          onInput={(event: InputEvent & { currentTarget: Box }) => { if (!event.isComposing) hand(event.currentTarget); }}
          onCompositionEnd={(event: CompositionEvent & { currentTarget: Box }) => hand(event.currentTarget)} />
        <div id="slot-error" class="slot-message" aria-live="assertive">
          <Show when={state().error}>{(error) => <p class="error" role="alert">{t(error().code, error().params)}</p>}</Show>
          <Show when={!state().error && state().kept}><p class="hint">{t('entry.keyer.kept')}</p></Show>
          <Show when={!state().error && state().cleared}>{(value) => <p class="hint">{t('entry.keyer.cleared', { value: value() })}</p>}</Show>
        </div>
      </div>
    </div>
  );
}
