// Review of one interview on the device: laid out like the paper form with every problem linked to where it is
// fixed; Finish only when the review finds none (finishing drops off-path answers and says which); a finished
// form reopened for correction until the server has it; void with a reason (kept, shown as voided). Each state
// says what it is (issue 16); a sent form whose answers left the device says it is kept on the server.
import { createResource, createSignal, For, Show } from 'solid-js';
import { A, useNavigate, useParams } from '../router/router.tsx';
import { canFinish, reviewOf } from '#shared/entry/review.ts';
import { serialInUse } from '#shared/entry/serial.ts';
import { canReopen } from '#shared/entry/void.ts';
import { formatDateTime } from '#shared/i18n/format.ts';
import { isEditableOnDevice } from '#shared/interview/lifecycle.ts';
import type { Notice } from '#shared/survey/issues.ts';
import { appDb } from '../db/db.ts';
import { loadSurvey } from '../db/device-state.ts';
import { loadInterview } from '../db/interviews.ts';
import { live } from '../db/live.ts';
import { compiledVersion, findVersion, unitVariable } from '../form/compiled.ts';
import { SaveStatus } from '../form/SaveStatus.tsx';
import type { SaveState } from '../form/draft-session.ts';
import { deviceInterviews, knownSerials } from '../entry/device-interviews.ts';
import { loadSent } from '../db/sent.ts';
import { SentNote } from '../home/SentList.tsx';
import { reviewStateOf, withoutProblems, withUnitName } from '../entry/review-truth.ts';
import { finishInterview, reopenInterview, voidStored } from '../entry/lifecycle.ts';
import { PracticeBanner } from '../entry/PracticeBanner.tsx';
import { ReviewView } from '../entry/ReviewView.tsx';
import { questionOfSlot } from '../entry/slot-view.ts';
import { useI18n } from '../i18n/context.tsx';
import { useSession } from '../session/context.tsx';
import { nowIso } from '../time.ts';

export default function ReviewPage() {
  const { t } = useI18n();
  const session = useSession();
  const navigate = useNavigate();
  const params = useParams<{ id: string }>();
  const accountId = session.me()?.account.id ?? 0;
  const db = appDb();
  const stored = live(async () => (await loadInterview(db, accountId, params.id)) ?? null);
  const [survey] = createResource(() => stored.value()?.surveySlug, (slug) => loadSurvey(db, accountId, slug));
  // Read inside each query (a live query does not follow Solid's signals): the survey of the interview shown.
  const slugOf = async () => (await loadInterview(db, accountId, params.id))?.surveySlug ?? '';
  const others = live(async () => deviceInterviews(db, await slugOf()));
  // What the device knows beyond the answers: the sent row (kept after housekeeping) and the last receipt.
  const extra = live(async () => {
    const [sent, record, known] = await Promise.all([
      loadSent(db, accountId, params.id), db.syncRecords.get(params.id), slugOf().then((slug) => knownSerials(db, accountId, slug)),
    ]);
    return { sent, record: record?.accountId === accountId ? record : undefined, known };
  });
  const state = () => { const i = stored.value(); return i ? reviewStateOf(i, extra.value()?.record, extra.value()?.sent) : undefined; };
  /** The state in words where the page has more to say than its answers: what to do next, or why it came back. */
  const banner = () => {
    const now = state();
    const record = extra.value()?.record;
    if (now === 'draft' || now === 'finished') return t(`sent.review.${now}`);
    if (now !== 'returned' && now !== 'refused') return undefined;
    if (record?.comment !== undefined) return t('sync.attention.returned', { comment: record.comment });
    return record?.reason && t(record.reason.code, record.reason.params);
  };
  const stateWord = () => {
    const now = state() ?? 'draft';
    if (now === 'voided') return 'sent.state.voided';
    if (now === 'sent') return 'device.state.synced';
    return now === 'returned' || now === 'refused' ? 'device.state.needs_correction' : `device.state.${now}` as const;
  };
  const [notices, setNotices] = createSignal<Notice[]>([]);
  const [saveState, setSaveState] = createSignal<SaveState>('saved');
  const [reason, setReason] = createSignal('');
  const [voidProblem, setVoidProblem] = createSignal<string>();

  const compiled = () => {
    const interview = stored.value();
    const version = interview && survey() ? findVersion(survey()!, interview.questionnaireVersion) : undefined;
    return version && compiledVersion(version);
  };
  const review = () => {
    const interview = stored.value();
    const c = compiled();
    if (!interview || !c) return undefined;
    const serialProblem = interview.serial ? serialInUse(interview.serial, interview.surveySlug, others.value() ?? [], {
      exceptId: interview.id, practice: interview.practice, known: extra.value()?.known ?? [], ownSerial: extra.value()?.sent?.serial,
    }) : null;
    const found = reviewOf(c, { ...interview, paper: interview.paper }, serialProblem);
    const unit = survey()?.survey.units.find((u) => u.no === interview.unitNo);
    const version = survey() && findVersion(survey()!, interview.questionnaireVersion);
    const named = unit && version ? withUnitName(found, unitVariable(version), t('device.home.unitLine', { no: unit.no, name: unit.name })) : found;
    return editable() ? named : withoutProblems(named);
  };
  const hrefOf = (slot: string) => {
    const interview = stored.value()!;
    if (interview.entry === 'paper') return `/interviews/key/${interview.surveySlug}/${interview.unitNo}?id=${interview.id}&slot=${slot}`;
    const q = compiled() && questionOfSlot(compiled()!, slot);
    return q ? `/interviews/${interview.id}?q=${q.id}` : `/interviews/${interview.id}`;
  };
  const editable = () => { const i = stored.value(); return !!i && isEditableOnDevice(i.status, i.voided !== undefined); };

  const finish = async () => {
    const c = compiled();
    const r = review();
    if (!c || !r || !canFinish(r)) return;
    const result = await finishInterview(db, accountId, params.id, c, nowIso());
    if (!result.ok) return setSaveState(result.reason);
    setNotices(result.notices);
  };
  const reopen = async () => {
    const result = await reopenInterview(db, accountId, params.id, nowIso());
    if (!result.ok) return setSaveState(result.reason);
    navigate(`/interviews/${params.id}`);
  };
  const voidIt = async (event: SubmitEvent) => {
    event.preventDefault();
    const result = await voidStored(db, accountId, params.id, reason(), nowIso());
    if (result.ok) return setVoidProblem(undefined);
    if ('problem' in result) return setVoidProblem(t(result.problem.code, result.problem.params));
    setSaveState(result.reason);
  };

  return (
    <section class="review-page" aria-labelledby="review-page-title">
      <Show when={stored.value() !== null} fallback={
        <Show when={extra.value()?.sent} fallback={<p class="error" role="alert">{t('device.form.notFound')}</p>}>
          {(sent) => (
            <div data-review-state="sent">
              <h1 id="review-page-title">{t('device.home.serial', { serial: sent().serial ?? '—' })} <small> · {t('device.state.synced')}</small></h1>
              <SentNote row={sent()} kept />
            </div>
          )}
        </Show>
      }>
        <Show when={stored.value()}>
          {(interview) => (
            <>
              <h1 id="review-page-title" data-review-state={state()}>{t('device.home.serial', { serial: interview().serial ?? '—' })}
                <small> · {t(stateWord())}</small>
              </h1>
              <PracticeBanner practice={interview().practice} />
              <Show when={interview().voided}>
                {(voided) => <p class="banner warn" role="status" data-voided="true">{t('entry.void.voided', { reason: voided().reason, at: formatDateTime(voided().at) })}</p>}
              </Show>
              <Show when={banner()}>{(text) => <p class="banner note" role="status" data-banner="state">{text()}</p>}</Show>
              <Show when={state() === 'sent' || state() === 'rejected' ? extra.value()?.sent : undefined}>
                {(sent) => <SentNote row={sent()} kept />}
              </Show>
              <Show when={interview().times.finishedAt && !editable()}>
                <p class="banner note" role="status">{t('entry.review.finished_at', { at: formatDateTime(interview().times.finishedAt!) })}</p>
              </Show>
              <Show when={notices().length > 0}>
                <ul class="notices" role="status"><For each={notices()}>{(notice) => <li>{t(notice.code, notice.params)}</li>}</For></ul>
              </Show>
              <Show when={review()}>
                {(r) => (
                  <>
                    <div class="review-actions">
                      <Show when={editable()}>
                        <A class="button secondary" href={hrefOf('')}>{t('entry.review.continue')}</A>
                        <button type="button" disabled={!canFinish(r())} aria-describedby="finish-hint" onClick={() => void finish()}>
                          {t('entry.review.finish')}
                        </button>
                        <Show when={!canFinish(r())}><p id="finish-hint" class="hint">{t('entry.review.cannot_finish')}</p></Show>
                      </Show>
                      <Show when={canReopen(interview())}>
                        <button type="button" class="secondary" onClick={() => void reopen()}>{t('entry.review.reopen')}</button>
                      </Show>
                    </div>
                    <ReviewView review={r()} hrefOf={(p) => hrefOf(p.slot)} settled={!editable()} />
                  </>
                )}
              </Show>
              <SaveStatus state={saveState()} onRetry={() => setSaveState('saved')} />
              <Show when={!interview().voided}>
                <form class="stack void-form" onSubmit={(event) => void voidIt(event)}>
                  <h2>{t('entry.void.title')}</h2>
                  <label for="void-reason">{t('entry.void.reason')}</label>
                  <input id="void-reason" value={reason()} aria-describedby="void-problem" onInput={(e) => setReason(e.currentTarget.value)} />
                  <div id="void-problem"><Show when={voidProblem()}>{(text) => <p class="error" role="alert">{text()}</p>}</Show></div>
                  <button type="submit" class="secondary">{t('entry.void.submit')}</button>
                </form>
              </Show>
            </>
          )}
        </Show>
      </Show>
      <p><A href="/" class="button secondary">{t('device.form.home')}</A></p>
    </section>
  );
}
