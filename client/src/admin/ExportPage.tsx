// The download page: pick a survey, a format and filters; see how many interviews match; download the file.
// Practice and voided interviews are never exported (the server leaves them out whatever the filters say).
import { createMemo, createResource, createSignal, For, Show } from 'solid-js';
import type { SurveySummary } from '#shared/api/surveys.ts';
import {
  EXPORT_ENTRIES, EXPORT_FORMATS, EXPORT_STATUSES, LABEL_FORMATS,
  type ExportEntry, type ExportFilters, type ExportFormat, type ExportStatus,
} from '#shared/exporting/filters.ts';
import type { SurveyMode } from '#shared/survey/survey.ts';
import { listSurveys } from '../api/surveys.ts';
import { DateField } from '../components/DateField.tsx';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { useI18n } from '../i18n/context.tsx';
import { countExport, exportHref } from './exports-api.ts';

const MODES: readonly SurveyMode[] = ['direct', 'online'];
/** The stylesheet sizes text inputs to the full width; boxes and radios keep their own size. */
const BOX = { width: 'auto', 'min-height': 'auto', 'margin-right': '.5rem' };
const STATUS_WORDS: Record<ExportStatus, string> = { received: 'survey.status.received', approved: 'survey.status.approved' };

/** One "any or exactly this" choice, as a select. */
function OneOf<T extends string>(props: { label: string; values: readonly T[]; words: (value: T) => string; onChange: (value: T | null) => void }) {
  const { t } = useI18n();
  return (
    <label>
      {props.label}
      <select onChange={(e) => props.onChange(e.currentTarget.value === '' ? null : (e.currentTarget.value as T))}>
        <option value="">{t('export.any')}</option>
        <For each={props.values}>{(value) => <option value={value}>{props.words(value)}</option>}</For>
      </select>
    </label>
  );
}

function ExportForm(props: { surveys: SurveySummary[] }) {
  const { t, n, language } = useI18n();
  const [slug, setSlug] = createSignal(props.surveys[0]?.slug ?? '');
  const [format, setFormat] = createSignal<ExportFormat>('sav');
  const [labels, setLabels] = createSignal(false);
  const [review, setReview] = createSignal(false);
  const [units, setUnits] = createSignal<string[]>([]);
  const [mode, setMode] = createSignal<SurveyMode | null>(null);
  const [entry, setEntry] = createSignal<ExportEntry | null>(null);
  const [status, setStatus] = createSignal<ExportStatus | null>(null);
  const [from, setFrom] = createSignal('');
  const [to, setTo] = createSignal('');

  const survey = () => props.surveys.find((s) => s.slug === slug());
  const filters = createMemo<ExportFilters>(() => ({
    units: units().length ? units() : null, modes: mode() ? [mode()!] : null, entries: entry() ? [entry()!] : null,
    statuses: status() ? [status()!] : [...EXPORT_STATUSES], from: from() || null, to: to() || null,
  }));
  const [count] = createResource(() => (slug() ? { slug: slug(), filters: filters() } : false), (q) => countExport(q.slug, q.filters));
  const withLabels = () => labels() && LABEL_FORMATS.includes(format());
  const href = () => exportHref(slug(), { format: format(), labels: withLabels(), language: language(), filters: filters(), ...(review() ? { review: true } : {}) });
  const toggleUnit = (no: string, on: boolean) => setUnits((list) => (on ? [...list, no] : list.filter((u) => u !== no)));

  return (
    <form class="stack export-form" onSubmit={(e) => e.preventDefault()}>
      <label>
        {t('export.survey')}
        <select value={slug()} onChange={(e) => { setSlug(e.currentTarget.value); setUnits([]); }}>
          <For each={props.surveys}>{(s) => <option value={s.slug}>{s.title}</option>}</For>
        </select>
      </label>
      <fieldset>
        <legend>{t('export.format')}</legend>
        <For each={EXPORT_FORMATS}>
          {(f) => (
            <label class="choice">
              <input type="radio" style={BOX} name="format" value={f} checked={format() === f} onChange={() => setFormat(f)} />
              {t(`export.format.${f}`)}
            </label>
          )}
        </For>
        <Show when={LABEL_FORMATS.includes(format())}>
          <label class="choice">
            <input type="checkbox" style={BOX} checked={labels()} onChange={(e) => setLabels(e.currentTarget.checked)} />
            {t('export.labels')}
          </label>
        </Show>
        <label class="choice">
          <input type="checkbox" style={BOX} checked={review()} onChange={(e) => setReview(e.currentTarget.checked)} />
          {t('export.review')}
        </label>
      </fieldset>
      <fieldset>
        <legend>{t('export.filters')}</legend>
        <details>
          <summary>{units().length ? `${t('export.units')}: ${units().join(', ')}` : t('export.units.all')}</summary>
          <For each={survey()?.units ?? []}>
            {(unit) => (
              <label class="choice">
                <input type="checkbox" style={BOX} checked={units().includes(unit.no)} onChange={(e) => toggleUnit(unit.no, e.currentTarget.checked)} />
                {unit.no} – {unit.name}
              </label>
            )}
          </For>
        </details>
        <OneOf label={t('export.mode')} values={MODES} words={(m) => t(`export.mode.${m}`)} onChange={setMode} />
        <OneOf label={t('export.entry')} values={EXPORT_ENTRIES} words={(e) => t(`export.entry.${e}`)} onChange={setEntry} />
        <OneOf label={t('export.status')} values={EXPORT_STATUSES} words={(s) => t(STATUS_WORDS[s])} onChange={setStatus} />
        <DateField label={t('export.from')} value={from()} onChange={setFrom} />
        <DateField label={t('export.to')} value={to()} onChange={setTo} />
      </fieldset>
      <p class="export-note">{t('export.always')}</p>
      <Show when={!count.error} fallback={<ErrorNotice error={count.error as unknown} />}>
        <p class="export-count" role="status">
          {count.loading ? t('export.counting') : t('export.count', { count: n(count() ?? 0) })}
        </p>
        <Show when={!count.loading && count() !== undefined}>
          <a class="button export-download" href={href()} download="">{t('export.download')}</a>
        </Show>
      </Show>
    </form>
  );
}

export default function ExportPage() {
  const { t } = useI18n();
  const [list, { refetch }] = createResource(listSurveys);
  return (
    <section>
      <h1>{t('export.title')}</h1>
      <Show when={!list.error} fallback={<ErrorNotice error={list.error as unknown} onRetry={() => void refetch()} />}>
        <Show when={list()} fallback={<p class="loading">{t('app.loading')}</p>}>
          {(loaded) => (
            <Show when={loaded().surveys.length > 0} fallback={<p>{t('export.noSurveys')}</p>}>
              <ExportForm surveys={loaded().surveys} />
            </Show>
          )}
        </Show>
      </Show>
    </section>
  );
}
