// One interview under review (issue 20): its flags in words with their decisions (duplicates side by side), its
// answers laid out as the paper form, keying statistics and history, and what the admin does — approve, return with
// a comment, reject or void with a reason, keep, void or merge a flag, correct the answers (the engine's checks, a
// required reason). Each action names the revision and version shown: another admin's change meanwhile is refused.
import { createMemo, createResource, createSignal, For, Show } from 'solid-js';
import type { ReviewAction } from '#shared/interview/review.ts';
import type { AnswerValue } from '#shared/survey/answer.ts';
import { nextStatus } from '#shared/interview/lifecycle.ts';
import { formatDateTime, formatDay } from '#shared/i18n/format.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { useI18n } from '../../i18n/context.tsx';
import { A, useParams } from '../../router/router.tsx';
import { actOnInterview, decideOnFlag, fetchReviewDetail } from './review-api.ts';
import { FlagPanel } from './FlagPanel.tsx';
import { PaperAnswers } from './PaperAnswers.tsx';
import { answersFromTexts, variableKinds } from './paper-values.ts';
import { settled } from '../settled.ts';
import { paperPlaces, placeName, variableWords } from './question-words.ts';
import { correct, fetchVersion } from './tools-api.ts';
import '../../quota/quota.css';

const ACTIONS: readonly ReviewAction[] = ['approve', 'request_correction', 'reject', 'void'];
const show = (value: unknown) => (value === null || value === undefined ? '—' : JSON.stringify(value));

/** /admin/review/:survey/interviews/:id */
export default function InterviewReviewPage() {
  const { t } = useI18n();
  const params = useParams<{ survey: string; id: string }>();
  const [detail, { refetch }] = createResource(() => ({ survey: params.survey, id: params.id }), ({ survey, id }) => fetchReviewDetail(survey, id));
  const [version] = createResource(() => settled(detail)?.interview.questionnaireVersion, (n) => fetchVersion(params.survey, n));
  const [texts, setTexts] = createSignal<Record<string, string>>();
  const [reason, setReason] = createSignal('');
  const [failure, setFailure] = createSignal<unknown>();
  const seen = () => {
    const item = settled(detail)?.interview;
    return { revision: item?.revision ?? 0, version: item?.version ?? 0 };
  };
  const run = async (work: () => Promise<unknown>) => {
    setFailure(undefined);
    try {
      await work();
      setReason('');
      setTexts(undefined);
      await refetch();
    } catch (error) {
      setFailure(error);
    }
  };
  const places = createMemo(() => { const v = settled(version); return v ? paperPlaces(v) : undefined; });
  /** "Câu 12: 3. … → 4. …", in the questionnaire's words. */
  const describeChange = ({ variable, before, after }: { variable: string; before: AnswerValue | null; after: AnswerValue | null }) =>
    `${placeName(places(), variable)}: ${variableWords(places(), variable, before, t)} → ${variableWords(places(), variable, after, t)}`;
  const comment = () => (reason().trim() === '' ? {} : { comment: reason().trim() });
  const given = () => (reason().trim() === '' ? {} : { reason: reason().trim() });
  const saveCorrection = () => {
    const d = settled(detail);
    const v = settled(version);
    if (!d || !v) return;
    const answers = answersFromTexts(d.answers, texts() ?? {}, variableKinds(v));
    void run(() => correct(params.survey, params.id, { answers, ...given(), ...seen() }));
  };

  return (
    <section class="review-detail">
      <h1>{t('review.detail.title')}</h1>
      <ErrorNotice error={(detail.error as unknown) ?? failure()} />
      <Show when={settled(detail)}>
        {(d) => (
          <>
            <dl class="review-header review-facts">
              <div><dt>{t('review.col.serial')}</dt><dd>{d().interview.serial ?? '—'}</dd></div>
              <div><dt>{t('review.col.unit')}</dt><dd>{d().interview.unitNo}</dd></div>
              <div><dt>{t('review.col.enumerator')}</dt><dd>{d().interview.username}</dd></div>
              <Show when={d().paper}>{(paper) => <div><dt>{t('review.fact.interviewer')}</dt><dd>{paper().interviewerName}</dd></div>}</Show>
              <div><dt>{t('review.col.day')}</dt><dd>{d().interview.interviewDay ? formatDay(d().interview.interviewDay!) : '—'}</dd></div>
              <div><dt>{t('review.col.mode')}</dt><dd>{t(`review.mode.${d().interview.mode}`)} · {t(`review.entry.${d().interview.entry}`)}</dd></div>
              <Show when={d().interview.entry === 'interview'}>
                <div><dt>{t('review.fact.times')}</dt><dd>{formatDateTime(d().times.startedAt)} – {d().times.finishedAt ? formatDateTime(d().times.finishedAt!) : '…'}</dd></div>
              </Show>
              <div><dt>{t('review.col.receivedAt')}</dt><dd>{formatDateTime(d().interview.receivedAt)}</dd></div>
              <div><dt>{t('review.fact.device')}</dt><dd><A href={`/admin/review/${params.survey}?device=${d().interview.deviceId}`}>{d().interview.deviceId.slice(0, 8)}</A></dd></div>
              <div><dt>{t('review.filter.version')}</dt><dd>{d().interview.questionnaireVersion}</dd></div>
              <div>
                <dt>{t('review.col.status')}</dt>
                <dd class="review-state">
                  <strong>{d().interview.voided ? t('review.voided') : t(`review.status.${d().interview.status}`)}</strong>
                  <Show when={d().interview.secondKeying}>{' · '}<A href={`/admin/review/${params.survey}/double-keying`}>{t('review.secondKeying')}</A></Show>
                </dd>
              </div>
            </dl>
            <Show when={d().interview.status === 'needs_correction' && d().comment}>
              {(comment) => <p class="review-comment">{t('review.fact.comment', { comment: comment() })}</p>}
            </Show>
            <h2>{t('review.col.flags')}</h2>
            <Show when={d().flags.length > 0} fallback={<p>{t('review.detail.noFlags')}</p>}>
              <ul class="review-flags">
                <For each={d().flags}>
                  {(flag) => <FlagPanel survey={params.survey} detail={d()} flag={flag} places={places()}
                    decide={(body) => void run(() => decideOnFlag(params.survey, params.id, flag.flag, { ...body, ...given(), ...seen() }))} />}
                </For>
              </ul>
            </Show>
            <div class="dash-field">
              <label for="review-reason">{t('review.detail.reason')}</label>
              <input id="review-reason" value={reason()} onInput={(e) => setReason(e.currentTarget.value)} />
            </div>
            <div class="review-actions">
              {/* Only what the interview's state allows (lifecycle.ts): a returned interview waits for its correction. */}
              <For each={ACTIONS.filter((action) => !d().interview.voided && (action === 'void' || nextStatus(d().interview.status, action) !== null))}>
                {(action) => <button type="button" onClick={() => void run(() => actOnInterview(params.survey, params.id, { action, ...comment(), ...seen() }))}>{t(`review.action.${action}`)}</button>}
              </For>
            </div>
            <Show when={d().keying}>
              {(k) => <p>{t('review.detail.keying', { keys: k().keys, corrections: k().corrections, seconds: k().seconds })}</p>}
            </Show>
            <h2>{t('review.paper')}</h2>
            <Show when={settled(version)} fallback={
              <dl class="review-answers">
                <For each={Object.entries(d().answers)}>{([variable, value]) => <><dt>{variable}</dt><dd>{show(value)}</dd></>}</For>
              </dl>
            }>
              {(v) => (
                <>
                  <PaperAnswers version={v()} answers={d().answers} texts={texts()}
                    onText={texts() ? (variable, text) => setTexts({ ...texts(), [variable]: text }) : undefined} />
                  <Show when={!d().interview.voided && (d().interview.status === 'received' || d().interview.status === 'needs_correction')}>
                    <Show when={texts()} fallback={<button type="button" class="secondary" onClick={() => setTexts({})}>{t('review.correct.edit')}</button>}>
                      <button type="button" onClick={saveCorrection}>{t('review.correct.save')}</button>{' '}
                      <button type="button" class="secondary" onClick={() => setTexts(undefined)}>{t('review.correct.cancel')}</button>
                    </Show>
                  </Show>
                </>
              )}
            </Show>
            <h2>{t('review.detail.history')}</h2>
            <ol class="review-history">
              <For each={d().history}>
                {(entry) => (
                  <li>
                    {formatDateTime(entry.at)} · {entry.username} ·{' '}
                    {entry.kind === 'review'
                      ? `${t(`review.action.${entry.action}`)}${entry.comment ? ` — ${entry.comment}` : ''}`
                      : entry.revision === 1
                        ? t('review.detail.firstRevision', { count: entry.changes.length })
                        : t('review.detail.revision', { revision: entry.revision, changes: entry.changes.map(describeChange).join('; ') })
                          + (entry.reason ? ` — ${t('review.detail.why', { reason: entry.reason })}` : '')}
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
