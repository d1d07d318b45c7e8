// Shown when a signed-in account opens a page its role may not see (an enumerator at /admin).
import { A } from '../router/router.tsx';
import { useI18n } from '../i18n/context.tsx';

export function ForbiddenPage() {
  const { t } = useI18n();
  return (
    <section class="notice-page">
      <h1>{t('app.forbidden.title')}</h1>
      <p>{t('app.forbidden')}</p>
      <A href="/" class="button">{t('app.backHome')}</A>
    </section>
  );
}
