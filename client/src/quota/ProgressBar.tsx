// A completion bar with its figure. The bar stops at full width, but the words give the true percentage and
// how far over quota a unit is: over quota is shown, never capped.
import { Show } from 'solid-js';
import { formatPercent } from '#shared/i18n/format.ts';
import type { Progress } from '#shared/quota/progress.ts';
import { useI18n } from '../i18n/context.tsx';
import './quota.css';

export function ProgressBar(props: { progress: Progress }) {
  const { t, n, language } = useI18n();
  const width = () => `${Math.min(100, props.progress.ratio * 100)}%`;
  return (
    <span class="dash-bar-wrap">
      <span class="dash-bar" classList={{ 'dash-bar-full': props.progress.ratio >= 1, 'dash-bar-over': props.progress.overBy > 0 }} aria-hidden="true">
        <span style={{ width: width() }} />
      </span>
      <span class="dash-bar-text">
        {formatPercent(props.progress.ratio, language())}
        <Show when={props.progress.overBy > 0}>
          {' · '}<strong class="dash-over">{t('quota.over', { count: n(props.progress.overBy) })}</strong>
        </Show>
      </span>
    </span>
  );
}
