// The Word report page (issue 22): choose a survey, its questions and cross-tabs, approved-only or not, the
// document's layout, subject, issuing body, number, signatory and recipients; preview the outline the server
// would write (refused cross-tabs named, the rest still made); download the .docx draft.
import { createResource, createSignal, For, Show } from 'solid-js';
import type { SurveySummary } from '#shared/api/surveys.ts';
import type { ReportOutline } from '#shared/report/schema.ts';
import { listSurveys } from '../../api/surveys.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { useI18n } from '../../i18n/context.tsx';
import { loadOutline, NO_CHOICES, reportHref, type ReportChoices } from './report-api.ts';

/** The stylesheet sizes text inputs to the full width; boxes and radios keep their own size. */
const BOX = { width: 'auto', 'min-height': 'auto', 'margin-right': '.5rem' };
type TextField = 'title' | 'parent' | 'issuer' | 'number' | 'place' | 'signer';
/** What a cross-tab may be "by" besides a question: the interview's unit, unit kind, mode and entry. */
const CASE_SIDES = ['unit', 'unitKind', 'mode', 'entry'] as const;

/** Two lists (a question; by what) that add one ROW:BY line to the cross-tabs box, which stays editable. */
function CrosstabPicker(props: { questions: { variable: string; title: string }[]; onAdd: (pair: string) => void }) {
  const { t } = useI18n();
  const [row, setRow] = createSignal('');
  const [by, setBy] = createSignal('');
  return (
    <div class="report-crosstab-picker">
      <label>{t('report.page.crossRow')}
        <select name="crossRow" onChange={(e) => setRow(e.currentTarget.value)}>
          <option value="" />
          <For each={props.questions}>{(q) => <option value={q.variable}>{q.title}</option>}</For>
        </select>
      </label>
      <label>{t('report.page.crossBy')}
        <select name="crossBy" onChange={(e) => setBy(e.currentTarget.value)}>
          <option value="" />
          <For each={CASE_SIDES}>{(side) => <option value={side}>{t(`results.by.${side}`)}</option>}</For>
          <For each={props.questions}>{(q) => <option value={q.variable}>{q.title}</option>}</For>
        </select>
      </label>
      <button type="button" class="secondary" disabled={!row() || !by()} onClick={() => props.onAdd(`${row()}:${by()}`)}>{t('report.page.addCrosstab')}</button>
    </div>
  );
}

function Outline(props: { outline: ReportOutline }) {
  const { t } = useI18n();
  return (
    <section class="report-outline" aria-live="polite">
      <h2>{t('report.page.outline', { count: props.outline.total })}</h2>
      <Show when={props.outline.refused.length > 0}>
        <div class="error report-refused" role="alert">
          <p>{t('report.page.refused')}</p>
          <ul>
            <For each={props.outline.refused}>
              {(r) => <li>{t('report.refused', { row: r.row, by: r.by, reason: t(`problem.${r.code}`, r.params) })}</li>}
            </For>
          </ul>
        </div>
      </Show>
      <ol class="report-headings" style={{ 'list-style': 'none', padding: 0 }}>
        <For each={props.outline.headings}>
          {(h) => <li style={{ 'margin-left': `${(h.level - 1) * 1.5}rem`, 'font-weight': h.level === 1 ? 'bold' : 'normal' }}>{h.number} {h.text}</li>}
        </For>
      </ol>
    </section>
  );
}

function ReportForm(props: { surveys: SurveySummary[] }) {
  const { t } = useI18n();
  const [slug, setSlug] = createSignal(props.surveys[0]?.slug ?? '');
  const [choices, setChoices] = createSignal<ReportChoices>(NO_CHOICES);
  const set = <K extends keyof ReportChoices>(key: K, value: ReportChoices[K]) => setChoices((c) => ({ ...c, [key]: value }));
  // The questions to choose from: the outline of the whole report, asked again whenever the survey changes.
  const [all] = createResource(slug, (s) => loadOutline(s, NO_CHOICES));
  const [asked, setAsked] = createSignal<{ slug: string; choices: ReportChoices } | null>(null);
  const [preview] = createResource(asked, (q) => loadOutline(q.slug, q.choices));
  const chosen = (variable: string) => choices().questions?.includes(variable) ?? true;
  const toggle = (variable: string, on: boolean) => {
    const every = all()?.questions.map((q) => q.variable) ?? [];
    const now = (choices().questions ?? every).filter((v) => v !== variable);
    set('questions', on ? every.filter((v) => now.includes(v) || v === variable) : now);
  };
  const field = (key: TextField, label: string) => (
    <label>{label}<input type="text" name={key} value={choices()[key]} onInput={(e) => set(key, e.currentTarget.value)} /></label>
  );

  return (
    <form class="stack report-form" onSubmit={(e) => { e.preventDefault(); setAsked({ slug: slug(), choices: choices() }); }}>
      <label>
        {t('report.page.survey')}
        <select value={slug()} onChange={(e) => { setSlug(e.currentTarget.value); setChoices(NO_CHOICES); setAsked(null); }}>
          <For each={props.surveys}>{(s) => <option value={s.slug}>{s.title}</option>}</For>
        </select>
      </label>
      <Show when={!all.error} fallback={<ErrorNotice error={all.error as unknown} />}>
        <details>
          <summary>{t('report.page.questions')} ({choices().questions?.length ?? all()?.questions.length ?? 0})</summary>
          <label class="choice">
            <input type="checkbox" style={BOX} checked={choices().questions === null} onChange={(e) => set('questions', e.currentTarget.checked ? null : [])} />
            {t('report.page.allQuestions')}
          </label>
          <For each={all()?.questions ?? []}>
            {(q) => (
              <label class="choice">
                <input type="checkbox" style={BOX} name="question" value={q.variable} checked={chosen(q.variable)} onChange={(e) => toggle(q.variable, e.currentTarget.checked)} />
                {q.title}
              </label>
            )}
          </For>
        </details>
      </Show>
      <CrosstabPicker questions={all()?.questions ?? []} onAdd={(pair) => set('crosstabs', [choices().crosstabs.trim(), pair].filter(Boolean).join('\n'))} />
      <label>{t('report.page.crosstabs')}<textarea name="crosstabs" rows="3" value={choices().crosstabs} onInput={(e) => set('crosstabs', e.currentTarget.value)} /></label>
      <label>{t('report.page.bands')}<input type="text" name="bands" value={choices().bands} onInput={(e) => set('bands', e.currentTarget.value)} /></label>
      <label class="choice">
        <input type="checkbox" style={BOX} name="approvedOnly" checked={choices().approvedOnly} onChange={(e) => set('approvedOnly', e.currentTarget.checked)} />
        {t('report.page.approvedOnly')}
      </label>
      <fieldset>
        <legend>{t('report.page.layout')}</legend>
        <For each={['party', 'state'] as const}>
          {(layout) => (
            <label class="choice">
              <input type="radio" style={BOX} name="layout" value={layout} checked={choices().layout === layout} onChange={() => set('layout', layout)} />
              {t(`report.page.layout.${layout}`)}
            </label>
          )}
        </For>
      </fieldset>
      {field('title', t('report.page.reportTitle'))}
      {field('parent', t('report.page.parent'))}
      {field('issuer', t('report.page.issuer'))}
      {field('number', t('report.page.number'))}
      {field('place', t('report.page.place'))}
      <label>{t('report.page.signerTitle')}<textarea name="signerTitle" rows="2" value={choices().signerTitle} onInput={(e) => set('signerTitle', e.currentTarget.value)} /></label>
      {field('signer', t('report.page.signer'))}
      <label>{t('report.page.recipients')}<textarea name="recipients" rows="3" value={choices().recipients} onInput={(e) => set('recipients', e.currentTarget.value)} /></label>
      <div class="actions">
        <button type="submit" class="secondary report-preview">{t('report.page.preview')}</button>
        <a class="button report-download" href={reportHref(slug(), choices())} download="">{t('report.page.download')}</a>
      </div>
      <Show when={!preview.error} fallback={<ErrorNotice error={preview.error as unknown} />}>
        <Show when={!preview.loading} fallback={<p class="loading">{t('report.page.loading')}</p>}>
          <Show when={preview()}>{(outline) => <Outline outline={outline()} />}</Show>
        </Show>
      </Show>
    </form>
  );
}

export default function ReportPage() {
  const { t } = useI18n();
  const [list, { refetch }] = createResource(listSurveys);
  return (
    <section>
      <h1>{t('report.page.title')}</h1>
      <p>{t('report.page.intro')}</p>
      <Show when={!list.error} fallback={<ErrorNotice error={list.error as unknown} onRetry={() => void refetch()} />}>
        <Show when={list()} fallback={<p class="loading">{t('app.loading')}</p>}>
          {(loaded) => (
            <Show when={loaded().surveys.length > 0} fallback={<p>{t('export.noSurveys')}</p>}>
              <ReportForm surveys={loaded().surveys} />
            </Show>
          )}
        </Show>
      </Show>
    </section>
  );
}
