// A refusal of the server shown beside the field it names (`params.field`), in the reader's language: the
// reason's own words (`survey.reason.<reason>`) when the server gave one, else the problem's message.
import { createSignal, Show, type JSX } from 'solid-js';
import { ApiError, messageOf } from '../api/http.ts';
import { useI18n } from '../i18n/context.tsx';

export function useFieldErrors() {
  const { t } = useI18n();
  const [error, setError] = createSignal<unknown>(null);
  const fieldOf = () => {
    const e = error();
    return e instanceof ApiError && typeof e.params['field'] === 'string' ? e.params['field'] : null;
  };
  const wordsOf = (e: unknown): string => {
    if (e instanceof ApiError && typeof e.params['reason'] === 'string') {
      // A reason that is a message code of its own (a units file's line, a compatibility issue) is said as it is.
      const reason = e.params['reason'];
      const key = reason.startsWith('survey.') ? reason : `survey.reason.${reason}`;
      const words = t(key, e.params);
      // An unknown code comes back as itself: then the problem's own message says it.
      if (!words.startsWith(key)) return words;
    }
    const message = messageOf(e);
    return t(message.code, message.params);
  };
  const text = (field: string): string | undefined => (fieldOf() === field ? wordsOf(error()) : undefined);
  return {
    text,
    /** Runs an action, keeping its refusal to show; true when it succeeded. */
    run: async (action: () => Promise<unknown>): Promise<boolean> => {
      setError(null);
      try {
        await action();
        return true;
      } catch (e) {
        setError(e);
        return false;
      }
    },
    beside: (field: string): JSX.Element => (
      <Show when={text(field)}>{(why) => <small class="field-error" role="alert" data-field={field}>{why()}</small>}</Show>
    ),
    /** The refusal when no field of `placed` (a name, or a prefix ending in ".") shows it. */
    unplaced: (placed: readonly string[]): JSX.Element => {
      const shownBeside = () => {
        const field = fieldOf();
        return field !== null && placed.some((p) => (p.endsWith('.') ? field.startsWith(p) : field === p));
      };
      return (
        <Show when={error() !== null && !shownBeside()}>
          <div class="error" role="alert"><p>{wordsOf(error())}</p></div>
        </Show>
      );
    },
    clear: () => setError(null),
  };
}

