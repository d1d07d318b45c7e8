// A unit's progress: its bar against the target, or, for a unit without a target (0, seed 000's "không hạn chế"),
// what it received without a percentage. Office and share pages only (the phone shows figures, not bars).
import { Show } from 'solid-js';
import type { Progress } from '#shared/quota/progress.ts';
import { useI18n } from '../i18n/context.tsx';
import { ProgressBar } from './ProgressBar.tsx';

export function UnitTargetBar(props: { progress: Progress }) {
  const { t, n } = useI18n();
  return (
    <Show when={props.progress.target > 0} fallback={<span class="dash-bar-text">{t('quota.noTarget', { count: n(props.progress.received) })}</span>}>
      <ProgressBar progress={props.progress} />
    </Show>
  );
}
