// The admin's landing page: every survey with its state, each mode's window, its units, quota total and what was
// received, and the way to make a new one.
import { createResource, For, Show } from 'solid-js';
import { A } from '../router/router.tsx';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { useI18n } from '../i18n/context.tsx';
import { OfficeTable } from './OfficeTable.tsx';
import { showDayTime } from '../components/date-text.ts';
import { listAdminSurveys } from './survey-admin-api.ts';

export default function SurveysPage() {
  const { t, n } = useI18n();
  const [surveys, { refetch }] = createResource(listAdminSurveys);
  return (
    <section class="surveys-admin">
      <h1>{t('survey.nav')}</h1>
      <p><A class="button" href="/admin/surveys/new">{t('survey.new')}</A></p>
      <Show when={!surveys.error} fallback={<ErrorNotice error={surveys.error as unknown} onRetry={() => void refetch()} />}>
        <Show when={surveys()} fallback={<p class="loading">{t('app.loading')}</p>}>
          {(rows) => (
            <Show when={rows().length > 0} fallback={<p>{t('survey.none')}</p>}>
              <OfficeTable
                class="surveys"
                columns={[
                  'survey.col.title',
                  'survey.col.state',
                  'survey.col.windows',
                  'survey.col.units',
                  'survey.col.received',
                ]}
              >
                <For each={rows()}>
                  {(row) => (
                    <tr data-survey={row.slug}>
                      <th scope="row"><A href={`/admin/surveys/${row.slug}`}>{row.title}</A></th>
                      <td data-col="state">{t(`survey.state.${row.state}`)}</td>
                      <td data-col="windows">
                        <For each={row.modes}>
                          {(mode) => {
                            const window = row.windows[mode as 'direct' | 'online'];
                            return (
                              <Show when={window}>
                                {(w) => <div>{t(`survey.mode.${mode}`)}: {showDayTime(w().start)} – {showDayTime(w().end)}</div>}
                              </Show>
                            );
                          }}
                        </For>
                      </td>
                      <td data-col="units">{t('survey.totals', { units: n(row.unitCount), forms: n(row.quotaTotal) })}</td>
                      <td data-col="received">{n(row.received)}</td>
                    </tr>
                  )}
                </For>
              </OfficeTable>
            </Show>
          )}
        </Show>
      </Show>
    </section>
  );
}
