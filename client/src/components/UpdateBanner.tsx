// "Update available — reload": shown while a new version waits. Accepting saves every draft first; the page
// reloads only once the new service worker has taken over.
import { createSignal, Show } from 'solid-js';
import { acceptUpdate, updateWaiting } from '../pwa/register.ts';
import { useI18n } from '../i18n/context.tsx';

export function UpdateBanner() {
  const { t } = useI18n();
  const [saving, setSaving] = createSignal(false);
  const accept = async () => {
    setSaving(true);
    await acceptUpdate();
  };
  return (
    <Show when={updateWaiting()}>
      <div class="banner update" role="status">
        <p>{t('device.update.available')}</p>
        <button type="button" disabled={saving()} onClick={() => void accept()}>
          {saving() ? t('device.update.saving') : t('device.update.reload')}
        </button>
      </div>
    </Show>
  );
}
