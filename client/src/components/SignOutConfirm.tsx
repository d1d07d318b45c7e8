// Asked before an enumerator signs out: how many interviews are finished but not sent and how many are in
// progress, and that they stay on this device for this account's next sign-in, offline too.
import { Show } from 'solid-js';
import { useI18n } from '../i18n/context.tsx';
import type { UnsyncedWork } from '../session/unsynced-work.ts';

export function SignOutConfirm(props: { work: UnsyncedWork; onConfirm: () => void; onStay: () => void }) {
  const { t, n } = useI18n();
  const any = () => props.work.waiting + props.work.drafts > 0;
  return (
    <div class="sign-out-confirm" role="alertdialog" aria-labelledby="sign-out-title" aria-describedby="sign-out-work">
      <h2 id="sign-out-title">{t('device.signOut.title')}</h2>
      <div id="sign-out-work">
        <Show when={any()} fallback={<p>{t('device.signOut.clean')}</p>}>
          <ul>
            <li data-work="waiting">{t('device.signOut.waiting', { count: n(props.work.waiting) })}</li>
            <li data-work="drafts">{t('device.signOut.drafts', { count: n(props.work.drafts) })}</li>
          </ul>
          <p>{t('device.signOut.kept')}</p>
        </Show>
      </div>
      <div class="form-nav">
        <button type="button" class="secondary" onClick={() => props.onStay()}>{t('device.signOut.stay')}</button>
        <button type="button" onClick={() => props.onConfirm()}>{t('signOut')}</button>
      </div>
    </div>
  );
}
