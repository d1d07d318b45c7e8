// The verify screen (a clerk's setting, off by default): after the last box, every answer in paper order as the
// codes keyed, compact, to hold against the paper. Enter accepts; a question number then Enter goes back to it.
// Its keys reach the session like every other key (the keyer's window listener).
import { For, onMount, Show } from 'solid-js';
import { slotsOf } from '#shared/entry/cursor.ts';
import type { KeyingState } from '#shared/entry/keying.ts';
import { valueOf, valueText } from '#shared/entry/values.ts';
import type { CompiledQuestionnaire } from '#shared/survey/compile.ts';
import { useI18n } from '../i18n/context.tsx';

type Props = { state: KeyingState; compiled: CompiledQuestionnaire; unitNo: string; year: number };

export default function VerifyView(props: Props) {
  const { t } = useI18n();
  let section: HTMLElement | undefined;
  onMount(() => section?.scrollIntoView({ block: 'start' }));
  const rows = () => slotsOf(props.compiled, props.state.values, { unitNo: props.unitNo, year: props.year }).map((slot) => ({
    id: slot.id,
    label: slot.paperNumber.replace(/^\D+/, '') || t(`entry.slot.${slot.kind === 'serial' ? 'serial' : slot.kind === 'interviewer' ? 'interviewer' : 'interview_date'}`),
    codes: valueText(slot, valueOf(slot, props.state.values)).trim() || '·',
  }));
  return (
    <section class="verify" aria-labelledby="verify-title" ref={section}>
      <h2 id="verify-title">{t('entry.verify.title')}</h2>
      <p class="key-legend">{t('entry.verify.help')}</p>
      <ol class="verify-codes">
        <For each={rows()}>{(row) => <li data-slot={row.id}><span>{row.label}</span> <b>{row.codes}</b></li>}</For>
      </ol>
      <p class="verify-jump" aria-live="polite">
        <Show when={props.state.jump}>{(jump) => <b>→ {jump()}</b>}</Show>
      </p>
      <div aria-live="assertive">
        <Show when={props.state.error}>{(error) => <p class="error" role="alert">{t(error().code, error().params)}</p>}</Show>
      </div>
    </section>
  );
}
