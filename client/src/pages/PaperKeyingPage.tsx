// Paper keying for one unit: a stack of paper forms keyed one after another (?practice=1 for the training
// day), or one paper draft resumed (?id=…, optionally ?slot=… from a problem link of the review).
import { createEffect, createResource, createSignal, For, Show } from 'solid-js';
import { A, useParams, useSearchParams } from '../router/router.tsx';
import { formatDateTime, surveyDay } from '#shared/i18n/format.ts';
import { displayDate } from '#shared/entry/read-date.ts';
import { isEditableOnDevice } from '#shared/interview/lifecycle.ts';
import { appDb } from '../db/db.ts';
import { loadSurvey } from '../db/device-state.ts';
import { loadInterview } from '../db/interviews.ts';
import { compiledVersion, findVersion, newestVersion, unitVariable } from '../form/compiled.ts';
import { SaveStatus } from '../form/SaveStatus.tsx';
import { readSetting, writeSetting, isTrue } from '../db/settings.ts';
import { deviceInterviews, knownSerials, lastPaperFooter, paperFormsFinishedOn } from '../entry/device-interviews.ts';
import { loadSent } from '../db/sent.ts';
import { openKeyingSession } from '../entry/keying-session.ts';
import { PaperKeyer } from '../entry/PaperKeyer.tsx';
import { PracticeBanner } from '../entry/PracticeBanner.tsx';
import { ReviewView } from '../entry/ReviewView.tsx';
import { progressOf } from '../entry/slot-view.ts';
import VerifyView from '../entry/VerifyView.tsx';
import { nowIso } from '../time.ts';
import { useI18n } from '../i18n/context.tsx';
import { useSession } from '../session/context.tsx';

/** The clerk's setting on this device: a verify screen after each form's last box (off by default). */
const VERIFY_SETTING = 'verifyKeyedForms';

export default function PaperKeyingPage() {
  const { t } = useI18n();
  const session = useSession();
  const params = useParams<{ survey: string; unit: string }>();
  const [search, setSearch] = useSearchParams<{ id?: string; slot?: string; practice?: string }>();
  const accountId = session.me()?.account.id ?? 0;
  const resumeId = search.id;
  const focusOn = search.slot;
  const [setup] = createResource(async () => {
    const db = appDb();
    const unitNo = params.unit; // read before any await (see NewInterviewPage)
    const [row, device, others, footer, resume, verify, today, known, sent] = await Promise.all([
      loadSurvey(db, accountId, params.survey), db.devices.get(accountId), deviceInterviews(db, params.survey),
      lastPaperFooter(db, accountId, params.survey), resumeId ? loadInterview(db, accountId, resumeId) : Promise.resolve(undefined),
      readSetting(db, VERIFY_SETTING, isTrue), paperFormsFinishedOn(db, accountId, params.survey, surveyDay(nowIso())),
      knownSerials(db, accountId, params.survey), resumeId ? loadSent(db, accountId, resumeId) : Promise.resolve(undefined),
    ]);
    const version = row && (resume ? findVersion(row, resume.questionnaireVersion) : newestVersion(row));
    const unit = row?.survey.units.find((u) => u.no === unitNo);
    return { row, device, others, footer, resume, version, unit, verify: verify ?? false, today, known, ownSerial: sent?.serial };
  });

  return (
    <section class="paper-keying" aria-labelledby="keying-title">
      <Show when={setup()} fallback={<p class="loading">{t('app.loading')}</p>}>
        {(ready) => (
          <Show when={ready().row && ready().unit && ready().version && ready().device ? ready() : undefined}
            fallback={<p class="error" role="alert">{t('device.new.notAssigned')}</p>}>
            {(kit) => {
              const resume = kit().resume;
              const practice = resume ? resume.practice : search.practice === '1';
              const year = Number(kit().row!.survey.fieldWindow.start.slice(0, 4));
              const compiled = compiledVersion(kit().version!);
              if (resume && !isEditableOnDevice(resume.status, resume.voided !== undefined)) {
                return <p class="banner note" role="status">{t('device.form.notEditable')} <A href={`/interviews/${resume.id}/review`}>{t('entry.review.open')}</A></p>;
              }
              // Double keying: the clerk marks the stack as a second keying; a resumed draft keeps its own mark.
              const [second, setSecond] = createSignal(resume?.secondKeying === true);
              const keying = openKeyingSession({
                db: appDb(), accountId, deviceId: kit().device!.deviceId, surveySlug: kit().row!.slug, unitNo: kit().unit!.no, year,
                compiled, unitVariable: unitVariable(kit().version!), practice, others: kit().others, footer: kit().footer,
                unit: kit().unit!, serialRanges: kit().row!.survey.serialRanges, verify: kit().verify,
                known: kit().known, ownSerial: kit().ownSerial, second,
              }, resume, focusOn);
              const [allShown, showAll] = createSignal(false);
              const [verify, setVerify] = createSignal(kit().verify);
              const progress = () => ({
                ...progressOf(compiled, keying.state().slot), form: kit().today + keying.finished().length + 1,
              });
              const toggleVerify = (on: boolean) => {
                setVerify(on);
                keying.setVerify(on);
                void writeSetting(appDb(), VERIFY_SETTING, on);
              };
              // The address names the draft being keyed, so a reload comes back to it.
              createEffect(() => setSearch({ id: keying.draftId(), slot: undefined }, { replace: true }));
              return (
                <>
                  <h1 id="keying-title">
                    {t('entry.keyer.title')}
                    <small> · {t('device.home.unitLine', { no: kit().unit!.no, name: kit().unit!.name })}</small>
                  </h1>
                  <PracticeBanner practice={practice} />
                  <p class="keying-progress">
                    <span>{t('entry.keyer.progress', progress())}</span>
                    <label class="keying-setting"><input type="checkbox" checked={verify()}
                      onChange={(event) => toggleVerify(event.currentTarget.checked)} /> {t('entry.verify.setting')}</label>
                    <Show when={kit().row!.survey.doubleKeying && !resume}>
                      <label class="keying-setting"><input type="checkbox" checked={second()}
                        onChange={(event) => setSecond(event.currentTarget.checked)} /> {t('entry.second.setting')}</label>
                    </Show>
                  </p>
                  <Show when={second()}><p class="banner note" role="status">{t('entry.second.notice')}</p></Show>
                  <PaperKeyer session={keying} compiled={compiled} unitNo={kit().unit!.no} unitName={kit().unit!.name} year={year} />
                  <Show when={verify() && keying.state().slot === null && !keying.state().done && !keying.review()}>
                    <VerifyView state={keying.state()} compiled={compiled} unitNo={kit().unit!.no} year={year} />
                  </Show>
                  <Show when={keying.review()}>
                    {(review) => (
                      <ReviewView autofocus review={review()} hrefOf={(p) => `#key-${p.slot}`} onProblem={(p) => keying.focus(p.slot)} />
                    )}
                  </Show>
                  <Show when={keying.finished().length > 0}>
                    <section class="keyed-forms" aria-labelledby="keyed-title">
                      <h2 id="keyed-title">{t('entry.keyer.finishedCount', { count: keying.finished().length })}
                        <Show when={keying.finished().length > 3}>
                          {' '}<button type="button" class="link" aria-expanded={allShown()} onClick={() => showAll(!allShown())}>
                            {t('entry.keyer.showAll')}</button>
                        </Show>
                      </h2>
                      <ul aria-live="polite">
                        <For each={allShown() ? keying.finished() : keying.finished().slice(0, 3)}>
                          {(form) => (
                            <li data-serial={form.serial}>
                              <span>{t('entry.keyer.finishedLine', {
                                serial: form.serial, date: displayDate(form.interviewDate), at: formatDateTime(form.finishedAt),
                              })}</span>{' '}
                              <A href={`/interviews/${form.id}/review`}>{t('entry.review.open')}</A>
                              <For each={form.notices}>{(notice) => <p class="notice">{t(notice.code, notice.params)}</p>}</For>
                            </li>
                          )}
                        </For>
                      </ul>
                    </section>
                  </Show>
                  <SaveStatus state={keying.saveState()} onRetry={keying.retry} />
                </>
              );
            }}
          </Show>
        )}
      </Show>
      <p><A href="/" class="button secondary">{t('device.form.home')}</A></p>
    </section>
  );
}
