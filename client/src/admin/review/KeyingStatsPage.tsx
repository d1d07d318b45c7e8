// Keying statistics per clerk (issue 20, item 9): forms per hour, keys per form, corrections per 1,000 keys and,
// under double keying, each clerk's disagreement rate. /admin/review/:survey/keying
import { createResource, For, Show } from 'solid-js';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { useI18n } from '../../i18n/context.tsx';
import { useParams } from '../../router/router.tsx';
import { OfficeTable } from '../OfficeTable.tsx';
import { fetchKeying } from './tools-api.ts';
import { settled } from '../settled.ts';
import '../../quota/quota.css';

export default function KeyingStatsPage() {
  const { t, n } = useI18n();
  const params = useParams<{ survey: string }>();
  const [stats] = createResource(() => params.survey, fetchKeying);
  const rate = (value: number | null) => (value === null ? '—' : n(value));
  return (
    <section class="keying-stats">
      <h1>{t('keyingStats.title')}</h1>
      <ErrorNotice error={stats.error as unknown} />
      <Show when={settled(stats)} fallback={<Show when={!stats.error}><p class="loading">{t('app.loading')}</p></Show>}>
        {(answer) => (
          <Show when={answer().clerks.length > 0} fallback={<p>{t('keyingStats.empty')}</p>}>
            <OfficeTable class="dash-table" columns={[
              'keyingStats.col.clerk', 'keyingStats.col.forms', 'keyingStats.col.formsPerHour', 'keyingStats.col.keysPerForm',
              'keyingStats.col.corrections', 'keyingStats.col.pairs', 'keyingStats.col.disagreementRate',
            ]}>
              <For each={answer().clerks}>
                {(clerk) => (
                  <tr data-clerk={clerk.username}>
                    <th scope="row">{clerk.displayName} ({clerk.username})</th>
                    <td>{n(clerk.forms)}</td><td>{rate(clerk.formsPerHour)}</td><td>{rate(clerk.keysPerForm)}</td>
                    <td>{rate(clerk.correctionsPerThousandKeys)}</td><td>{n(clerk.pairs)}</td><td>{rate(clerk.disagreementRate)}</td>
                  </tr>
                )}
              </For>
            </OfficeTable>
          </Show>
        )}
      </Show>
    </section>
  );
}
