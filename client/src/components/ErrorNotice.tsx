// A failure shown in the user's language, announced to screen readers; nothing when there is no error.
import { Show } from 'solid-js';
import { messageOf } from '../api/http.ts';
import { useI18n } from '../i18n/context.tsx';

export function ErrorNotice(props: { error: unknown; onRetry?: () => void }) {
  const { t } = useI18n();
  const text = () => {
    const message = messageOf(props.error);
    return t(message.code, message.params);
  };
  return (
    <Show when={props.error !== undefined && props.error !== null}>
      <div class="error" role="alert">
        <p>{text()}</p>
        <Show when={props.onRetry}>
          {(retry) => <button type="button" onClick={() => retry()()}>{t('app.retry')}</button>}
        </Show>
      </div>
    </Show>
  );
}
