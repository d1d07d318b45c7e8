// The admin's online links (decision 0021): a link per unit or one for the whole survey, each with its address,
// its QR code (made by the server), its counts, and pause, reopen or retire (a second click confirms retiring).
import { createResource, createSignal, For, Show } from 'solid-js';
import type { OnlineLink, OnlineLinkState } from '#shared/online/schema.ts';
import { useParams } from '../../router/router.tsx';
import { listSurveys } from '../../api/surveys.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { createWork } from '../../components/create-work.ts';
import { fieldText } from '../../components/field-text.ts';
import { useI18n } from '../../i18n/context.tsx';
import { OfficeTable } from '../OfficeTable.tsx';
import { createOnlineLink, listOnlineLinks, qrUrl, setOnlineLinkState } from './api.ts';
import '../../quota/quota.css';
import { SurveyPicker } from '../SurveyPicker.tsx';

/** /admin/online-links/:survey?: the survey of the address, or the first one. */
export default function OnlineLinksPage() {
  const { t, n } = useI18n();
  const params = useParams<{ survey?: string }>();
  const [surveys] = createResource(listSurveys);
  const survey = () => surveys()?.surveys.find((s) => s.slug === params.survey) ?? surveys()?.surveys[0];
  const online = () => survey()?.modes.includes('online') === true;
  const [links, { refetch }] = createResource(() => (online() ? survey()?.slug : undefined), listOnlineLinks);
  const [confirming, setConfirming] = createSignal<number>();
  const [shown, setShown] = createSignal<number>();
  const work = createWork();
  const url = (link: OnlineLink) => new URL(link.path, window.location.origin).href;

  /** One action, then the list as it now stands. */
  const act = (action: () => Promise<unknown>) => work.run(async () => {
    await action();
    await refetch();
  });
  const onCreate = (event: SubmitEvent) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const slug = survey()?.slug;
    if (!slug) return;
    const unitNo = fieldText(form, 'unitNo');
    void act(() => createOnlineLink({ surveySlug: slug, ...(unitNo ? { unitNo } : {}), label: fieldText(form, 'label') }));
  };
  const change = (link: OnlineLink, state: OnlineLinkState) => {
    if (state === 'retired' && confirming() !== link.id) { setConfirming(link.id); return; }
    setConfirming(undefined);
    void act(() => setOnlineLinkState(link.id, state));
  };
  const unitOf = (link: OnlineLink) => (link.unitNo ? `${link.unitNo}. ${link.unitName ?? ''}` : t('onlineLinks.wholeSurvey'));

  return (
    <section class="dash-share-links">
      <h1>{t('onlineLinks.nav')}</h1>
      <p>{t('onlineLinks.intro')}</p>
      <ErrorNotice error={(surveys.error as unknown) ?? (links.error as unknown) ?? work.error()} />
      <Show when={survey()}>
        {(current) => (
          <form class="dash-tools" onSubmit={onCreate}>
            <SurveyPicker id="online-survey" label={t('onlineLinks.survey')} surveys={surveys()?.surveys} current={current().slug} href={(slug) => `/admin/online-links/${slug}`} />
            <Show when={online()} fallback={<p>{t('onlineLinks.notOnline')}</p>}>
              <div class="dash-field">
                <label for="online-unit">{t('onlineLinks.unit')}</label>
                <select id="online-unit" name="unitNo">
                  <option value="">{t('onlineLinks.wholeSurvey')}</option>
                  <For each={current().units}>{(unit) => <option value={unit.no}>{unit.no}. {unit.name}</option>}</For>
                </select>
              </div>
              <div class="dash-field">
                <label for="online-label">{t('onlineLinks.label')}</label>
                <input id="online-label" name="label" maxLength={200} />
              </div>
              <button type="submit" disabled={work.working()}>{t('onlineLinks.create')}</button>
            </Show>
          </form>
        )}
      </Show>
      <Show when={links()}>
        {(rows) => (
          <Show when={rows().length > 0} fallback={<p>{t('onlineLinks.none')}</p>}>
            <OfficeTable
              class="dash-table"
              columns={['onlineLinks.col.unit', 'onlineLinks.col.label', 'onlineLinks.col.link', 'onlineLinks.col.state', 'onlineLinks.col.submissions', 'onlineLinks.col.flagged']}
              actionLabel="onlineLinks.pause"
            >
              <For each={rows()}>
                {(link) => (
                  <tr data-link={link.id}>
                    <th scope="row">{unitOf(link)}</th>
                    <td>{link.label}</td>
                    <td>
                      <input readOnly value={url(link)} aria-label={t('onlineLinks.col.link')} onFocus={(e) => e.currentTarget.select()} />
                      <button type="button" class="secondary" onClick={() => setShown(shown() === link.id ? undefined : link.id)}>{t('onlineLinks.qr')}</button>
                      <Show when={shown() === link.id}>
                        <a href={qrUrl(link.id)} download={`phieu-link-${link.id}.svg`}><img src={qrUrl(link.id)} width="160" height="160" alt={t('onlineLinks.qrOf', { unit: unitOf(link) })} /></a>
                      </Show>
                    </td>
                    <td data-col="state">{t(`onlineLinks.state.${link.state}`)}</td>
                    <td data-col="submissions">{n(link.submissions)}</td>
                    <td>{n(link.flagged)}</td>
                    <td>
                      <Show when={link.state === 'open'}>
                        <button type="button" class="secondary" disabled={work.working()} onClick={() => change(link, 'paused')}>{t('onlineLinks.pause')}</button>
                      </Show>
                      <Show when={link.state === 'paused'}>
                        <button type="button" class="secondary" disabled={work.working()} onClick={() => change(link, 'open')}>{t('onlineLinks.reopen')}</button>
                      </Show>
                      <Show when={link.state !== 'retired'}>
                        <button type="button" class="secondary" disabled={work.working()} onClick={() => change(link, 'retired')}>
                          {confirming() === link.id ? t('onlineLinks.confirmRetire') : t('onlineLinks.retire')}
                        </button>
                      </Show>
                    </td>
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
