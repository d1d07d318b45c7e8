// One interview on the device, opened where it was left (the question it last showed, kept on the device): its
// questionnaire version, its unit, and the form.
// Another tab editing the same draft makes this one read-only, and it says so. A paper draft opens in paper
// keying mode; a practice interview carries its banner.
import { createEffect, createResource, createSignal, Show } from 'solid-js';
import { A, useNavigate, useParams } from '../router/router.tsx';
import { isEditableOnDevice } from '#shared/interview/lifecycle.ts';
import { appDb } from '../db/db.ts';
import { loadSurvey } from '../db/device-state.ts';
import { loadPosition, savePosition } from '../db/positions.ts';
import { useI18n } from '../i18n/context.tsx';
import { useSession } from '../session/context.tsx';
import { openDraftSession } from '../form/draft-session.ts';
import { compiledVersion, findVersion } from '../form/compiled.ts';
import { InterviewForm } from '../form/InterviewForm.tsx';
import { PracticeBanner } from '../entry/PracticeBanner.tsx';

export default function InterviewPage() {
  const { t } = useI18n();
  const session = useSession();
  const params = useParams<{ id: string }>();
  const accountId = session.me()?.account.id ?? 0;
  const draft = openDraftSession(appDb(), accountId, params.id);
  // undefined while it is read; null when this draft kept none.
  const [lastShown, setLastShown] = createSignal<string | null>();
  void loadPosition(appDb(), accountId, params.id).then((question) => setLastShown(question ?? null));
  const [survey] = createResource(() => draft.interview()?.surveySlug, (slug) => loadSurvey(appDb(), accountId, slug));
  const compiled = () => {
    const interview = draft.interview();
    const row = survey();
    const version = interview && row ? findVersion(row, interview.questionnaireVersion) : undefined;
    return version && compiledVersion(version);
  };
  const navigate = useNavigate();
  createEffect(() => {
    const i = draft.interview();
    if (i && i.entry === 'paper' && isEditableOnDevice(i.status, i.voided !== undefined)) {
      navigate(`/interviews/key/${i.surveySlug}/${i.unitNo}?id=${i.id}`, { replace: true });
    }
  });
  const unitName = () => survey()?.survey.units.find((u) => u.no === draft.interview()?.unitNo)?.name ?? '';

  return (
    <section class="interview" aria-labelledby="interview-title">
      <Show when={draft.interview() !== null} fallback={<p class="error" role="alert">{t('device.form.notFound')}</p>}>
        <Show when={draft.interview()}>
          {(interview) => (
            <>
              <h1 id="interview-title">
                {t('device.home.serial', { serial: interview().serial ?? '—' })}
                <small> · {t('device.home.unitLine', { no: interview().unitNo, name: unitName() })}</small>
              </h1>
              <PracticeBanner practice={interview().practice} />
              <Show when={draft.lease() === 'elsewhere'}>
                <p class="banner warn" role="status" data-lease="elsewhere">{t('device.form.readOnly')}</p>
              </Show>
              <Show when={draft.lease() === 'held' && draft.readOnly()}>
                <p class="banner note" role="status">{t('device.form.notEditable')}</p>
              </Show>
              <Show when={lastShown() !== undefined && compiled()} fallback={<p class="loading">{t('app.loading')}</p>}>
                {(ready) => (
                  <InterviewForm draft={draft} compiled={ready()} unitNo={interview().unitNo} unitName={unitName()}
                    resumeAt={lastShown() ?? undefined}
                    onPosition={(question) => void savePosition(appDb(), accountId, interview().id, question)} />
                )}
              </Show>
            </>
          )}
        </Show>
      </Show>
      <p><A href="/" class="button secondary">{t('device.form.home')}</A></p>
    </section>
  );
}
