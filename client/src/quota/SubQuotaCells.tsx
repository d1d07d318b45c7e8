// One unit's sub-quota cells (e.g. by sex, Câu 1): each option's target, what arrived, what still waits on
// devices, and how many more are needed or how far over. Renders only: the unit dashboard, the shared page and
// the enumerator's home screen pass cells computed by shared/quota/progress.ts (cellProgress, unitCellProgress).
import { For, Show } from 'solid-js';
import type { SubQuotaQuestion } from '#shared/api/quota.ts';
import { cellLabel } from '#shared/quota/figures.ts';
import { stillNeeded, type CellProgress } from '#shared/quota/progress.ts';
import { useI18n } from '../i18n/context.tsx';
import { ProgressBar } from './ProgressBar.tsx';
import './quota.css';

export function SubQuotaCells(props: { question: SubQuotaQuestion | null; cells: readonly CellProgress[]; headingLevel?: 2 | 3 }) {
  const { t, n } = useI18n();
  const title = () => t('quota.cells.title', {
    question: [props.question?.paperNumber, props.question?.text].filter(Boolean).join(' ') || (props.question?.variable ?? ''),
  });
  const status = (cell: CellProgress) => {
    if (cell.overBy > 0) return t('quota.cells.over', { count: n(cell.overBy) });
    const needed = stillNeeded(cell);
    return needed > 0 ? t('quota.cells.needed', { count: n(needed) }) : t('quota.cells.done');
  };
  return (
    <section class="dash-cells">
      {props.headingLevel === 3 ? <h3>{title()}</h3> : <h2>{title()}</h2>}
      <ul>
        <For each={props.cells}>
          {(cell) => (
            <li data-cell={cell.code} classList={{ 'dash-cell-needed': stillNeeded(cell) > 0 }}>
              <span class="dash-cell-name">{t('quota.cells.cell', { code: cell.code, label: cellLabel(props.question, cell.code) })}</span>
              <span class="dash-cell-count">{t('quota.bar', { received: n(cell.received), target: n(cell.target) })}</span>
              <span class="dash-cell-status">{status(cell)}</span>
              <Show when={cell.waiting > 0}>
                <small class="dash-cell-waiting">{t('quota.cells.waiting', { count: n(cell.waiting) })}</small>
              </Show>
              <ProgressBar progress={cell} />
            </li>
          )}
        </For>
      </ul>
    </section>
  );
}
