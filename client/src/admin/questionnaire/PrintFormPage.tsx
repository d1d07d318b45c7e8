// The printable paper form (/admin/surveys/:slug/print?unit=07&from=0701&to=0745&version=1): one A4 copy per serial
// of the range, each pre-printed with its serial and unit, drawn from the same definition the keying screen uses.
// The browser prints it (or saves it as PDF); the controls and the office menu are hidden on paper (print-form.css).
import { createMemo, createResource, For, Show } from 'solid-js';
import { unitSerialRange } from '#shared/interview/serial.ts';
import { serialsOf, skipInstructions } from '#shared/survey/paper-form.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { useI18n } from '../../i18n/context.tsx';
import { useParams, useSearchParams } from '../../router/router.tsx';
import { PaperCopy } from './PaperCopy.tsx';
import { loadAdminSurvey, loadVersion, printedVersion } from './questionnaire-api.ts';
import './print-form.css';

type Query = { unit?: string; from?: string; to?: string; version?: string };

export default function PrintFormPage() {
  const { t } = useI18n();
  const params = useParams<{ slug: string }>();
  const [query, setQuery] = useSearchParams<Query>();
  const [survey] = createResource(() => params.slug, loadAdminSurvey);
  const versionNumber = () => (query.version ? Number(query.version) : survey() && printedVersion(survey()!));
  const [draft] = createResource(() => (survey() && versionNumber() ? [params.slug, versionNumber()!] as const : undefined), ([slug, n]) => loadVersion(slug, n));
  const unit = createMemo(() => {
    const units = survey()?.survey.units ?? [];
    return units.find((u) => u.no === query.unit) ?? units[0];
  });
  const range = createMemo(() => {
    const s = survey();
    const u = unit();
    if (!s || !u) return undefined;
    const own = unitSerialRange(s.survey, u);
    return { first: query.from ?? own.first, last: query.to ?? own.last };
  });
  const serials = createMemo(() => (range() ? serialsOf(range()!) : []));
  const skips = createMemo(() => (draft() ? skipInstructions(draft()!.version) : new Map()));
  return (
    <section class="print-form">
      <Show when={!survey.error && !draft.error} fallback={<ErrorNotice error={(survey.error ?? draft.error) as unknown} />}>
        <Show when={survey()} fallback={<p class="loading">{t('app.loading')}</p>}>
          {(s) => (
            <>
              <form class="print-controls" onSubmit={(e) => { e.preventDefault(); window.print(); }}>
                <h1>{t('print.title')} — {s().survey.title}</h1>
                <label>{t('print.unit')}{' '}
                  <select value={unit()?.no ?? ''} onChange={(e) => setQuery({ unit: e.currentTarget.value, from: undefined, to: undefined }, { replace: true })}>
                    <For each={s().survey.units}>{(u) => <option value={u.no}>{u.no} – {u.name}</option>}</For>
                  </select>
                </label>
                <label>{t('print.from')} <input name="from" inputmode="numeric" value={range()?.first ?? ''} onChange={(e) => setQuery({ from: e.currentTarget.value }, { replace: true })} /></label>
                <label>{t('print.to')} <input name="to" inputmode="numeric" value={range()?.last ?? ''} onChange={(e) => setQuery({ to: e.currentTarget.value }, { replace: true })} /></label>
                <output class="print-count">{t('print.copies', { count: serials().length })}</output>
                <button type="submit" disabled={serials().length === 0 || !draft()}>{t('print.print')}</button>
                <Show when={serials().length === 0}><p role="alert">{t('print.badRange')}</p></Show>
                <Show when={!versionNumber()}><p role="alert">{t('print.noVersion')}</p></Show>
              </form>
              <Show when={draft() && unit()}>
                <div class="paper-copies">
                  <For each={serials()}>
                    {(serial) => <PaperCopy surveyTitle={s().survey.title} version={draft()!.version} serial={serial} unit={unit()!} skips={skips()} />}
                  </For>
                </div>
              </Show>
            </>
          )}
        </Show>
      </Show>
    </section>
  );
}
