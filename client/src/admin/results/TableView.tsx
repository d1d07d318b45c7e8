// One question's table as SPSS prints it, followed by its bar chart: frequencies (valid rows, then the missing
// codes apart), multiple response (% of responses and of cases), a grid's rows on its scale, a number's statistics
// and bands, an open question's count of answers.
import { For, Match, Show, Switch } from 'solid-js';
import type { FrequencyTable, MissingRow, ResultTable } from '#shared/tables/schema.ts';
import { useI18n } from '../../i18n/context.tsx';
import { OfficeTable } from '../OfficeTable.tsx';
import { BarChart } from './BarChart.tsx';
import { decimalText, percentText } from './numbers.ts';

function MissingRows(props: { rows: readonly MissingRow[]; span: number }) {
  const { n, language } = useI18n();
  return (
    <For each={props.rows}>
      {(row) => (
        <tr class="results-missing">
          <th scope="row">{row.label}</th><td>{n(row.count)}</td><td>{percentText(row.percent, language())}</td>
          <For each={Array.from({ length: props.span })}>{() => <td />}</For>
        </tr>
      )}
    </For>
  );
}

export function FrequencyView(props: { table: FrequencyTable }) {
  const { t, n, language } = useI18n();
  return (
    <>
      <OfficeTable class="dash-table results-table" caption={props.table.title}
        columns={['results.column.category', 'results.column.count', 'results.column.percent', 'results.column.validPercent', 'results.column.cumulativePercent']}
        foot={<tr><th scope="row">{t('results.total.all')}</th><td>{n(props.table.total)}</td><td>{percentText(props.table.total ? 100 : 0, language())}</td><td /><td /></tr>}>
        <For each={props.table.rows}>
          {(row) => (
            <tr>
              <th scope="row">{row.label}</th><td>{n(row.count)}</td><td>{percentText(row.percent, language())}</td>
              <td>{percentText(row.validPercent, language())}</td><td>{percentText(row.cumulativePercent, language())}</td>
            </tr>
          )}
        </For>
        <MissingRows rows={props.table.missing} span={2} />
      </OfficeTable>
      <BarChart label={t('results.chart.label', { title: props.table.title })}
        bars={props.table.rows.map((r) => ({ label: r.label, percent: r.validPercent, text: percentText(r.validPercent, language()) }))} />
    </>
  );
}

export function TableView(props: { table: ResultTable; onTexts?: (variable: string) => void }) {
  const { t, n, language } = useI18n();
  return (
    <section class="results-block" data-variable={props.table.variable}>
      <Switch>
        <Match when={props.table.kind === 'frequency' && props.table}>{(table) => <FrequencyView table={table()} />}</Match>
        <Match when={props.table.kind === 'multiple' && props.table}>
          {(table) => (
            <>
              <OfficeTable class="dash-table results-table" caption={table().title}
                columns={['results.column.category', 'results.column.count', 'results.column.percentOfResponses', 'results.column.percentOfCases']}
                foot={<tr><th scope="row">{t('results.column.total')}</th><td>{n(table().responses)}</td><td>{percentText(100, language())}</td><td>{n(table().cases)}</td></tr>}>
                <For each={table().rows}>
                  {(row) => (
                    <tr><th scope="row">{row.label}</th><td>{n(row.count)}</td><td>{percentText(row.percentOfResponses, language())}</td><td>{percentText(row.percentOfCases, language())}</td></tr>
                  )}
                </For>
                <MissingRows rows={table().missing} span={1} />
              </OfficeTable>
              <BarChart label={t('results.chart.label', { title: table().title })}
                bars={table().rows.map((r) => ({ label: r.label, percent: r.percentOfCases, text: percentText(r.percentOfCases, language()) }))} />
            </>
          )}
        </Match>
        <Match when={props.table.kind === 'grid' && props.table}>
          {(table) => (
            <OfficeTable class="dash-table results-table" caption={table().title}
              head={<><th scope="col">{t('results.column.category')}</th><For each={table().scale}>{(c) => <th scope="col">{c.label}</th>}</For><th scope="col">{t('results.column.valid')}</th></>}>
              <For each={table().rows}>
                {(row) => (
                  <tr>
                    <th scope="row">{row.label}</th>
                    <For each={row.validPercents}>{(p) => <td>{percentText(p, language())}</td>}</For>
                    <td>{n(row.valid)}</td>
                  </tr>
                )}
              </For>
            </OfficeTable>
          )}
        </Match>
        <Match when={props.table.kind === 'number' && props.table}>
          {(table) => (
            <>
              <OfficeTable class="dash-table results-table" caption={table().title} columns={['results.column.statistic', 'results.column.value']}>
                <tr><th scope="row">{t('results.stat.n')}</th><td>{n(table().n)}</td></tr>
                <tr><th scope="row">{t('results.stat.mean')}</th><td>{decimalText(table().mean, language())}</td></tr>
                <tr><th scope="row">{t('results.stat.median')}</th><td>{decimalText(table().median, language())}</td></tr>
                <tr><th scope="row">{t('results.stat.sd')}</th><td>{decimalText(table().sd, language())}</td></tr>
                <tr><th scope="row">{t('results.stat.min')}</th><td>{decimalText(table().min, language())}</td></tr>
                <tr><th scope="row">{t('results.stat.max')}</th><td>{decimalText(table().max, language())}</td></tr>
              </OfficeTable>
              <Show when={table().bands}>{(bands) => <FrequencyView table={bands()} />}</Show>
            </>
          )}
        </Match>
        <Match when={props.table.kind === 'open' && props.table}>
          {(table) => (
            <div class="results-open">
              <h3>{table().title}</h3>
              <p>{t('results.stat.answered')}: {n(table().answered)}</p>
              <Show when={props.onTexts}>
                {(open) => <button type="button" class="secondary" onClick={() => open()(table().variable)}>{t('results.texts.show')}</button>}
              </Show>
            </div>
          )}
        </Match>
      </Switch>
    </section>
  );
}
