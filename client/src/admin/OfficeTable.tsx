// One office table: it scrolls sideways on a narrow screen, has a header cell per column word and, for a column of
// buttons, a header that screen readers say but the eye does not need. Children are the body's rows.
import { For, Show, type JSX, type ParentProps } from 'solid-js';
import type { MessageKey } from '#shared/i18n/translate.ts';
import { useI18n } from '../i18n/context.tsx';

type Props = ParentProps<{
  class: string;
  columns?: readonly MessageKey[];
  /** The words of the action column (its buttons say what they do; the header is for screen readers). */
  actionLabel?: MessageKey;
  caption?: string;
  /** Header cells that are more than words (sort buttons, a column per mode), after `columns`. */
  head?: JSX.Element;
  /** A `<tfoot>` (totals), after the body. */
  foot?: JSX.Element;
}>;

export function OfficeTable(props: Props) {
  const { t } = useI18n();
  return (
    <div class="table-scroll">
      <table class={props.class}>
        <Show when={props.caption}><caption>{props.caption}</caption></Show>
        <thead>
          <tr>
            <For each={props.columns ?? []}>{(key) => <th scope="col">{t(key)}</th>}</For>
            {props.head}
            <Show when={props.actionLabel}>
              {(label) => <th scope="col"><span class="visually-hidden">{t(label())}</span></th>}
            </Show>
          </tr>
        </thead>
        <tbody>{props.children}</tbody>
        {props.foot}
      </table>
    </div>
  );
}
