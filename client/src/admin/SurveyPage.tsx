// One survey's setup (/admin/surveys/:slug; "new" makes one): its state and lifecycle actions, settings, units
// and quotas, and its questionnaire (copy a template into a draft, publish a draft).
import { createResource, createSignal, For, Show } from 'solid-js';
import type { AdminSurvey } from '#shared/api/survey-admin.ts';
import { A, navigate, useParams } from '../router/router.tsx';
import { ErrorNotice } from '../components/ErrorNotice.tsx';
import { useI18n } from '../i18n/context.tsx';
import { useFieldErrors } from './field-errors.tsx';
import { SurveySettingsForm } from './SurveySettingsForm.tsx';
import { SurveyUnits } from './SurveyUnits.tsx';
import {
  archiveSurvey, closeSurvey, copyTemplate, copyVersion, createSurvey, saveManagers, listTemplates, loadAdminSurvey, openSurvey, publishVersion, saveSettings,
} from './survey-admin-api.ts';

export default function SurveyPage() {
  const { t } = useI18n();
  const params = useParams<{ slug: string }>();
  return (
    <Show when={params.slug !== 'new'} fallback={
      <section>
        <h1>{t('survey.new')}</h1>
        <SurveySettingsForm onSave={async (settings) => navigate(`/admin/surveys/${(await createSurvey(settings)).survey.slug}`)} />
      </section>
    }>
      <ExistingSurvey slug={params.slug} />
    </Show>
  );
}

function ExistingSurvey(props: { slug: string }) {
  const { t } = useI18n();
  const [detail, { mutate, refetch }] = createResource(() => props.slug, loadAdminSurvey);
  const update = (next: AdminSurvey) => {
    mutate(next);
    if (next.survey.slug !== props.slug) navigate(`/admin/surveys/${next.survey.slug}`, { replace: true });
  };
  return (
    <Show when={!detail.error} fallback={<ErrorNotice error={detail.error as unknown} onRetry={() => void refetch()} />}>
      <Show when={detail()} fallback={<p class="loading">{t('app.loading')}</p>}>
        {(d) => (
          <section class="survey-setup" data-state={d().state}>
            <h1>{d().survey.title}</h1>
            <Lifecycle detail={d()} onChange={update} />
            <h2>{t('survey.settings')}</h2>
            <SurveySettingsForm settings={d().settings} onSave={async (settings) => update(await saveSettings(d().survey.slug, settings))} />
            <SurveyUnits detail={d()} onChange={update} />
            <Questionnaire detail={d()} onChange={() => void refetch()} />
            <Managers detail={d()} onChange={update} />
          </section>
        )}
      </Show>
    </Show>
  );
}

function Lifecycle(props: { detail: AdminSurvey; onChange: (detail: AdminSurvey) => void }) {
  const { t } = useI18n();
  const errors = useFieldErrors();
  const [answers, setAnswers] = createSignal<'keep' | 'anonymise' | 'delete'>('keep');
  const [exported, setExported] = createSignal(false);
  const slug = () => props.detail.survey.slug;
  const act = (action: () => Promise<AdminSurvey>) => void errors.run(async () => props.onChange(await action()));
  return (
    <div class="lifecycle">
      <p data-figure="state">{t('survey.col.state')}: <strong>{t(`survey.state.${props.detail.state}`)}</strong></p>
      <Show when={props.detail.state === 'draft' || props.detail.state === 'closed'}>
        <button type="button" onClick={() => act(() => openSurvey(slug()))}>{t('survey.action.open')}</button>
      </Show>
      <Show when={props.detail.state === 'open'}>
        <button type="button" onClick={() => act(() => closeSurvey(slug()))}>{t('survey.action.close')}</button>
      </Show>
      <Show when={props.detail.state === 'closed'}>
        <fieldset>
          <legend>{t('survey.action.archive')}</legend>
          <For each={['keep', 'anonymise', 'delete'] as const}>
            {(choice) => (
              <label class="choice">
                <input type="radio" name="answers" checked={answers() === choice} onChange={() => setAnswers(choice)} />
                {t(`survey.archive.${choice}`)}
              </label>
            )}
          </For>
          <label class="choice"><input type="checkbox" checked={exported()} onChange={(e) => setExported(e.currentTarget.checked)} />{t('survey.archive.exported')}</label>
          <button type="button" onClick={() => act(() => archiveSurvey(slug(), answers(), exported()))}>{t('survey.action.archive')}</button>
        </fieldset>
      </Show>
      {errors.unplaced([])}
    </div>
  );
}

function Questionnaire(props: { detail: AdminSurvey; onChange: () => void }) {
  const { t } = useI18n();
  const [templates] = createResource(listTemplates);
  const [template, setTemplate] = createSignal('');
  const errors = useFieldErrors();
  const slug = () => props.detail.survey.slug;
  const chosen = () => template() || templates()?.[0]?.id || '';
  const [fromSurvey, setFromSurvey] = createSignal('');
  const [fromVersion, setFromVersion] = createSignal('1');
  return (
    <section class="questionnaire">
      <h2>{t('survey.questionnaire')}</h2>
      <ul class="versions">
        <For each={props.detail.versions} fallback={<li>{t('survey.versions.none')}</li>}>
          {(v) => (
            <li data-version={v.version} data-status={v.status}>
              {t('survey.version', { version: v.version, status: t(`survey.versionStatus.${v.status}`) })}
              {' '}<A href={`/admin/surveys/${slug()}/questionnaire/${v.version}`}>{t(v.status === 'draft' ? 'survey.action.editVersion' : 'survey.action.viewVersion')}</A>
              <Show when={v.status === 'draft'}>
                {' '}<button type="button" onClick={() => void errors.run(async () => { await publishVersion(slug(), v.version); props.onChange(); })}>{t('survey.action.publish')}</button>
              </Show>
              {' '}<a href={`/api/admin/surveys/${encodeURIComponent(slug())}/versions/${v.version}/xlsform`}>{t('xlsformPage.export', { version: v.version })}</a>
            </li>
          )}
        </For>
      </ul>
      <p class="questionnaire-links">
        <A href={`/admin/surveys/${slug()}/xlsform`}>{t('xlsformPage.title')}</A>{' · '}<A href={`/admin/surveys/${slug()}/print`}>{t('print.title')}</A>
      </p>
      <label>{t('survey.templates')}
        <select name="template" value={chosen()} onChange={(e) => setTemplate(e.currentTarget.value)}>
          <For each={templates() ?? []}>{(tpl) => <option value={tpl.id}>{tpl.title}</option>}</For>
        </select>
      </label>
      <button type="button" onClick={() => void errors.run(async () => { await copyTemplate(slug(), chosen()); props.onChange(); })}>{t('survey.action.copyTemplate')}</button>
      <fieldset class="copy-version">
        <legend>{t('survey.copyVersion')}</legend>
        <label>{t('survey.copyVersion.survey')}<input name="fromSurvey" value={fromSurvey()} onInput={(e) => setFromSurvey(e.currentTarget.value)} /></label>
        <label>{t('survey.copyVersion.version')}<input name="fromVersion" inputmode="numeric" value={fromVersion()} onInput={(e) => setFromVersion(e.currentTarget.value)} /></label>
        <button type="button" onClick={() => void errors.run(async () => { await copyVersion(slug(), fromSurvey().trim(), Number(fromVersion())); props.onChange(); })}>
          {t('survey.action.copyVersion')}
        </button>
      </fieldset>
      {errors.unplaced([])}
    </section>
  );
}

/** Admin accounts that work on this survey only (with any other survey they manage); the others see every survey. */
function Managers(props: { detail: AdminSurvey; onChange: (detail: AdminSurvey) => void }) {
  const { t } = useI18n();
  const errors = useFieldErrors();
  const toggle = (id: number, on: boolean) => {
    const ids = props.detail.managers.filter((m) => (m.id === id ? on : m.manages)).map((m) => m.id);
    void errors.run(async () => props.onChange(await saveManagers(props.detail.survey.slug, ids)));
  };
  return (
    <Show when={props.detail.managers.length > 0}>
      <fieldset class="managers">
        <legend>{t('survey.managers')}</legend>
        <For each={props.detail.managers}>
          {(m) => (
            <label class="choice">
              <input type="checkbox" checked={m.manages} onChange={(e) => toggle(m.id, e.currentTarget.checked)} />
              {m.displayName} ({m.username})
            </label>
          )}
        </For>
        {errors.unplaced([])}
      </fieldset>
    </Show>
  );
}
