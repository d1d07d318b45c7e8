// A date (or date and time) field that reads and shows dd/mm/yyyy whatever the browser's language: the native
// pickers showed mm/dd/yyyy on English browsers. The value is an ISO day, or an instant in Asia/Ho_Chi_Minh.
import { createSignal, Show } from 'solid-js';
import { useI18n } from '../i18n/context.tsx';
import { readDay, readDayTime, showDay, showDayTime } from './date-text.ts';

export type DateFieldProps = {
  label: string;
  /** ISO day ("2026-05-28") or, with `time`, an instant ("2026-05-28T07:30:00+07:00"); '' when empty. */
  value: string;
  /** Called with the value read, '' when the field is emptied or holds no real date. */
  onChange: (value: string) => void;
  time?: boolean;
  /** A reason to show beside the field (from the server). */
  error?: string | undefined;
  name?: string;
};

export function DateField(props: DateFieldProps) {
  const { t } = useI18n();
  const shown = (value: string) => (value ? (props.time ? showDayTime(value) : showDay(value)) : '');
  const [text, setText] = createSignal(shown(props.value));
  const [bad, setBad] = createSignal(false);
  const parse = (typed: string) => (typed.trim() === '' ? '' : (props.time ? readDayTime(typed) : readDay(typed)));
  // While typing, a date counts as soon as it is whole; leaving the field says when it is not.
  const typing = (typed: string) => {
    setText(typed);
    const value = parse(typed);
    if (value !== null) setBad(false);
    props.onChange(value ?? '');
  };
  const message = () => (bad() ? t(props.time ? 'survey.field.badDayTime' : 'survey.field.badDay') : props.error);
  return (
    <label class="date-field">
      {props.label}
      <input
        type="text" inputmode="numeric" autocomplete="off" name={props.name}
        placeholder={props.time ? 'dd/mm/yyyy hh:mm' : 'dd/mm/yyyy'}
        value={text()} aria-invalid={message() ? 'true' : undefined}
        onInput={(e) => typing(e.currentTarget.value)}
        onChange={(e) => setBad(parse(e.currentTarget.value) === null)}
      />
      <Show when={message()}>{(why) => <small class="field-error" role="alert">{why()}</small>}</Show>
    </label>
  );
}
