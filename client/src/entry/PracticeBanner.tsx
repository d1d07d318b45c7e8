// The mark every screen of a practice interview carries: training-day forms never count and are never exported.
import { Show } from 'solid-js';
import { useI18n } from '../i18n/context.tsx';

export function PracticeBanner(props: { practice: boolean }) {
  const { t } = useI18n();
  return <Show when={props.practice}><p class="banner practice" role="note" data-practice="true">{t('entry.practice.badge')}</p></Show>;
}
