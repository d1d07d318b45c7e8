// The survey's settings: title, slug (suggested from the title until edited), purpose, a window per mode (whole
// days, or days and times), minimum age and its question, days synced answers stay on devices, double keying,
// the "too short" threshold. A refusal is shown beside its field.
import { createSignal, For, Show } from 'solid-js';
import { suggestSlug } from '#shared/survey/slug.ts';
import type { SurveySettings } from '#shared/survey/settings.ts';
import type { SurveyMode } from '#shared/survey/survey.ts';
import { DateField } from '../components/DateField.tsx';
import { useI18n } from '../i18n/context.tsx';
import { draftOf, emptyDraft, settingsOf, type SettingsDraft } from './survey-form.ts';
import { useFieldErrors } from './field-errors.tsx';

const MODES: readonly SurveyMode[] = ['direct', 'online'];

export function SurveySettingsForm(props: { settings?: SurveySettings; onSave: (settings: SurveySettings) => Promise<unknown> }) {
  const { t } = useI18n();
  const [draft, setDraft] = createSignal<SettingsDraft>(props.settings ? draftOf(props.settings) : emptyDraft());
  const [slugTyped, setSlugTyped] = createSignal(props.settings !== undefined);
  const errors = useFieldErrors();
  const set = (changes: Partial<SettingsDraft>) => setDraft({ ...draft(), ...changes });
  const setWindow = (mode: SurveyMode, changes: Partial<SettingsDraft['windows'][SurveyMode]>) =>
    set({ windows: { ...draft().windows, [mode]: { ...draft().windows[mode], ...changes } } });
  const submit = async (e: Event) => {
    e.preventDefault();
    await errors.run(() => props.onSave(settingsOf(draft())));
  };
  return (
    <form class="survey-settings" onSubmit={(e) => void submit(e)}>
      <label>{t('survey.field.title')}
        <input name="title" value={draft().title} onInput={(e) => {
          const title = e.currentTarget.value;
          set(slugTyped() ? { title } : { title, slug: suggestSlug(title) });
        }} />
        {errors.beside('title')}
      </label>
      <label>{t('survey.field.slug')}
        <input name="slug" value={draft().slug} onInput={(e) => { setSlugTyped(true); set({ slug: e.currentTarget.value }); }} />
        {errors.beside('slug')}
      </label>
      <label>{t('survey.field.purpose')}
        <textarea name="purpose" value={draft().purpose} onInput={(e) => set({ purpose: e.currentTarget.value })} />
      </label>
      <fieldset>
        <legend>{t('survey.field.modes')}</legend>
        <For each={MODES}>
          {(mode) => (
            <div class="mode" data-mode={mode}>
              <label class="choice">
                <input type="checkbox" checked={draft().modes.includes(mode)} onChange={(e) => set({
                  modes: e.currentTarget.checked ? MODES.filter((m) => m === mode || draft().modes.includes(m)) : draft().modes.filter((m) => m !== mode),
                })} />
                {t(`survey.mode.${mode}`)}
              </label>
              <Show when={draft().modes.includes(mode)}>
                <label class="choice">
                  <input type="checkbox" checked={draft().windows[mode].wholeDays}
                    onChange={(e) => setWindow(mode, { wholeDays: e.currentTarget.checked, start: '', end: '' })} />
                  {t('survey.field.wholeDays')}
                </label>
                <Show when={draft().windows[mode].wholeDays} keyed fallback={
                  <>
                    <DateField time label={t(`survey.field.start.${mode}`)} value={draft().windows[mode].start} onChange={(v) => setWindow(mode, { start: v })} error={errors.text(`windows.${mode}.start`)} />
                    <DateField time label={t(`survey.field.end.${mode}`)} value={draft().windows[mode].end} onChange={(v) => setWindow(mode, { end: v })} error={errors.text(`windows.${mode}.end`) ?? errors.text(`windows.${mode}`)} />
                  </>
                }>
                  <DateField label={t(`survey.field.firstDay.${mode}`)} value={draft().windows[mode].start.slice(0, 10)} onChange={(v) => setWindow(mode, { start: v })} error={errors.text(`windows.${mode}.start`)} />
                  <DateField label={t(`survey.field.lastDay.${mode}`)} value={draft().windows[mode].end.slice(0, 10)} onChange={(v) => setWindow(mode, { end: v })} error={errors.text(`windows.${mode}.end`) ?? errors.text(`windows.${mode}`)} />
                </Show>
              </Show>
            </div>
          )}
        </For>
      </fieldset>
      <label>{t('survey.field.minAge')}
        <input name="minAge" inputmode="numeric" value={draft().minAgeYears} onInput={(e) => set({ minAgeYears: e.currentTarget.value })} />
      </label>
      <label>{t('survey.field.ageVariable')}
        <input name="ageVariable" value={draft().minAgeVariable} onInput={(e) => set({ minAgeVariable: e.currentTarget.value })} />
        {errors.beside('minAge.variable')}
      </label>
      <label>{t('survey.field.keepSyncedDays')}
        <input name="keepSyncedDays" inputmode="numeric" value={draft().keepSyncedDays} onInput={(e) => set({ keepSyncedDays: e.currentTarget.value })} />
      </label>
      <label class="choice">
        <input type="checkbox" name="doubleKeying" checked={draft().doubleKeying} onChange={(e) => set({ doubleKeying: e.currentTarget.checked })} />
        {t('survey.field.doubleKeying')}
      </label>
      <label>{t('survey.field.tooShort')}
        <input name="tooShort" inputmode="numeric" value={draft().tooShortMinutes} onInput={(e) => set({ tooShortMinutes: e.currentTarget.value })} />
      </label>
      <label>{t('survey.field.officeName')}
        <input name="officeName" value={draft().officeName} onInput={(e) => set({ officeName: e.currentTarget.value })} />
      </label>
      <label>{t('survey.field.onlineGrace')}
        <input name="onlineGrace" inputmode="numeric" value={draft().onlineGraceMinutes} onInput={(e) => set({ onlineGraceMinutes: e.currentTarget.value })} />
      </label>
      {errors.unplaced(['title', 'slug', 'minAge.variable', 'windows.'])}
      <button type="submit">{t('survey.save')}</button>
    </form>
  );
}
