// The header's one menu: who is signed in, the language, the admin area for admins, changing one's password
// (online), and sign-out. Entry screens (/interviews/…) leave sign-out out, so a stray tap mid-interview cannot
// end the session; elsewhere an enumerator's sign-out first says what stays on the device (decision 0015).
import { createEffect, createSignal, on, onCleanup, onMount, Show } from 'solid-js';
import { A, useLocation, useNavigate } from '../router/router.tsx';
import type { Account } from '#shared/accounts/schema.ts';
import { appDb } from '../db/db.ts';
import { useI18n } from '../i18n/context.tsx';
import { useSession } from '../session/context.tsx';
import { unsyncedWork, type UnsyncedWork } from '../session/unsynced-work.ts';
import { ErrorNotice } from './ErrorNotice.tsx';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { SignOutConfirm } from './SignOutConfirm.tsx';

export function AccountMenu(props: { account: Account }) {
  const { t } = useI18n();
  const session = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const [open, setOpen] = createSignal(false);
  const [confirming, setConfirming] = createSignal<UnsyncedWork>();
  const [error, setError] = createSignal<unknown>();
  const onEntryScreen = () => location().pathname.startsWith('/interviews/');
  let root: HTMLDivElement | undefined;
  let button: HTMLButtonElement | undefined;

  const close = () => {
    setOpen(false);
    setConfirming(undefined);
    setError(undefined);
  };
  createEffect(on(() => location().pathname, close, { defer: true }));
  // A tap outside the menu or Escape closes it, as any menu does.
  const outside = (event: PointerEvent) => { if (open() && !root?.contains(event.target as Node)) close(); };
  const escape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !open()) return;
    close();
    button?.focus();
  };
  onMount(() => {
    document.addEventListener('pointerdown', outside);
    document.addEventListener('keydown', escape);
  });
  onCleanup(() => {
    document.removeEventListener('pointerdown', outside);
    document.removeEventListener('keydown', escape);
  });

  const signOut = async () => {
    setError(undefined);
    try {
      await session.signOut();
      navigate('/sign-in', { replace: true });
    } catch (failure) {
      setError(failure);
    }
  };
  /** An enumerator's work lives here: say what stays before signing out; an office account just signs out. */
  const askSignOut = async () => {
    if (!session.isLocal()) return signOut();
    try {
      setConfirming(await unsyncedWork(appDb(), props.account.id));
    } catch (failure) {
      setError(failure);
    }
  };

  return (
    <div class="account-menu" ref={root}>
      <button type="button" class="menu-button" ref={button} aria-expanded={open()} aria-controls="account-menu"
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
              <Show when={!onEntryScreen()}>
                <button type="button" class="secondary" onClick={() => void askSignOut()}>{t('signOut')}</button>
              </Show>
            </nav>
          }>
            {(work) => <SignOutConfirm work={work()} onConfirm={() => void signOut()} onStay={close} />}
          </Show>
          <ErrorNotice error={error()} />
        </div>
      </Show>
    </div>
  );
}
