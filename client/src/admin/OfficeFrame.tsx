// The office's one frame: the office words, and a menu of every office page with a label that the account's
// role may open (client/src/office-pages.ts). A lazy chunk of its own, loaded beside the page it frames.
// A failure a page does not handle itself (a resource read after its request was refused) is shown here in
// words, with the menu still there; going to another address or "Thử lại" renders the page again.
import { createEffect, ErrorBoundary, For, on, type ParentProps } from 'solid-js';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { A, useLocation } from '../router/router.tsx';
import { staticPrefix } from '../router/match.ts';
import { OfficeWords, useI18n } from '../i18n/context.tsx';
import { useSession } from '../session/context.tsx';
import { OFFICE_PAGES } from '../office-pages.ts';

export default function OfficeFrame(props: ParentProps) {
  return (
    <OfficeWords>
      <div class="admin">
        <OfficeMenu />
        <ErrorBoundary fallback={(error, reset) => <PageFailure error={error} reset={reset} />}>{props.children}</ErrorBoundary>
      </div>
    </OfficeWords>
  );
}

function PageFailure(props: { error: unknown; reset: () => void }) {
  const location = useLocation();
  createEffect(on(() => location().pathname + location().search, () => props.reset(), { defer: true }));
  return <ErrorNotice error={props.error} onRetry={() => props.reset()} />;
}

function OfficeMenu() {
  const { t } = useI18n();
  const session = useSession();
  const entries = () => OFFICE_PAGES.filter((page) => page.menu !== undefined && session.hasRole(page.role)
    && !(page.officeWide && session.me()?.officeWide === false));
  return (
    <nav class="admin-nav" aria-label={t('admin.title')}>
      <For each={entries()}>{(page) => <A href={staticPrefix(page.path)}>{t(page.menu ?? '')}</A>}</For>
    </nav>
  );
}
