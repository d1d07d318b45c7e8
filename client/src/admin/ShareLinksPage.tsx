// The admin's share links: make a read-only link to one unit's progress page (shown once, to copy into Zalo),
// see every link of the survey, and revoke one (a second click confirms) so it stops working at once.
import { createResource, createSignal, For, Show } from 'solid-js';
import { useParams } from '../router/router.tsx';
import type { CreatedShareLink, ShareLink } from '#shared/api/quota.ts';
import { formatDateTime } from '#shared/i18n/format.ts';
import { listSurveys } from '../api/surveys.ts';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { createWork } from '../components/create-work.ts';
import { fieldText } from '../components/field-text.ts';
import { useI18n } from '../i18n/context.tsx';
import { OfficeTable } from './OfficeTable.tsx';
import { createShareLink, listShareLinks, revokeShareLink } from './quota-admin-api.ts';
import '../quota/quota.css';
import { SurveyPicker } from './SurveyPicker.tsx';

/** /admin/share-links/:survey?: the survey of the address, or the first one. */
export default function ShareLinksPage() {
  const { t } = useI18n();
  const params = useParams<{ survey?: string }>();
  const [surveys] = createResource(listSurveys);
  const survey = () => surveys()?.surveys.find((s) => s.slug === params.survey) ?? surveys()?.surveys[0];
  const [links, { refetch }] = createResource(() => survey()?.slug, listShareLinks);
  const [created, setCreated] = createSignal<CreatedShareLink>();
  const [confirming, setConfirming] = createSignal<number>();
  const [copied, setCopied] = createSignal(false);
  const work = createWork();
  const linkUrl = (link: CreatedShareLink) => new URL(link.path, window.location.origin).href;

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
    void act(async () => {
      setCopied(false);
      setCreated(await createShareLink({ surveySlug: slug, unitNo: fieldText(form, 'unitNo'), label: fieldText(form, 'label') }));
    });
  };
  const onRevoke = (link: ShareLink) => {
    if (confirming() !== link.id) { setConfirming(link.id); return; }
    void act(async () => {
      await revokeShareLink(link.id);
      setConfirming(undefined);
    });
  };
  const copy = async (text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(true);
    } catch {
      setCopied(false); // the link stays selected in the box for copying by hand
    }
  };

  return (
    <section class="dash-share-links">
      <h1>{t('quota.share.title')}</h1>
      <p>{t('quota.share.intro')}</p>
      <ErrorNotice error={(surveys.error as unknown) ?? (links.error as unknown) ?? work.error()} />
      <Show when={survey()}>
        {(current) => (
          <form class="dash-tools" onSubmit={onCreate}>
            <SurveyPicker id="share-survey" label={t('quota.survey')} surveys={surveys()?.surveys} current={current().slug} href={(slug) => `/admin/share-links/${slug}`} />
            <div class="dash-field">
              <label for="share-unit">{t('quota.share.unit')}</label>
              <select id="share-unit" name="unitNo" required>
                <For each={current().units}>{(unit) => <option value={unit.no}>{unit.no}. {unit.name}</option>}</For>
              </select>
            </div>
            <div class="dash-field">
              <label for="share-label">{t('quota.share.label')}</label>
              <input id="share-label" name="label" maxLength={120} />
            </div>
            <button type="submit" disabled={work.working()}>{t('quota.share.create')}</button>
          </form>
        )}
      </Show>
      <Show when={created()}>
        {(link) => (
          <div class="dash-created" role="status">
            <p>{t('quota.share.created', { unit: `${link().link.unitNo}. ${link().link.unitName}` })}</p>
            <div class="dash-field">
              <label for="share-new-link">{t('quota.share.newLink')}</label>
              <input id="share-new-link" readOnly value={linkUrl(link())} onFocus={(e) => e.currentTarget.select()} />
            </div>
            <button type="button" class="secondary" onClick={() => void copy(linkUrl(link()))}>{t('quota.share.copy')}</button>
            <Show when={copied()}> <span>{t('quota.share.copied')}</span></Show>
          </div>
        )}
      </Show>
      <Show when={links()}>
        {(rows) => (
          <Show when={rows().length > 0} fallback={<p>{t('quota.share.none')}</p>}>
            <OfficeTable
              class="dash-table"
              columns={[
                'quota.share.col.unit',
                'quota.share.col.label',
                'quota.share.col.createdAt',
                'quota.share.col.createdBy',
                'quota.share.col.status',
              ]}
              actionLabel="quota.share.revoke"
            >
              <For each={rows()}>
                {(link) => (
                  <tr data-link={link.id}>
                    <th scope="row">{link.unitNo}. {link.unitName}</th>
                    <td>{link.label}</td>
                    <td>{formatDateTime(link.createdAt)}</td>
                    <td>{link.createdBy}</td>
                    <td>{link.revokedAt ? t('quota.share.revokedAt', { date: formatDateTime(link.revokedAt) }) : t('quota.share.active')}</td>
                    <td>
                      <Show when={!link.revokedAt}>
                        <button type="button" class="secondary" disabled={work.working()} onClick={() => onRevoke(link)}>
                          {confirming() === link.id ? t('quota.share.confirmRevoke') : t('quota.share.revoke')}
                        </button>
                        <Show when={confirming() === link.id}>
                          <button type="button" class="secondary" onClick={() => setConfirming(undefined)}>{t('quota.share.cancel')}</button>
                        </Show>
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
