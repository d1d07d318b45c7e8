// Starts a new interview for one assigned unit: the unit is given, the paper serial typed (the next unused one
// suggested), then the draft is created on the newest published version and opened.
import { createResource, createSignal, Show } from 'solid-js';
import { useNavigate, useParams } from '@solidjs/router';
import { SerialSchema } from '#shared/interview/schema.ts';
import { isSerialForUnit, suggestNextSerial } from '#shared/interview/serial.ts';
import { appDb } from '../db/db.ts';
import { loadSurvey } from '../db/device-state.ts';
import { createDraft } from '../db/drafts.ts';
import { usedSerials } from '../db/interviews.ts';
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
    const [row, used, device] = await Promise.all([
      loadSurvey(db, accountId, params.survey), usedSerials(db, params.survey, params.unit), db.devices.get(accountId),
    ]);
    const unit = row?.survey.units.find((u) => u.no === params.unit);
    return { row, unit, used, device, version: row && newestVersion(row) };
  });
  const [serial, setSerial] = createSignal<string>();
  const [problem, setProblem] = createSignal<string>();
  const [saveState, setSaveState] = createSignal<SaveState>('saved');
  const shownSerial = () => serial() ?? suggestNextSerial(params.unit, setup()?.used ?? []) ?? '';

  const start = async (event: SubmitEvent) => {
    event.preventDefault();
    const ready = setup();
    if (!ready?.version || !ready.unit || !ready.device) return;
    const typed = shownSerial().trim();
    if (!SerialSchema.safeParse(typed).success) return setProblem(t('device.new.badSerial'));
    if (ready.used.includes(typed)) return setProblem(t('device.new.serialUsed', { serial: typed }));
    setProblem(undefined);
    const id = crypto.randomUUID();
    const result = await createDraft(appDb(), {
      id, accountId, deviceId: ready.device.deviceId, surveySlug: params.survey, questionnaireVersion: ready.version.version,
      unitNo: params.unit, serial: typed, unitVariable: unitVariable(ready.version),
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
