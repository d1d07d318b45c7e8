// Import accounts from a CSV file: first a preview of every change (new accounts, changed assignments) and every
// refused line with its number; Apply only when there is no error, and it applies the same rules on the server
// (the command line's import, one implementation). Generated passwords are shown this once.
import { createSignal, For, Show } from 'solid-js';
import type { ImportPreview, ImportResult } from '#shared/api/admin.ts';
import { useI18n } from '../../i18n/context.tsx';
import { createWork } from '../../components/create-work.ts';
import { FieldError } from '../../account/FieldError.tsx';
import { applyImport, fileToBase64, previewImport } from '../accounts-api.ts';

export function ImportAccounts(props: { applied: () => void }) {
  const { t, n } = useI18n();
  const [file, setFile] = createSignal<string>();
  const [preview, setPreview] = createSignal<ImportPreview>();
  const [result, setResult] = createSignal<ImportResult>();
  const { working, error, run } = createWork();
  const choose = (input: HTMLInputElement) => run(async () => {
    setPreview(undefined);
    setResult(undefined);
    const chosen = input.files?.[0];
    const content = chosen ? await fileToBase64(chosen) : undefined;
    setFile(content);
    if (content) setPreview(await previewImport(content));
  });
  const apply = () => run(async () => {
    const content = file();
    if (!content) return;
    setResult(await applyImport(content));
    setPreview(undefined);
    props.applied();
  });
  const list = (units: readonly string[]) => units.join(', ');

  return (
    <section class="stack account-import" aria-labelledby="import-title">
      <h2 id="import-title">{t('accounts.import.title')}</h2>
      <p class="muted">{t('accounts.import.help')}</p>
      <label for="import-file">{t('accounts.import.file')}</label>
      <input id="import-file" type="file" accept=".csv,text/csv" onChange={(event) => void choose(event.currentTarget)} />
      <FieldError error={error()} />
      <Show when={preview()}>
        {(shown) => (
          <div class="import-preview">
            <h3>{t('accounts.import.new', { count: n(shown().newAccounts.length) })}</h3>
            <ul class="import-new">
              <For each={shown().newAccounts}>
                {(row) => (
                  <li>{row.username} — {row.displayName} ({t(`role.${row.role}`)}){row.unitNos.length ? `: ${list(row.unitNos)}` : ''}
                    {row.generatedPassword ? ` · ${t('accounts.import.generated')}` : ''}</li>
                )}
              </For>
            </ul>
            <h3>{t('accounts.import.changed', { count: n(shown().changedAssignments.length) })}</h3>
            <ul class="import-changed">
              <For each={shown().changedAssignments}>
                {(row) => (
                  <li>{row.username} ({row.surveySlug}):
                    {row.added.length ? ` ${t('accounts.import.added', { units: list(row.added) })}` : ''}
                    {row.removed.length ? ` ${t('accounts.import.removed', { units: list(row.removed) })}` : ''}</li>
                )}
              </For>
            </ul>
            <p>{t('accounts.import.unchanged', { count: n(shown().unchanged) })}</p>
            <Show when={shown().errors.length > 0}>
              <div class="error" role="alert">
                <p>{t('accounts.import.errors', { count: n(shown().errors.length) })}</p>
                <ul class="import-errors">
                  <For each={shown().errors}>
                    {(line) => <li>{t('accounts.import.lineError', { line: line.line, message: t(line.code, line.params) })}</li>}
                  </For>
                </ul>
              </div>
            </Show>
            <button type="button" disabled={working() || shown().errors.length > 0} onClick={() => void apply()}>
              {t('accounts.import.apply')}
            </button>
          </div>
        )}
      </Show>
      <Show when={result()}>
        {(done) => (
          <div class="banner note" role="status">
            <p>{t('accounts.import.done', { created: n(done().created), updated: n(done().updated) })}</p>
            <Show when={done().generatedPasswords.length > 0}>
              <p>{t('accounts.import.passwords')}</p>
              <ul class="generated-passwords">
                <For each={done().generatedPasswords}>{(row) => <li>{row.username}: <code>{row.password}</code></li>}</For>
              </ul>
            </Show>
          </div>
        )}
      </Show>
    </section>
  );
}
