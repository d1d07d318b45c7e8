// An admin turns on two-step sign-in: the server makes a secret and its QR code (an SVG made on our server, shown as
// an image: no outside service sees the secret); a first code from the app confirms it; the ten recovery codes are
// shown this once. Also the step PHIEU_REQUIRE_2FA=1 asks of an admin without it, before anything else.
import { fieldText } from '../components/field-text.ts';
import { createSignal, For, Show } from 'solid-js';
import type { TwoFactorEnrolment } from '#shared/api/auth.ts';
import { useI18n } from '../i18n/context.tsx';
import { createWork } from '../components/create-work.ts';
import { navigate } from '../router/router.tsx';
import { useSession } from '../session/context.tsx';
import { confirmTwoFactor, startTwoFactor } from './account-api.ts';
import { FieldError } from './FieldError.tsx';

/** `owed`: the step PHIEU_REQUIRE_2FA=1 asks before anything else; otherwise an admin's choice. */
export function EnrolTwoFactor(props: { owed: boolean }) {
  const { t } = useI18n();
  const session = useSession();
  const required = props.owed;
  const [enrolment, setEnrolment] = createSignal<TwoFactorEnrolment>();
  const [codes, setCodes] = createSignal<string[]>();
  const { working, error, run } = createWork();

  const start = () => run(async () => { setEnrolment(await startTwoFactor()); });
  const confirm = (event: SubmitEvent) => {
    event.preventDefault();
    const code = fieldText(new FormData(event.currentTarget as HTMLFormElement), 'code').trim();
    return run(async () => { setCodes((await confirmTwoFactor(code)).recoveryCodes); });
  };
  const proceed = async () => {
    if (required) await session.reload();
    navigate(required ? '/' : '/admin', { replace: true });
  };

  return (
    <>
      <h1>{t('account.twoFactor.title')}</h1>
      <Show when={required}><p class="banner warn" role="status">{t('account.twoFactor.required')}</p></Show>
      <Show when={codes()} fallback={
        <Show when={enrolment()} fallback={
          <>
            <p>{t('account.twoFactor.intro')}</p>
            <button type="button" disabled={working()} onClick={() => void start()}>{t('account.twoFactor.start')}</button>
            <FieldError error={error()} />
          </>
        }>
          {(shown) => (
            <form class="stack" onSubmit={(event) => void confirm(event)}>
              <p>{t('account.twoFactor.scan')}</p>
              <img class="qr" width="220" height="220" alt={t('account.twoFactor.qr')}
                src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(shown().qrSvg)}`} />
              <p>{t('account.twoFactor.secret')}: <code class="totp-secret">{shown().secret}</code></p>
              <label for="code">{t('account.code.label')}</label>
              <input id="code" name="code" type="text" required inputmode="numeric" autocomplete="one-time-code" aria-describedby="code-error" />
              <FieldError id="code-error" error={error()} />
              <button type="submit" disabled={working()}>{t('account.twoFactor.confirm')}</button>
            </form>
          )}
        </Show>
      }>
        {(recovery) => (
          <>
            <p class="banner note" role="status">{t('account.twoFactor.enabled')}</p>
            <p>{t('account.twoFactor.recovery')}</p>
            <ul class="recovery-codes"><For each={recovery()}>{(code) => <li><code>{code}</code></li>}</For></ul>
            <button type="button" onClick={() => void proceed()}>{t('account.continue')}</button>
          </>
        )}
      </Show>
    </>
  );
}
