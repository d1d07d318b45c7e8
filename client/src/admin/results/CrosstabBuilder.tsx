// The cross-tab builder: a row question by the unit, unit kind, mode, entry, a single choice or a banded number;
// the cells as counts, row, column or total %; Pearson's chi-square and SPSS's warning on low expected counts.
import { createSignal, For, Show } from 'solid-js';
import type { Crosstab, ResultTable } from '#shared/tables/schema.ts';
import { useI18n } from '../../i18n/context.tsx';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { OfficeTable } from '../OfficeTable.tsx';
import { fetchCrosstab, type ResultsQuery } from './results-api.ts';
import { decimalText, percentText } from './numbers.ts';

const CELLS = ['count', 'row', 'column', 'total'] as const;
type CellKind = (typeof CELLS)[number];
const DIMENSIONS = ['unit', 'unitKind', 'mode', 'entry'] as const;

export function CrosstabBuilder(props: { slug: string; query: ResultsQuery; tables: readonly ResultTable[] }) {
  const { t, n, language } = useI18n();
  const [row, setRow] = createSignal('');
  const [by, setBy] = createSignal('unit');
  const [cells, setCells] = createSignal<CellKind>('count');
  const [result, setResult] = createSignal<Crosstab>();
  const [error, setError] = createSignal<unknown>();
  const rows = () => props.tables.filter((tb) => tb.kind === 'frequency' || tb.kind === 'multiple' || tb.kind === 'number');
  const columns = () => props.tables.filter((tb) => tb.kind === 'frequency' || (tb.kind === 'number' && tb.bands !== null));
  const build = async (event: SubmitEvent) => {
    event.preventDefault();
    setError(undefined);
    try {
      setResult((await fetchCrosstab(props.slug, { ...props.query, row: row() || rows()[0]?.variable || '', by: by() })).crosstab);
    } catch (failure) {
      setResult(undefined);
      setError(failure);
    }
  };
  const cell = (x: Crosstab, r: number, c: number): string => {
    switch (cells()) {
      case 'count': return n(x.counts[r]![c]!);
      case 'row': return percentText(x.rowPercents[r]![c]!, language());
      case 'column': return percentText(x.columnPercents[r]![c]!, language());
      case 'total': return percentText(x.totalPercents[r]![c]!, language());
    }
  };
  return (
    <section class="results-crosstab" aria-labelledby="crosstab-title">
      <h2 id="crosstab-title">{t('results.crosstab.title')}</h2>
      <form class="dash-tools" onSubmit={(e) => void build(e)}>
        <div class="dash-field">
          <label for="crosstab-row">{t('results.crosstab.row')}</label>
          <select id="crosstab-row" value={row()} onChange={(e) => setRow(e.currentTarget.value)}>
            <For each={rows()}>{(tb) => <option value={tb.variable}>{tb.title}</option>}</For>
          </select>
        </div>
        <div class="dash-field">
          <label for="crosstab-by">{t('results.crosstab.by')}</label>
          <select id="crosstab-by" value={by()} onChange={(e) => setBy(e.currentTarget.value)}>
            <For each={DIMENSIONS}>{(d) => <option value={d}>{t(`results.by.${d}`)}</option>}</For>
            <For each={columns()}>{(tb) => <option value={tb.variable}>{tb.title}</option>}</For>
          </select>
        </div>
        <div class="dash-field">
          <label for="crosstab-cells">{t('results.crosstab.cells')}</label>
          <select id="crosstab-cells" value={cells()} onChange={(e) => setCells(e.currentTarget.value as CellKind)}>
            <For each={CELLS}>{(c) => <option value={c}>{t(`results.crosstab.cells.${c}`)}</option>}</For>
          </select>
        </div>
        <button type="submit">{t('results.crosstab.build')}</button>
      </form>
      <ErrorNotice error={error()} />
      <Show when={result()}>
        {(x) => (
          <>
            <OfficeTable class="dash-table results-table crosstab-table" caption={`${x().row.title} × ${x().column.title}`}
              head={<><th scope="col">{x().row.title}</th><For each={x().columns}>{(c) => <th scope="col">{c.label}</th>}</For><th scope="col">{t('results.column.total')}</th></>}
              foot={<tr><th scope="row">{t('results.column.total')}</th><For each={x().columnTotals}>{(v) => <td>{n(v)}</td>}</For><td>{n(x().total)}</td></tr>}>
              <For each={x().rows}>
                {(r, i) => (
                  <tr>
                    <th scope="row">{r.label}</th>
                    <For each={x().columns}>{(_c, j) => <td>{cell(x(), i(), j())}</td>}</For>
                    <td>{n(x().rowTotals[i()]!)}</td>
                  </tr>
                )}
              </For>
            </OfficeTable>
            <Show when={x().chiSquare} fallback={<p>{t('results.crosstab.noChiSquare')}</p>}>
              {(chi) => (
                <p class="results-chi">{t('results.crosstab.chiSquare', {
                  statistic: decimalText(chi().statistic, language(), 3), df: n(chi().df), p: decimalText(chi().p, language(), 3),
                })}</p>
              )}
            </Show>
            <Show when={x().lowExpected?.warning && x().lowExpected}>
              {(low) => (
                <p class="results-warning" role="note">{t('results.crosstab.lowExpected', {
                  cells: n(low().cells), percent: percentText(low().percent, language()), minimum: decimalText(low().minimum, language()),
                })}</p>
              )}
            </Show>
          </>
        )}
      </Show>
    </section>
  );
}
