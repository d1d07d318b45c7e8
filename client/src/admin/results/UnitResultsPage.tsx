// /results/:survey/units/:unitNo: a unit board's own unit's tables, when the admin lets boards see them (off by
// default); the server refuses any other unit, and the unit question's table shows this unit only.
import { createResource, For, Show } from 'solid-js';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { useI18n } from '../../i18n/context.tsx';
import { useParams } from '../../router/router.tsx';
import { fetchUnitResults } from './results-api.ts';
import { TableView } from './TableView.tsx';
import '../../quota/quota.css';
import './results.css';

export default function UnitResultsPage() {
  const { t, n } = useI18n();
  const params = useParams<{ survey: string; unitNo: string }>();
  const [results] = createResource(() => ({ survey: params.survey, unitNo: params.unitNo }), (p) => fetchUnitResults(p.survey, p.unitNo));
  return (
    <section class="results-page">
      <h1>{t('results.unit.title', { unit: params.unitNo })}</h1>
      <ErrorNotice error={results.error as unknown} />
      {/* Read only when it did not fail: a failed resource throws when read. */}
      <Show when={!results.error && results()}>
        {(r) => (
          <>
            <p class="results-total">{t('results.total.interviews', { count: n(r().total) })}</p>
            <For each={r().tables}>{(table) => <TableView table={table} />}</For>
          </>
        )}
      </Show>
    </section>
  );
}
