// One interview under review (issue 20): its flags in words with their decisions, its answers, keying statistics
// and history, and what the admin does — approve, return with a comment, reject or void with a reason, keep or void
// a flag. Each action names the revision and version shown: another admin's change meanwhile is refused in words.
import { createResource, createSignal, For, Show } from 'solid-js';
import type { ReviewAction } from '#shared/interview/review.ts';
import { formatDateTime } from '#shared/i18n/format.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { useI18n } from '../../i18n/context.tsx';
import { useParams } from '../../router/router.tsx';
import { actOnInterview, decideOnFlag, fetchReviewDetail } from './review-api.ts';
import '../../quota/quota.css';

const ACTIONS: readonly ReviewAction[] = ['approve', 'request_correction', 'reject', 'void'];
const show = (value: unknown) => (value === null || value === undefined ? '—' : JSON.stringify(value));

/** /admin/review/:survey/interviews/:id */
export default function InterviewReviewPage() {
  const { t } = useI18n();
  const params = useParams<{ survey: string; id: string }>();
  const [detail, { refetch }] = createResource(() => ({ survey: params.survey, id: params.id }), ({ survey, id }) => fetchReviewDetail(survey, id));
  const [reason, setReason] = createSignal('');
  const [failure, setFailure] = createSignal<unknown>();
  const seen = () => {
    const item = detail()?.interview;
    return { revision: item?.revision ?? 0, version: item?.version ?? 0 };
  };
  const run = async (work: () => Promise<unknown>) => {
    setFailure(undefined);
    try {
      await work();
      setReason('');
      await refetch();
    } catch (error) {
      setFailure(error);
    }
  };
  const comment = () => (reason().trim() === '' ? {} : { comment: reason().trim() });

  return (
    <section class="review-detail">
      <h1>{t('review.detail.title')}</h1>
      <ErrorNotice error={(detail.error as unknown) ?? failure()} />
      <Show when={detail.latest}>
        {(d) => (
          <>
            <p class="review-state">
              {d().interview.serial ?? ''} · {d().interview.unitNo} · {d().interview.username} ·{' '}
              <strong>{d().interview.voided ? t('review.voided') : t(`review.status.${d().interview.status}`)}</strong>
            </p>
            <h2>{t('review.col.flags')}</h2>
            <Show when={d().flags.length > 0} fallback={<p>{t('review.detail.noFlags')}</p>}>
              <ul class="review-flags">
                <For each={d().flags}>
                  {(flag) => (
                    <li>
                      {t(`review.flag.${flag.flag}`)}
                      <Show when={flag.decision} fallback={
                        <span>
                          {' '}
                          <button type="button" onClick={() => void run(() => decideOnFlag(params.survey, params.id, flag.flag, { decision: 'keep', ...(reason().trim() ? { reason: reason().trim() } : {}), ...seen() }))}>{t('review.decision.keep')}</button>
                          <button type="button" class="secondary" onClick={() => void run(() => decideOnFlag(params.survey, params.id, flag.flag, { decision: 'void', ...(reason().trim() ? { reason: reason().trim() } : {}), ...seen() }))}>{t('review.decision.void')}</button>
                        </span>
                      }>
                        {(decision) => <span>{' — '}{t('review.detail.decided', { decision: t(`review.decision.${decision().decision}`), by: decision().username, at: formatDateTime(decision().at), reason: decision().reason })}</span>}
                      </Show>
                    </li>
                  )}
                </For>
              </ul>
            </Show>
            <div class="dash-field">
              <label for="review-reason">{t('review.detail.reason')}</label>
              <input id="review-reason" value={reason()} onInput={(e) => setReason(e.currentTarget.value)} />
            </div>
            <div class="review-actions">
              <For each={ACTIONS}>
                {(action) => <button type="button" onClick={() => void run(() => actOnInterview(params.survey, params.id, { action, ...comment(), ...seen() }))}>{t(`review.action.${action}`)}</button>}
              </For>
            </div>
            <Show when={d().keying}>
              {(k) => <p>{t('review.detail.keying', { keys: k().keys, corrections: k().corrections, seconds: k().seconds })}</p>}
            </Show>
            <h2>{t('review.detail.answers')}</h2>
            <dl class="review-answers">
              <For each={Object.entries(d().answers)}>{([variable, value]) => <><dt>{variable}</dt><dd>{show(value)}</dd></>}</For>
            </dl>
            <h2>{t('review.detail.history')}</h2>
            <ol class="review-history">
              <For each={d().history}>
                {(entry) => (
                  <li>
                    {formatDateTime(entry.at)} · {entry.username} ·{' '}
                    {entry.kind === 'revision'
                      ? t('review.detail.revision', { revision: entry.revision, changes: entry.changes.map((c) => `${c.variable}: ${show(c.before)} → ${show(c.after)}`).join('; ') })
                      : `${t(`review.action.${entry.action}`)}${entry.comment ? ` — ${entry.comment}` : ''}`}
                  </li>
                )}
              </For>
            </ol>
          </>
        )}
      </Show>
    </section>
  );
}
