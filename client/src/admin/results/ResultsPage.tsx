// /admin/results/:survey?: every question's table with its chart under the export's filters (approved only or
// everything accepted, units, unit kind, mode, entry, days, bands for numbers), the cross-tab builder, the free
// texts with their coding, and whether unit boards see their own unit's results (issue 21, decision 0017).
import { createResource, createSignal, For, Show } from 'solid-js';
import { listSurveys } from '../../api/surveys.ts';
import { fieldText } from '../../components/field-text.ts';
import { DateField } from '../../components/DateField.tsx';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { useI18n } from '../../i18n/context.tsx';
import { useParams } from '../../router/router.tsx';
import { CrosstabBuilder } from './CrosstabBuilder.tsx';
import { fetchResults, fetchUnitBoards, saveUnitBoards, type ResultsQuery } from './results-api.ts';
import { TableView } from './TableView.tsx';
import { TextsPanel } from './TextsPanel.tsx';
import '../../quota/quota.css';
import './results.css';
import { SurveyPicker } from '../SurveyPicker.tsx';

const FIELDS = ['status', 'units', 'kind', 'mode', 'entry', 'bands'] as const;

export default function ResultsPage() {
  const { t, n } = useI18n();
  const params = useParams<{ survey?: string }>();
  const [surveys] = createResource(listSurveys);
  const slug = () => params.survey || surveys()?.surveys[0]?.slug;
  const [query, setQuery] = createSignal<ResultsQuery>({ status: 'approved' });
  const [version, setVersion] = createSignal(0);
  const [results] = createResource(() => {
    const survey = slug();
    return survey ? { survey, query: query(), v: version() } : undefined;
  }, ({ survey, query: q }) => fetchResults(survey, q));
  const [textVariable, setTextVariable] = createSignal('');
  const [boards, { mutate: setBoards }] = createResource(slug, fetchUnitBoards);
  const [boardsError, setBoardsError] = createSignal<unknown>();
  const [from, setFrom] = createSignal('');
  const [to, setTo] = createSignal('');

  const onFilter = (event: SubmitEvent) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const q: ResultsQuery = {};
    for (const field of FIELDS) {
      const value = fieldText(form, field).trim();
      if (value) q[field] = value;
    }
    if (from()) q.from = from();
    if (to()) q.to = to();
    setQuery(q);
  };
  const toggleBoards = async (visible: boolean) => {
    const survey = slug();
    if (!survey) return;
    setBoardsError(undefined);
    try {
      setBoards(await saveUnitBoards(survey, visible));
    } catch (failure) {
      setBoardsError(failure);
    }
  };

  return (
    <section class="results-page">
      <h1>{t('results.title')}</h1>
      <ErrorNotice error={(surveys.error as unknown) ?? (results.error as unknown)} />
      <form class="dash-tools" onSubmit={onFilter} aria-label={t('results.filters')}>
        <SurveyPicker id="results-survey" label={t('quota.survey')} surveys={surveys()?.surveys} current={slug() ?? ''} href={(slug) => `/admin/results/${slug}`} />
        <div class="dash-field">
          <label for="results-status">{t('results.filter.status')}</label>
          <select id="results-status" name="status">
            <option value="approved">{t('results.filter.approved')}</option>
            <option value="received,approved">{t('results.filter.accepted')}</option>
          </select>
        </div>
        <div class="dash-field">
          <label for="results-units">{t('results.filter.units')}</label>
          <input id="results-units" name="units" size={8} placeholder="01,02" />
        </div>
        <div class="dash-field">
          <label for="results-kind">{t('results.by.unitKind')}</label>
          <select id="results-kind" name="kind">
            <option value="">{t('results.filter.all')}</option>
            <For each={['ward', 'commune', 'province'] as const}>{(k) => <option value={k}>{t(`quota.kind.${k}`)}</option>}</For>
          </select>
        </div>
        <div class="dash-field">
          <label for="results-mode">{t('results.by.mode')}</label>
          <select id="results-mode" name="mode">
            <option value="">{t('results.filter.all')}</option>
            <option value="direct">{t('export.mode.direct')}</option>
            <option value="online">{t('export.mode.online')}</option>
          </select>
        </div>
        <div class="dash-field">
          <label for="results-entry">{t('results.by.entry')}</label>
          <select id="results-entry" name="entry">
            <option value="">{t('results.filter.all')}</option>
            <option value="interview">{t('export.entry.interview')}</option>
            <option value="paper">{t('export.entry.paper')}</option>
          </select>
        </div>
        <DateField label={t('results.filter.from')} value={from()} onChange={setFrom} />
        <DateField label={t('results.filter.to')} value={to()} onChange={setTo} />
        <div class="dash-field">
          <label for="results-bands">{t('results.filter.bands')}</label>
          <input id="results-bands" name="bands" size={24} placeholder="c2:18-30,31-45,46-60,61+" />
        </div>
        <button type="submit">{t('results.filter.apply')}</button>
      </form>
      <Show when={!boards.error && boards()}>
        {(setting) => (
          <p class="results-boards">
            <label class="choice">
              <input type="checkbox" checked={setting().visible} onChange={(e) => void toggleBoards(e.currentTarget.checked)} />
              {` ${t('results.boards.label')}`}
            </label>
          </p>
        )}
      </Show>
      <ErrorNotice error={(boards.error as unknown) ?? boardsError()} />
      <Show when={!results.error && results.latest} fallback={<Show when={!results.error}><p class="loading">{t('app.loading')}</p></Show>}>
        {(r) => (
          <>
            <p class="results-total">{t('results.total.interviews', { count: n(r().total) })}</p>
            <CrosstabBuilder slug={r().survey} query={query()} tables={r().tables} />
            <TextsPanel slug={r().survey} query={query()} variables={r().texts ?? []} variable={textVariable()}
              onVariable={setTextVariable} onCoded={() => setVersion(version() + 1)} />
            <h2>{t('results.tables')}</h2>
            <For each={r().tables}>{(table) => <TableView table={table} onTexts={setTextVariable} />}</For>
          </>
        )}
      </Show>
    </section>
  );
}
