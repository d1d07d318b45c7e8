// Any address the app does not know.
import { A } from '../router/router.tsx';
import { useI18n } from '../i18n/context.tsx';

export default function NotFoundPage() {
  const { t } = useI18n();
  return (
    <section class="notice-page">
      <h1>404</h1>
      <p>{t('app.notFound')}</p>
      <A href="/" class="button">{t('app.backHome')}</A>
    </section>
  );
}
