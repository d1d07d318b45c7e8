// Whether the last answer is safely on the device: a quiet "saved" line for screen readers, and a failed save
// shown at once as an alert that says what is still safe, with a retry.
import { Match, Switch } from 'solid-js';
import { useI18n } from '../i18n/context.tsx';
import type { SaveState } from './draft-session.ts';

const FAILURE_KEYS: Record<string, string> = {
  storageFull: 'device.save.storageFull',
  notEditable: 'device.save.notEditable',
  invalid: 'device.save.invalid',
  notFound: 'device.form.notFound',
  failed: 'device.save.failed',
};

export function SaveStatus(props: { state: SaveState; onRetry: () => void }) {
  const { t } = useI18n();
  return (
    <Switch>
      <Match when={props.state === 'saved'}><p class="save-status" aria-live="polite">{t('device.form.saved')}</p></Match>
      <Match when={props.state === 'saving'}><p class="save-status" aria-live="polite">{t('device.form.saving')}</p></Match>
      <Match when={FAILURE_KEYS[props.state]}>
        {(key) => (
          <div class="error save-failed" role="alert" data-failure={props.state}>
            <p>{t(key())}</p>
            <button type="button" onClick={() => props.onRetry()}>{t('app.retry')}</button>
          </div>
        )}
      </Match>
    </Switch>
  );
}
