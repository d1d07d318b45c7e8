// Starts a new interview for one assigned unit: the way of entering is chosen (face to face on a phone, or
// keying paper forms — the default where there is a fine pointer, i.e. a laptop), and whether it is practice.
// Interview mode types the serial here (the next unused one suggested, a used one refused) and opens the draft;
// paper keying opens the keying screen, where the serial is the form's first box.
import { createResource, createSignal, For, Show } from 'solid-js';
import { useNavigate, useParams } from '../router/router.tsx';
import { newInterviewId } from '#shared/interview/interview-id.ts';
import { isSerial } from '#shared/interview/serial.ts';
import { isSerialForUnit } from '#shared/interview/serial.ts';
import { serialInUse, suggestionRange, suggestSerial, usedSerials } from '#shared/entry/serial.ts';
import { appDb } from '../db/db.ts';
import { loadSurvey } from '../db/device-state.ts';
import { createDraft } from '../db/drafts.ts';
import { deviceInterviews, knownSerials } from '../entry/device-interviews.ts';
import { newestVersion, unitVariable } from '../form/compiled.ts';
import { useI18n } from '../i18n/context.tsx';
import { useSession } from '../session/context.tsx';
import { SaveStatus } from '../form/SaveStatus.tsx';
import type { SaveState } from '../form/draft-session.ts';
import { nowIso } from '../time.ts';

export default function NewInterviewPage() {
  const { t } = useI18n();
  const session = useSession();
  const navigate = useNavigate();
  const params = useParams<{ survey: string; unit: string }>();
  const accountId = session.me()?.account.id ?? 0;
  const [setup] = createResource(async () => {
    const db = appDb();
    const unitNo = params.unit; // read before any await: the route's params are not to be trusted after one
    const [row, others, known, device] = await Promise.all([
      loadSurvey(db, accountId, params.survey), deviceInterviews(db, params.survey), knownSerials(db, accountId, params.survey),
      db.devices.get(accountId),
    ]);
    const unit = row?.survey.units.find((u) => u.no === unitNo);
    return { row, unit, others, known, device, version: row && newestVersion(row) };
  });
  const laptop = typeof matchMedia === 'function' && matchMedia('(pointer: fine)').matches;
  const [mode, setMode] = createSignal<'interview' | 'paper'>(laptop ? 'paper' : 'interview');
  const [practice, setPractice] = createSignal(false);
  const [serial, setSerial] = createSignal<string>();
  const [problem, setProblem] = createSignal<string>();
  const [saveState, setSaveState] = createSignal<SaveState>('saved');
  // The next serial free on this device, among the forms it sent and on the server at the last sync (issue 16).
  const taken = () => ({ practice: practice(), known: setup()?.known ?? [] });
  const shownSerial = () => serial()
    ?? suggestSerial(params.unit, usedSerials(params.survey, setup()?.others ?? [], taken()), undefined,
      suggestionRange(setup()?.row?.survey ?? {}, params.unit)) ?? '';

  const start = async (event: SubmitEvent) => {
    event.preventDefault();
    const ready = setup();
    if (!ready?.version || !ready.unit || !ready.device) return;
    if (mode() === 'paper') return navigate(`/interviews/key/${params.survey}/${params.unit}${practice() ? '?practice=1' : ''}`);
    const typed = shownSerial().trim();
    if (!isSerial(typed)) return setProblem(t('device.new.badSerial'));
    const inUse = serialInUse(typed, params.survey, ready.others, taken());
    if (inUse) return setProblem(t(inUse.code, inUse.params));
    setProblem(undefined);
    const id = newInterviewId();
    const result = await createDraft(appDb(), {
      id, accountId, deviceId: ready.device.deviceId, surveySlug: params.survey, questionnaireVersion: ready.version.version,
      unitNo: params.unit, serial: typed, unitVariable: unitVariable(ready.version), practice: practice(),
    }, nowIso());
    if (!result.ok) return setSaveState(result.reason);
    navigate(`/interviews/${id}`, { replace: true });
  };

  return (
    <section class="new-interview">
      <h1>{t('device.new.title')}</h1>
      <Show when={setup()} fallback={<p class="loading">{t('app.loading')}</p>}>
        {(ready) => (
          <Show when={ready().unit} fallback={<p class="error" role="alert">{t('device.new.notAssigned')}</p>}>
            {(unit) => (
              <Show when={ready().version} fallback={<p class="error" role="alert">{t('device.new.noVersion')}</p>}>
                <form class="stack" onSubmit={(event) => void start(event)}>
                  <p><strong>{t('device.new.unit')}:</strong> {t('device.home.unitLine', { no: unit().no, name: unit().name })}</p>
                  <fieldset class="question">
                    <legend>{t('entry.new.mode')}</legend>
                    <div class="choices">
                      <For each={['paper', 'interview'] as const}>
                        {(value) => (
                          <label class="choice" for={`mode-${value}`}>
                            <input type="radio" id={`mode-${value}`} name="mode" value={value} checked={mode() === value}
                              onChange={() => setMode(value)} />
                            <span>{t(`entry.new.mode_${value}`)}</span>
                          </label>
                        )}
                      </For>
                    </div>
                  </fieldset>
                  <label class="choice" for="practice">
                    <input type="checkbox" id="practice" name="practice" checked={practice()} onChange={(e) => setPractice(e.currentTarget.checked)} />
                    <span>{t('entry.new.practice')}</span>
                  </label>
                  <Show when={mode() === 'interview'} fallback={<p class="hint">{t('entry.new.paper_serial')}</p>}>
                  <label for="serial">{t('device.new.serial')}</label>
                  <input id="serial" name="serial" inputmode="numeric" autocomplete="off" required value={shownSerial()}
                    aria-describedby="serial-hint serial-problem" onInput={(event) => setSerial(event.currentTarget.value)} />
                  <p id="serial-hint" class="hint">{t('device.new.serialHint', { example: `${unit().no}01` })}</p>
                  <div id="serial-problem">
                    <Show when={problem()}>{(text) => <p class="error" role="alert">{text()}</p>}</Show>
                    <Show when={!problem() && shownSerial() !== '' && !isSerialForUnit(shownSerial().trim(), unit().no)}>
                      <p class="banner warn">{t('device.new.serialOtherUnit', { serial: shownSerial(), unit: unit().no })}</p>
                    </Show>
                  </div>
                  </Show>
                  <Show when={saveState() !== 'saved'}><SaveStatus state={saveState()} onRetry={() => setSaveState('saved')} /></Show>
                  <button type="submit">{t('device.new.start')}</button>
                </form>
              </Show>
            )}
          </Show>
        )}
      </Show>
    </section>
  );
}
