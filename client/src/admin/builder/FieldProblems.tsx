// The engine's problems with one field of one question (or of the draft), in words, right beside the field.
import { For, Show } from 'solid-js';
import { useI18n } from '../../i18n/context.tsx';
import { useBuilder } from './builder-context.ts';

/** `field` matches a field and everything under it ("options" takes "options.2.code"). */
export function FieldProblems(props: { question?: string | undefined; field: string; id?: string }) {
  const { t } = useI18n();
  const { session } = useBuilder();
  const mine = (p: { question?: string | undefined; field: string }) =>
    p.question === props.question && (p.field === props.field || p.field.startsWith(`${props.field}.`));
  const problems = () => session.problems().filter(mine).map((p) => t(p.code, p.params));
  const blanks = () => session.blanks().filter(mine).map(() => t('builder.blank'));
  const all = () => [...blanks(), ...problems()];
  return (
    <Show when={all().length > 0}>
      <ul class="issues" id={props.id} data-problems={props.question ?? ''}>
        <For each={all()}>{(text) => <li>{text}</li>}</For>
      </ul>
    </Show>
  );
}
