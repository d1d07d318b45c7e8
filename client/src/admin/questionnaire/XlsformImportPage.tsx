// Importing a questionnaire from XLSForm (/admin/surveys/:slug/xlsform): choose the .xlsx, see what it reads as —
// the file's refusals each at its sheet, row and column, or the questionnaire with the engine's problems beside
// each question — then save it as the survey's next draft version (publishing stays on the survey's page).
import { createSignal, For, Show } from 'solid-js';
import type { QuestionnaireDraft, XlsformPreview } from '#shared/api/questionnaires.ts';
import { questionsOf } from '#shared/survey/questions.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { useI18n } from '../../i18n/context.tsx';
import { A, useParams } from '../../router/router.tsx';
import { fileBase64 } from '../survey-admin-api.ts';
import { importXlsform, previewXlsform, xlsformHref } from './questionnaire-api.ts';

export default function XlsformImportPage() {
  const { t } = useI18n();
  const params = useParams<{ slug: string }>();
  const [file, setFile] = createSignal<string>();
  const [preview, setPreview] = createSignal<XlsformPreview>();
  const [saved, setSaved] = createSignal<QuestionnaireDraft>();
  const [error, setError] = createSignal<unknown>();
  const [working, setWorking] = createSignal(false);
  const run = async (work: () => Promise<void>) => {
    setWorking(true);
    setError(undefined);
    try { await work(); } catch (caught) { setError(caught); } finally { setWorking(false); }
  };
  const choose = (chosen: File | undefined) => void run(async () => {
    setPreview(undefined);
    setSaved(undefined);
    if (!chosen) return;
    const bytes = await fileBase64(chosen);
    setFile(bytes);
    setPreview(await previewXlsform(params.slug, bytes));
  });
  const save = () => void run(async () => { setSaved(await importXlsform(params.slug, file()!)); });
  return (
    <section class="xlsform-import">
      <h1>{t('xlsformPage.title')}</h1>
      <p><A href={`/admin/surveys/${params.slug}`}>{params.slug}</A></p>
      <label>{t('xlsformPage.file')}{' '}
        <input type="file" name="xlsform" accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          disabled={working()} onChange={(e) => choose(e.currentTarget.files?.[0])} />
      </label>
      <ErrorNotice error={error()} />
      <Show when={preview()}>{(p) => <Preview preview={p()} />}</Show>
      <Show when={preview()?.version && !saved()}>
        <button type="button" disabled={working()} onClick={save}>{t('xlsformPage.save')}</button>
      </Show>
      <Show when={saved()}>
        {(draft) => (
          <p role="status">{t('xlsformPage.saved', { version: draft().version.version })}{' '}
            <a href={xlsformHref(params.slug, draft().version.version)}>{t('xlsformPage.export', { version: draft().version.version })}</a>
          </p>
        )}
      </Show>
    </section>
  );
}

function Preview(props: { preview: XlsformPreview }) {
  const { t } = useI18n();
  const paperOf = (variable: string | undefined) =>
    (props.preview.version && questionsOf(props.preview.version).find((q) => q.variable === variable)?.paperNumber) ?? variable ?? '';
  return (
    <div class="xlsform-preview">
      <Show when={props.preview.errors.length > 0}>
        <p role="alert">{t('xlsformPage.errors')}</p>
        <ul class="xlsform-errors">
          <For each={props.preview.errors}>
            {(e) => <li data-row={e.row}>{e.row > 0 ? t('xlsform.where', { sheet: e.sheet, row: e.row, column: e.column || '–' }) : ''}{t(e.code, e.params)}</li>}
          </For>
        </ul>
      </Show>
      <Show when={props.preview.version}>
        {(version) => (
          <Show when={props.preview.problems.length > 0} fallback={
            <p role="status">{t('xlsformPage.clean', { sections: version().sections.length, questions: questionsOf(version()).length })}</p>
          }>
            <p>{t('xlsformPage.problems', { count: props.preview.problems.length })}</p>
            <ul class="xlsform-problems">
              <For each={props.preview.problems}>
                {(p) => (
                  <li data-row={props.preview.rows[p.question ?? ''] ?? 0}>
                    <Show when={props.preview.rows[p.question ?? '']}>{(row) => `${t('xlsformPage.row', { row: row() })} · `}</Show>
                    <b>{paperOf(p.question)}</b> ({p.field}): {t(p.code, p.params)}
                  </li>
                )}
              </For>
            </ul>
          </Show>
        )}
      </Show>
    </div>
  );
}
