// The province table: one row per unit with its figures and completion bar, sortable by any figure column,
// and a totals row. Every figure comes from shared/quota (provinceFigures), like the CSV and .xlsx.
import { For, Show } from 'solid-js';
import { A } from '../router/router.tsx';
import type { ProvinceDashboard, UnitFigures } from '#shared/api/quota.ts';
import { cellLabel, provinceFigures, type UnitProgress } from '#shared/quota/figures.ts';
import type { CellProgress, Progress } from '#shared/quota/progress.ts';
import type { SortKey, SortOrder } from '#shared/quota/sort.ts';
import { useI18n } from '../i18n/context.tsx';
import { OfficeTable } from './OfficeTable.tsx';
import { UnitTargetBar } from '../quota/UnitTargetBar.tsx';
import { unitDashboardPath } from '../quota/paths.ts';
import '../quota/quota.css';

type Props = { dashboard: ProvinceDashboard; units: UnitFigures[]; order: SortOrder; onSort: (key: SortKey) => void };

export function ProvinceTable(props: Props) {
  const { t, n } = useI18n();
  const figures = () => provinceFigures(props.dashboard, props.units);
  const hasCells = () => props.dashboard.subQuota !== null;

  const SortHeader = (p: { key: SortKey }) => {
    const active = () => props.order.key === p.key;
    const direction = () => (props.order.descending ? 'descending' : 'ascending');
    return (
      <th scope="col" aria-sort={active() ? direction() : 'none'}>
        <button type="button" class="dash-sort" onClick={() => props.onSort(p.key)}>
          {t(`quota.col.${p.key}`)}{active() ? (props.order.descending ? ' ▼' : ' ▲') : ''}
        </button>
      </th>
    );
  };
  const Cells = (p: { cells: CellProgress[] }) => (
    <span class="dash-cell-list">
      <For each={p.cells}>
        {(cell) => <span data-cell={cell.code}>{cellLabel(props.dashboard.subQuota, cell.code)}: {t('quota.bar', { received: n(cell.received), target: n(cell.target) })}</span>}
      </For>
    </span>
  );
  const Figures = (p: { progress: Progress; byMode: UnitProgress['byMode'] }) => (
    <>
      <td data-col="target">{n(p.progress.target)}</td>
      <td data-col="received">{n(p.progress.received)}</td>
      <For each={figures().modeColumns}>{(mode) => <td data-col={`mode-${mode}`}>{n(p.byMode[mode] ?? 0)}</td>}</For>
      <td data-col="approved">{n(p.progress.approved)}</td>
      <td data-col="flagged">{n(p.progress.flagged)}</td>
      <td data-col="waiting">{n(p.progress.waiting)}</td>
      <td data-col="ratio"><UnitTargetBar progress={p.progress} /></td>
    </>
  );

  return (
    <OfficeTable
      class="dash-table"
      caption={t('quota.unitsShown', { count: n(props.units.length) })}
      head={
        <>
          <SortHeader key="no" /><SortHeader key="name" /><SortHeader key="kind" /><SortHeader key="target" /><SortHeader key="received" />
          <For each={figures().modeColumns}>{(mode) => <th scope="col">{t('quota.col.mode', { mode: t(`quota.mode.${mode}`) })}</th>}</For>
          <SortHeader key="approved" /><SortHeader key="flagged" /><SortHeader key="waiting" /><SortHeader key="ratio" />
          <Show when={hasCells()}><th scope="col">{t('quota.col.cells')}</th></Show>
        </>
      }
      foot={
        <tfoot>
          <tr data-unit="total">
            <td />
            <th scope="row">{t('quota.total')}</th>
            <td />
            <Figures progress={figures().total} byMode={figures().totalByMode} />
            <Show when={hasCells()}><td><Cells cells={figures().totalCells} /></td></Show>
          </tr>
        </tfoot>
      }
    >
      <For each={figures().rows}>
        {(row) => (
          <tr data-unit={row.no}>
            <td>{row.no}</td>
            <th scope="row"><A href={unitDashboardPath(props.dashboard.survey.slug, row.no)}>{row.name}</A></th>
            <td>{t(`quota.kind.${row.kind}`)}</td>
            <Figures progress={row.progress} byMode={row.byMode} />
            <Show when={hasCells()}><td><Cells cells={row.cells} /></td></Show>
          </tr>
        )}
      </For>
    </OfficeTable>
  );
}
