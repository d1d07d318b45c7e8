// The admin area's frame and its sections. Loaded only through AdminGate after the role check; the sections
// are chosen here from the path after /admin, so that nothing of the admin area is requested before that check.
import { Match, Switch } from 'solid-js';
import { A } from '../router/router.tsx';
import { useI18n } from '../i18n/context.tsx';
import NotFoundPage from '../pages/NotFoundPage.tsx';
import { AccountsPage } from './AccountsPage.tsx';
import { ExportPage } from './ExportPage.tsx';
import { ProvinceDashboardPage } from './ProvinceDashboardPage.tsx';
import { ShareLinksPage } from './ShareLinksPage.tsx';

export default function AdminArea(props: { section: string }) {
  const { t } = useI18n();
  const section = () => props.section.replace(/\/+$/, '');
  return (
    <div class="admin">
      <nav class="admin-nav" aria-label={t('admin.title')}>
        <A href="/admin/accounts">{t('admin.accounts')}</A>
        <A href="/admin/exports">{t('export.nav')}</A>
        <A href="/admin/quota">{t('quota.nav.province')}</A>
        <A href="/admin/share-links">{t('quota.nav.shareLinks')}</A>
      </nav>
      <Switch fallback={<NotFoundPage />}>
        <Match when={section() === '' || section() === 'accounts'}>
          <AccountsPage />
        </Match>
        <Match when={section() === 'exports'}>
          <ExportPage />
        </Match>
        <Match when={/^quota(\/[^/]+)?$/.test(section())}>
          <ProvinceDashboardPage surveySlug={section().split('/')[1] ?? ''} />
        </Match>
        <Match when={/^share-links(\/[^/]+)?$/.test(section())}>
          <ShareLinksPage surveySlug={section().split('/')[1] ?? ''} />
        </Match>
      </Switch>
    </div>
  );
}
