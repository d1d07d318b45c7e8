// The interviews table of one survey (issue 20): filters by unit, status, flag and serial, three sorts, the next
// page by key ("Xem tiếp"), the total (exact up to 10,000); with a unit filtered, its serial registry as CSV, its
// same-answers check and the bulk approval of its clean interviews; links to double keying and keying statistics.
import { createResource, createSignal, For, Show } from 'solid-js';
import type { ReviewItem, ReviewListQuery } from '#shared/api/review.ts';
import { formatDateTime } from '#shared/i18n/format.ts';
import { listSurveys } from '../../api/surveys.ts';
import { fieldText } from '../../components/field-text.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { useI18n } from '../../i18n/context.tsx';
import { A, useParams } from '../../router/router.tsx';
import { OfficeTable } from '../OfficeTable.tsx';
import { listReviewPage, serialsCsvUrl } from './review-api.ts';
import { approveClean, checkSameAnswers } from './tools-api.ts';
import '../../quota/quota.css';
import { SurveyPicker } from '../SurveyPicker.tsx';

const STATUSES = ['received', 'approved', 'needs_correction', 'rejected'] as const;
const FLAGS = ['any', 'none', 'serial_duplicate', 'same_answers', 'over_quota', 'outside_window', 'too_short', 'after_close'] as const;
const SORTS = ['arrival', 'serial', 'unit_serial'] as const;

/** /admin/review/:survey?: the survey of the address, or the first one. */
export default function ReviewPage() {
  const { t, n, language } = useI18n();
  const params = useParams<{ survey?: string }>();
  const [surveys] = createResource(listSurveys);
  const slug = () => params.survey || surveys()?.surveys[0]?.slug;
  const [query, setQuery] = createSignal<ReviewListQuery>({});
  const [page, { refetch }] = createResource(() => {
    const survey = slug();
    return survey ? { survey, query: query() } : undefined;
  }, ({ survey, query: q }) => listReviewPage(survey, q));
  const [more, setMore] = createSignal<ReviewItem[]>([]);
  const [next, setNext] = createSignal<string | null>();
  const [moreError, setMoreError] = createSignal<unknown>();
  const items = () => [...(page()?.items ?? []), ...more()];
  const nextKey = () => (next() === undefined ? page()?.next ?? null : next());

  const onFilter = (event: SubmitEvent) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const text = (name: string) => fieldText(form, name);
    const q: ReviewListQuery = {};
    if (text('unit')) q.unit = text('unit');
    if (text('status')) q.status = text('status') as ReviewListQuery['status'];
    if (text('flag')) q.flag = text('flag') as ReviewListQuery['flag'];
    if (text('serial')) q.serial = text('serial');
    if (text('sort')) q.sort = text('sort') as ReviewListQuery['sort'];
    setMore([]);
    setNext(undefined);
    setQuery(q);
  };
  const showMore = async () => {
    const survey = slug();
    const after = nextKey();
    if (!survey || !after) return;
    try {
      const answer = await listReviewPage(survey, { ...query(), after });
      setMore([...more(), ...answer.items]);
      setNext(answer.next);
    } catch (failure) {
      setMoreError(failure);
    }
  };
  const [toolDone, setToolDone] = createSignal('');
  const [toolError, setToolError] = createSignal<unknown>();
  const unitTool = async (work: (survey: string, unit: string) => Promise<string>) => {
    const survey = slug();
    const unit = query().unit;
    if (!survey || !unit) return;
    setToolError(undefined);
    try {
      setToolDone(await work(survey, unit));
      setMore([]);
      setNext(undefined);
      await refetch();
    } catch (failure) {
      setToolError(failure);
    }
  };
  const total = () => {
    const counted = page()?.total;
    if (!counted) return '';
    return counted.exact ? t('review.total', { count: n(counted.count) }) : t('review.totalAtLeast', { count: n(counted.count) });
  };

  return (
    <section class="review-page">
      <h1>{t('review.title')}</h1>
      <Show when={slug()}>
        {(survey) => (
          <p class="review-links">
            <A href={`/admin/review/${survey()}/double-keying`}>{t('review.tools.double')}</A>{' · '}
            <A href={`/admin/review/${survey()}/keying`}>{t('review.tools.keying')}</A>
          </p>
        )}
      </Show>
      <ErrorNotice error={(surveys.error as unknown) ?? (page.error as unknown) ?? moreError() ?? toolError()} />
      <form class="dash-tools" onSubmit={onFilter}>
        <SurveyPicker id="review-survey" label={t('quota.survey')} surveys={surveys()?.surveys} current={slug() ?? ''} href={(slug) => `/admin/review/${slug}`} />
        <div class="dash-field">
          <label for="review-unit">{t('review.filter.unit')}</label>
          <input id="review-unit" name="unit" inputMode="numeric" size={4} />
        </div>
        <div class="dash-field">
          <label for="review-status">{t('review.filter.status')}</label>
          <select id="review-status" name="status">
            <option value="">{t('review.filter.all')}</option>
            <For each={STATUSES}>{(status) => <option value={status}>{t(`review.status.${status}`)}</option>}</For>
          </select>
        </div>
        <div class="dash-field">
          <label for="review-flag">{t('review.filter.flag')}</label>
          <select id="review-flag" name="flag">
            <option value="">{t('review.filter.all')}</option>
            <For each={FLAGS}>{(flag) => <option value={flag}>{t(`review.flagFilter.${flag}`)}</option>}</For>
          </select>
        </div>
        <div class="dash-field">
          <label for="review-serial">{t('review.filter.serial')}</label>
          <input id="review-serial" name="serial" inputMode="numeric" size={8} />
        </div>
        <div class="dash-field">
          <label for="review-sort">{t('review.sort.label')}</label>
          <select id="review-sort" name="sort">
            <For each={SORTS}>{(sort) => <option value={sort}>{t(`review.sort.${sort}`)}</option>}</For>
          </select>
        </div>
        <button type="submit">{t('audit.filter.apply')}</button>
        <Show when={query().unit && slug()}>
          <a class="button secondary" href={serialsCsvUrl(slug() ?? '', query().unit ?? '', language())} download="">{t('review.serials.download')}</a>
        </Show>
      </form>
      <Show when={query().unit}>
        {(unit) => (
          <div class="review-unit-tools" data-unit={unit()}>
            <button type="button" class="secondary" onClick={() => void unitTool(async (s, u) => t('sameAnswers.done', { flagged: await checkSameAnswers(s, u) }))}>{t('sameAnswers.run')}</button>{' '}
            <button type="button" onClick={() => void unitTool(async (s, u) => t('bulk.done', { approved: await approveClean(s, u) }))}>{t('bulk.approve')}</button>
            <Show when={toolDone()}><p role="status">{toolDone()}</p></Show>
          </div>
        )}
      </Show>
      <Show when={page.latest} fallback={<Show when={!page.error}><p class="loading">{t('app.loading')}</p></Show>}>
        <Show when={items().length > 0} fallback={<p>{t('review.empty')}</p>}>
          <OfficeTable
            class="dash-table review-table"
            caption={total()}
            columns={['review.col.serial', 'review.col.unit', 'review.col.enumerator', 'review.col.day', 'review.col.receivedAt', 'review.col.entry', 'review.col.status', 'review.col.flags']}
          >
            <For each={items()}>
              {(item) => (
                <tr>
                  <td><A href={`/admin/review/${slug() ?? ''}/interviews/${item.id}`}>{item.serial ?? t('review.detail.open')}</A></td>
                  <td>{item.unitNo}</td>
                  <td>{item.username}</td>
                  <td>{item.interviewDay ? item.interviewDay.split('-').reverse().join('/') : ''}</td>
                  <td>{formatDateTime(item.receivedAt)}</td>
                  <td>{t(`review.entry.${item.entry}`)}{item.secondKeying ? ` · ${t('review.secondKeying')}` : ''}</td>
                  <td>{item.voided ? t('review.voided') : t(`review.status.${item.status}`)}</td>
                  <td>{item.flags.map((flag) => t(`review.flag.${flag}`)).join('; ')}</td>
                </tr>
              )}
            </For>
          </OfficeTable>
          <Show when={nextKey()}>
            <button type="button" class="secondary" onClick={() => void showMore()}>{t('review.more')}</button>
          </Show>
        </Show>
      </Show>
    </section>
  );
}
