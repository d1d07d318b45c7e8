// The office's one frame: the office words, and a menu of every office page with a label that the account's
// role may open (client/src/office-pages.ts). A lazy chunk of its own, loaded beside the page it frames.
import { For, type ParentProps } from 'solid-js';
import { A } from '../router/router.tsx';
import { staticPrefix } from '../router/match.ts';
import { OfficeWords, useI18n } from '../i18n/context.tsx';
import { useSession } from '../session/context.tsx';
import { OFFICE_PAGES } from '../office-pages.ts';

export default function OfficeFrame(props: ParentProps) {
  return (
    <OfficeWords>
      <div class="admin">
        <OfficeMenu />
        {props.children}
      </div>
    </OfficeWords>
  );
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
