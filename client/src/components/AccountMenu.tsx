// The header's one menu: who is signed in, the language, the admin area for admins, changing one's password
// (online), and sign-out. Entry screens (/interviews/…) leave sign-out out, so a stray tap mid-interview cannot
// end the session; elsewhere an enumerator's sign-out first counts what stays on the device (decision 0015).
import { createEffect, createSignal, on, onCleanup, Show } from 'solid-js';
import { A, useLocation, useNavigate } from '../router/router.tsx';
import type { Account } from '#shared/accounts/schema.ts';
import { appDb } from '../db/db.ts';
import { useI18n } from '../i18n/context.tsx';
import { useSession } from '../session/context.tsx';
import { countUnsynced, type UnsyncedWork } from '../db/work-counts.ts';
import { ErrorNotice } from './ErrorNotice.tsx';
import { LanguageSwitch } from './LanguageSwitch.tsx';

export function AccountMenu(props: { account: Account }) {
  const { t, n } = useI18n();
  const session = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const [open, setOpen] = createSignal(false);
  const [confirming, setConfirming] = createSignal<UnsyncedWork>();
  const [error, setError] = createSignal<unknown>();
  let root: HTMLDivElement | undefined;

  const close = () => {
    setOpen(false);
    setConfirming(undefined);
    setError(undefined);
  };
  createEffect(on(() => location().pathname, close, { defer: true }));
  // A tap outside the menu or Escape closes it, as any menu does.
  const dismiss = (event: Event) => {
    if (!open()) return;
    const escape = event instanceof KeyboardEvent;
    if (escape ? event.key !== 'Escape' : root?.contains(event.target as Node)) return;
    close();
    if (escape) root?.querySelector('button')?.focus(); // back to the menu button
  };
  document.addEventListener('pointerdown', dismiss);
  document.addEventListener('keydown', dismiss);
  onCleanup(() => {
    document.removeEventListener('pointerdown', dismiss);
    document.removeEventListener('keydown', dismiss);
  });

  const run = async (step: () => Promise<unknown>) => {
    setError(undefined);
    try {
      await step();
    } catch (failure) {
      setError(failure);
    }
  };
  const signOut = () => run(async () => {
    await session.signOut();
    navigate('/sign-in', { replace: true });
  });
  /** An enumerator's work lives here: say what stays before signing out; an office account just signs out. */
  const askSignOut = () => (session.isLocal() ? run(async () => setConfirming(await countUnsynced(appDb(), props.account.id))) : signOut());

  return (
    <div class="account-menu" ref={root}>
      <button type="button" class="menu-button" aria-expanded={open()} aria-controls="account-menu"
        onClick={() => (open() ? close() : setOpen(true))}>
        <span aria-hidden="true">☰</span> {t('app.menu')}
      </button>
      <Show when={open()}>
        <div id="account-menu" class="menu-panel">
          <Show when={confirming()} fallback={
            <nav class="account-bar" aria-label={t('app.account')}>
              <span class="account-name">
                {t('surveys.signedInAs', { name: props.account.displayName, role: t(`role.${props.account.role}`) })}
              </span>
              <LanguageSwitch />
              <Show when={props.account.role === 'admin'}>
                <A href="/admin" class="button secondary">{t('admin.openAdmin')}</A>
              </Show>
              {/* An online action (its page is not on the phone): offered once the server has said the session is good. */}
              <Show when={session.server() === 'valid'}>
                <A href="/account/password" class="button secondary">{t('account.changePassword')}</A>
              </Show>
              <Show when={!location().pathname.startsWith('/interviews/')}>
                <button type="button" class="secondary" onClick={() => void askSignOut()}>{t('signOut')}</button>
              </Show>
            </nav>
          }>
            {(work) => (
              <div class="sign-out-confirm" role="alertdialog" aria-labelledby="sign-out-title" aria-describedby="sign-out-work">
                <h2 id="sign-out-title">{t('device.signOut.title')}</h2>
                <ul id="sign-out-work">
                  <li data-work="finished">{t('device.state.finished')}: {n(work().waiting)}</li>
                  <li data-work="draft">{t('device.state.draft')}: {n(work().drafts)}</li>
                </ul>
                <p>{t('device.signOut.kept')}</p>
                <div class="form-nav">
                  {/* Focus starts on the harmless answer, so the keyboard and screen readers land in the question. */}
                  <button type="button" class="secondary" ref={(stay) => queueMicrotask(() => stay.focus())} onClick={close}>
                    {t('device.signOut.stay')}
                  </button>
                  <button type="button" onClick={() => void signOut()}>{t('signOut')}</button>
                </div>
              </div>
            )}
          </Show>
          <ErrorNotice error={error()} />
        </div>
      </Show>
    </div>
  );
}
