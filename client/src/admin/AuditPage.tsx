// The audit log: every admin action, newest first, filtered by days (dd/mm/yyyy), who and what; older rows a page
// at a time; the same rows as a CSV download. Read-only: nothing on this page can change the log.
import { fieldText } from '../components/field-text.ts';
import { createResource, createSignal, For, Show } from 'solid-js';
import type { AuditEntry, AuditQuery } from '#shared/api/audit.ts';
import { formatDateTime } from '#shared/i18n/format.ts';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { useI18n } from '../i18n/context.tsx';
import { OfficeTable } from './OfficeTable.tsx';
import { auditCsvUrl, listAudit, parseDay } from './audit-api.ts';
import '../quota/quota.css';

const summary = (value: Record<string, unknown> | null) => (value ? JSON.stringify(value) : '');

export default function AuditPage() {
  const { t, n, language } = useI18n();
  const [query, setQuery] = createSignal<AuditQuery>({});
  const [badDay, setBadDay] = createSignal<string>();
  const [page] = createResource(query, listAudit);
  const [older, setOlder] = createSignal<AuditEntry[]>([]);
  const [olderMore, setOlderMore] = createSignal<boolean>();
  const [olderError, setOlderError] = createSignal<unknown>();
  const entries = () => [...(page()?.entries ?? []), ...older()];
  const more = () => olderMore() ?? page()?.more ?? false;

  const onFilter = (event: SubmitEvent) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const text = (name: string) => fieldText(form, name);
    const from = parseDay(text('from'));
    const to = parseDay(text('to'));
    if (from === undefined || to === undefined) { setBadDay(from === undefined ? text('from') : text('to')); return; }
    setBadDay(undefined);
    setOlder([]);
    setOlderMore(undefined);
    const next: AuditQuery = {};
    if (from) next.from = from;
    if (to) next.to = to;
    if (text('actor')) next.actor = text('actor');
    if (text('action')) next.action = text('action');
    setQuery(next);
  };
  const showOlder = async () => {
    const last = entries().at(-1);
    if (!last) return;
    try {
      const next = await listAudit({ ...query(), before: String(last.seq) });
      setOlder([...older(), ...next.entries]);
      setOlderMore(next.more);
    } catch (failure) {
      setOlderError(failure);
    }
  };
  const actorName = (actor: string) => (actor.startsWith('cli:') ? t('audit.cli', { user: actor.slice(4) }) : actor);
  // Actions other modules add later and this dictionary does not word yet are shown as their code.
  const actionName = (action: string) => {
    const words = t(`audit.action.${action}`);
    return words === `audit.action.${action}` ? action : words;
  };

  return (
    <section class="audit-page">
      <h1>{t('audit.title')}</h1>
      <p>{t('audit.intro')}</p>
      <form class="dash-tools" onSubmit={onFilter}>
        <div class="dash-field">
          <label for="audit-from">{t('audit.filter.from')}</label>
          <input id="audit-from" name="from" inputMode="numeric" placeholder="dd/mm/yyyy" />
        </div>
        <div class="dash-field">
          <label for="audit-to">{t('audit.filter.to')}</label>
          <input id="audit-to" name="to" inputMode="numeric" placeholder="dd/mm/yyyy" />
        </div>
        <div class="dash-field">
          <label for="audit-actor">{t('audit.filter.actor')}</label>
          <select id="audit-actor" name="actor">
            <option value="">{t('audit.filter.any')}</option>
            <For each={page.latest?.actors ?? []}>{(actor) => <option value={actor}>{actorName(actor)}</option>}</For>
          </select>
        </div>
        <div class="dash-field">
          <label for="audit-action">{t('audit.filter.action')}</label>
          <select id="audit-action" name="action">
            <option value="">{t('audit.filter.any')}</option>
            <For each={page.latest?.actions ?? []}>{(action) => <option value={action}>{actionName(action)}</option>}</For>
          </select>
        </div>
        <button type="submit">{t('audit.filter.apply')}</button>
        <a class="button secondary audit-download" href={auditCsvUrl(query(), language())} download="">{t('audit.download')}</a>
      </form>
      <Show when={badDay() !== undefined}>
        <div class="error" role="alert"><p>{t('audit.filter.badDay', { value: badDay() ?? '' })}</p></div>
      </Show>
      <ErrorNotice error={(page.error as unknown) ?? olderError()} />
      <Show when={page.latest} fallback={<p class="loading">{t('app.loading')}</p>}>
        <Show when={entries().length > 0} fallback={<p>{t('audit.empty')}</p>}>
          <OfficeTable
            class="dash-table audit-table"
            caption={t('audit.count', { count: n(entries().length) })}
            columns={[
              'audit.col.seq',
              'audit.col.at',
              'audit.col.actor',
              'audit.col.address',
              'audit.col.action',
              'audit.col.target',
              'audit.col.before',
              'audit.col.after',
            ]}
          >
            <For each={entries()}>
              {(entry) => (
                <tr>
                  <td>{entry.seq}</td>
                  <td>{formatDateTime(entry.at)}</td>
                  <td>{actorName(entry.actor)}</td>
                  <td>{entry.address ?? ''}</td>
                  <td>{actionName(entry.action)}</td>
                  <td>{entry.target}</td>
                  <td><code>{summary(entry.before)}</code></td>
                  <td><code>{summary(entry.after)}</code></td>
                </tr>
              )}
            </For>
          </OfficeTable>
          <Show when={more()}>
            <button type="button" class="secondary" onClick={() => void showOlder()}>{t('audit.more')}</button>
          </Show>
        </Show>
      </Show>
    </section>
  );
}
