// The quarantine (issue 20, item 7): what the sync set aside, with its reason; one item laid out as far as its
// payload parses, accepted as it is, fixed (its JSON edited) and accepted through the same checks as an upload, or
// discarded with a reason — kept and marked, never deleted. /admin/quarantine?id=…
import { createResource, createSignal, For, Show } from 'solid-js';
import type { QuarantineItem } from '#shared/api/devices.ts';
import { formatDateTime } from '#shared/i18n/format.ts';
import type { AnswerValue } from '#shared/survey/answer.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { useI18n } from '../../i18n/context.tsx';
import { useSearchParams } from '../../router/router.tsx';
import { OfficeTable } from '../OfficeTable.tsx';
import { ShowChoice } from '../ShowChoice.tsx';
import { settled } from '../settled.ts';
import { paperPlaces, placeName, variableWords } from './question-words.ts';
import {
  acceptQuarantinedItem, discardQuarantined, fetchQuarantineItem, fetchVersion, fixQuarantined, listQuarantineItems,
} from './tools-api.ts';
import '../../quota/quota.css';

const FIELDS = [
  'id', 'surveySlug', 'questionnaireVersion', 'unitNo', 'serial', 'entry', 'revision', 'baseRevision', 'status', 'accountId', 'deviceId',
] as const;
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value) ?? '');
/** A payload's value that has an answer's shape (the payload was refused: anything else is shown as it came). */
const isAnswer = (value: unknown): value is AnswerValue => typeof value === 'number' || typeof value === 'string'
  || (Array.isArray(value) && value.every((code) => typeof code === 'number'))
  || (isObject(value) && [-1, -2, -3].includes(value['missing'] as number));

export default function QuarantinePage() {
  const { t } = useI18n();
  const [search, setSearch] = useSearchParams<{ id?: string; state?: string }>();
  const state = () => (search.state === 'resolved' ? 'resolved' : 'open');
  const [items, { refetch: refetchItems }] = createResource(state, listQuarantineItems);
  const selected = () => (search.id && /^\d+$/.test(search.id) ? Number(search.id) : undefined);
  const [detail, { refetch: refetchDetail }] = createResource(selected, fetchQuarantineItem);
  const [draft, setDraft] = createSignal<string>();
  const [reason, setReason] = createSignal('');
  const [failure, setFailure] = createSignal<unknown>();
  const [done, setDone] = createSignal('');
  // The payload's questionnaire, when it names one this server has: its answers then read as on paper.
  const [places] = createResource(() => {
    const payload = settled(detail)?.payload;
    if (!isObject(payload)) return undefined;
    const survey = payload['surveySlug'];
    const version = payload['questionnaireVersion'];
    return typeof survey === 'string' && Number.isInteger(version) ? { survey, version: version as number } : undefined;
  }, ({ survey, version }) => fetchVersion(survey, version).then(paperPlaces));
  const answerText = (variable: string, value: unknown) =>
    (isAnswer(value) ? variableWords(settled(places), variable, value, t) : text(value));
  const payloadText = () => draft() ?? JSON.stringify(settled(detail)?.payload ?? null, null, 2);

  const run = async (work: () => Promise<unknown>, message: string) => {
    setFailure(undefined);
    setDone('');
    try {
      await work();
      setDone(message);
      setDraft(undefined);
      setReason('');
      await Promise.all([refetchItems(), refetchDetail()]);
    } catch (error) {
      setFailure(error);
    }
  };
  const fix = (id: number) => {
    let parsed: unknown;
    try {
      parsed = JSON.parse(payloadText());
    } catch {
      setFailure(undefined);
      return setDone(t('quarantine.badJson'));
    }
    if (!isObject(parsed)) return setDone(t('quarantine.badJson'));
    void run(() => fixQuarantined(id, parsed), t('devices.quarantine.accepted', { interview: text(parsed['id']).slice(0, 8) }));
  };
  const resolution = (item: QuarantineItem) => (item.resolution === null ? '' : t('quarantine.resolved', {
    resolution: t(`quarantine.resolution.${item.resolution}`), at: formatDateTime(item.resolvedAt ?? ''),
    reason: item.resolutionReason ? ` — ${item.resolutionReason}` : '',
  }));

  return (
    <section class="quarantine-page">
      <h1>{t('quarantine.title')}</h1>
      <ShowChoice choices={['open', 'resolved'] as const} current={state()} label={(s) => t(`quarantine.state.${s}`)}
        onPick={(s) => setSearch({ state: s === 'open' ? undefined : s, id: undefined })} />
      <ErrorNotice error={(items.error as unknown) ?? (detail.error as unknown) ?? failure()} />
      <Show when={done()}><p role="status">{done()}</p></Show>
      <Show when={settled(items)}>
        {(list) => (
          <Show when={list().length > 0} fallback={<p>{t('quarantine.empty')}</p>}>
            <OfficeTable class="dash-table" columns={['devices.quarantine.col.received', 'devices.col.account', 'devices.quarantine.col.interview', 'devices.quarantine.col.unit', 'devices.quarantine.col.reason']}>
              <For each={list()}>
                {(item) => (
                  <tr data-quarantine={item.id}>
                    <td>{formatDateTime(item.receivedAt)}</td>
                    <td>{item.username}</td>
                    <th scope="row"><button type="button" class="link" onClick={() => setSearch({ id: String(item.id) })}>{item.interviewId.slice(0, 8)}</button></th>
                    <td>{item.unitNo ?? ''}</td>
                    <td>{t(`quarantine.kind.${item.kind}`)}: {t(item.reason.code, item.reason.params)} {resolution(item)}</td>
                  </tr>
                )}
              </For>
            </OfficeTable>
          </Show>
        )}
      </Show>
      <Show when={selected() !== undefined && settled(detail)}>
        {(d) => (
          <article class="quarantine-item" aria-labelledby="quarantine-item-title">
            <h2 id="quarantine-item-title">{d().item.interviewId} · {t(d().item.reason.code, d().item.reason.params)}</h2>
            <Show when={d().item.resolution !== null}><p>{resolution(d().item)}</p></Show>
            <h3>{t('quarantine.payload')}</h3>
            <Show when={isObject(d().payload) ? (d().payload as Record<string, unknown>) : undefined} fallback={<p>{t('quarantine.unreadable')}</p>}>
              {(payload) => (
                <dl class="review-answers">
                  <For each={FIELDS.filter((f) => payload()[f] !== undefined)}>{(f) => <><dt>{t(`quarantine.field.${f}`)}</dt><dd>{text(payload()[f])}</dd></>}</For>
                  <Show when={isObject(payload()['answers']) ? (payload()['answers'] as Record<string, unknown>) : undefined}>
                    {(answers) => (
                      <For each={Object.entries(answers())}>
                        {([variable, value]) => (
                          // The question as printed, and the variable's name the JSON below uses.
                          <><dt>{placeName(settled(places), variable)} <small>{variable}</small></dt><dd>{answerText(variable, value)}</dd></>
                        )}
                      </For>
                    )}
                  </Show>
                </dl>
              )}
            </Show>
            <Show when={d().item.resolution === null}>
              <div class="dash-field">
                <label for="quarantine-json">{t('quarantine.fix')}</label>
                <textarea id="quarantine-json" rows={12} cols={80} value={payloadText()} onInput={(e) => setDraft(e.currentTarget.value)} />
              </div>
              <p>
                <button type="button" onClick={() => void run(() => acceptQuarantinedItem(d().item.id), t('devices.quarantine.accepted', { interview: d().item.interviewId.slice(0, 8) }))}>{t('quarantine.accept')}</button>{' '}
                <button type="button" onClick={() => fix(d().item.id)}>{t('quarantine.fix')}</button>
              </p>
              <div class="dash-field">
                <label for="quarantine-reason">{t('quarantine.reason')}</label>
                <input id="quarantine-reason" value={reason()} onInput={(e) => setReason(e.currentTarget.value)} />
              </div>
              <button type="button" class="secondary" disabled={reason().trim() === ''}
                onClick={() => void run(() => discardQuarantined(d().item.id, reason().trim()), t('devices.quarantine.rejectedDone', { interview: d().item.interviewId.slice(0, 8) }))}>{t('quarantine.discard')}</button>
            </Show>
          </article>
        )}
      </Show>
    </section>
  );
}
