// The questionnaire builder (/admin/surveys/:slug/questionnaire/:version): the draft's sections and questions
// edited in place on the left, a live preview in both entry modes on the right; undo/redo (Ctrl+Z, Ctrl+Y);
// saved on the server as the admin types; the engine's check beside each question; what changed since the
// published version; publish. A published version is shown read-only, with a way to start a new draft from it.
import { createResource, createSignal, For, onCleanup, onMount, Show } from 'solid-js';
import type { QuestionnaireDraft } from '#shared/api/questionnaires.ts';
import type { AdminSurvey } from '#shared/api/survey-admin.ts';
import { diffVersions } from '#shared/authoring/diff.ts';
import type { NewWords } from '#shared/authoring/draft-edits.ts';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { useI18n } from '../../i18n/context.tsx';
import { A, navigate, useParams } from '../../router/router.tsx';
import { useLeaveGuard } from '../../router/leave-guard.ts';
import { useFieldErrors } from '../field-errors.tsx';
import { loadAdminSurvey } from '../questionnaire/questionnaire-api.ts';
import { publishVersion } from '../survey-admin-api.ts';
import { draftFrom, draftStore } from './builder-api.ts';
import { BuilderContext, useBuilder } from './builder-context.ts';
import { createBuilderSession, type DraftStore } from './builder-session.ts';
import { Preview } from './Preview.tsx';
import { SaveBar } from './SaveBar.tsx';
import { SectionList } from './SectionList.tsx';
import './builder.css';

export default function BuilderPage() {
  const { t } = useI18n();
  const params = useParams<{ slug: string; version: string }>();
  const store = () => draftStore(params.slug, Number(params.version));
  const [loaded, { refetch }] = createResource(() => [params.slug, params.version] as const, async ([slug]) => {
    const [survey, draft] = await Promise.all([loadAdminSurvey(slug), store().load()]);
    return { survey, draft };
  });
  return (
    <Show when={!loaded.error} fallback={<ErrorNotice error={loaded.error as unknown} onRetry={() => void refetch()} />}>
      <Show when={loaded()} keyed fallback={<p class="loading">{t('app.loading')}</p>}>
        {(l) => (
          <Show when={l.draft.version.status === 'draft'} fallback={<ReadOnly survey={l.survey} draft={l.draft} />}>
            <Builder survey={l.survey} loaded={l.draft} store={store()} />
          </Show>
        )}
      </Show>
    </Show>
  );
}

function Builder(props: { survey: AdminSurvey; loaded: QuestionnaireDraft; store: DraftStore }) {
  const { t } = useI18n();
  const words: NewWords = {
    question: t('builder.new.question'), option: (n) => t('builder.new.option', { n }), row: (n) => t('builder.new.row', { n }), section: t('builder.new.section'),
  };
  const session = createBuilderSession(props.loaded, props.store);
  const [open, setOpen] = createSignal<string>();
  const errors = useFieldErrors();
  useLeaveGuard(() => session.dirty());
  const year = () => Number(props.survey.survey.fieldWindow.start.slice(0, 4));
  const published = () => props.survey.versions.filter((v) => v.status === 'published').at(-1)?.version;

  // Ctrl+Z / Ctrl+Y (and Ctrl+Shift+Z) undo and redo the builder's edits, also while a field has focus: each
  // field shows the draft, so the browser's own undo of one field would disagree with it.
  const onKey = (event: KeyboardEvent) => {
    if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
    const key = event.key.toLowerCase();
    if (key === 'z' && !event.shiftKey) session.undo();
    else if (key === 'y' || (key === 'z' && event.shiftKey)) session.redo();
    else return;
    event.preventDefault();
  };
  onMount(() => window.addEventListener('keydown', onKey));
  onCleanup(() => window.removeEventListener('keydown', onKey));

  const publish = () => void errors.run(async () => {
    await publishVersion(props.survey.survey.slug, session.draft().version);
    navigate(`/admin/surveys/${props.survey.survey.slug}`);
  });

  return (
    <BuilderContext.Provider value={{ session, words }}>
      <section class="builder">
        <header class="builder-bar">
          <h1>{t('builder.title', { version: session.draft().version })}</h1>
          <p class="muted">{props.survey.survey.title}</p>
          <div class="builder-actions">
            <button type="button" class="secondary" disabled={!session.canUndo()} onClick={() => session.undo()}>{t('builder.undo')}</button>
            <button type="button" class="secondary" disabled={!session.canRedo()} onClick={() => session.redo()}>{t('builder.redo')}</button>
            <SaveBar />
            <button type="button" disabled={session.problems().length > 0 || session.blanks().length > 0 || session.saveState() !== 'saved'} onClick={publish}>
              {t('survey.action.publish')}
            </button>
            <A href={`/admin/surveys/${props.survey.survey.slug}`}>{t('builder.back')}</A>
          </div>
          <Show when={session.problems().length > 0}>
            <p class="issues" role="status">{t('builder.problemsBeforePublish', { count: session.problems().length })}</p>
          </Show>
          {errors.unplaced([])}
        </header>
        <Show when={published()}>
          {(version) => <Changes survey={props.survey} since={version()} draft={session.draft()} />}
        </Show>
        <div class="builder-columns">
          <div class="builder-editor">
            <FieldProblemsOfDraft />
            <SectionList open={open()} onOpen={setOpen} />
          </div>
          <Preview draft={session.draft()} year={year()} />
        </div>
      </section>
    </BuilderContext.Provider>
  );
}

/** Problems about the whole draft (no questions at all), which have no question to sit beside. */
function FieldProblemsOfDraft() {
  const { t } = useI18n();
  const { session } = useBuilder();
  const general = () => session.problems().filter((p) => p.question === undefined && !p.field.startsWith('sections.'));
  return <For each={general()}>{(p) => <p class="issues">{t(p.code, p.params)}</p>}</For>;
}

/** What changed since the published version, question by question. */
function Changes(props: { survey: AdminSurvey; since: number; draft: QuestionnaireDraft['version'] }) {
  const { t } = useI18n();
  const [before] = createResource(() => props.since, (version) => draftStore(props.survey.survey.slug, version).load());
  const changes = () => { const b = before(); return b ? diffVersions(b.version, props.draft) : []; };
  return (
    <details class="builder-changes">
      <summary>{t('builder.changes', { version: props.since, count: changes().length })}</summary>
      <ul>
        <For each={changes()} fallback={<li>{t('builder.changes.none')}</li>}>
          {(c) => (
            <li data-change={c.change}>
              <strong>{c.paperNumber}</strong> ({c.variable}): {t(`builder.change.${c.change}`)}
              <Show when={c.change === 'changed' ? c.parts : undefined}>
                {(parts) => <> — {parts().map((part) => t(`builder.part.${part}`)).join(', ')}</>}
              </Show>
            </li>
          )}
        </For>
      </ul>
    </details>
  );
}

function ReadOnly(props: { survey: AdminSurvey; draft: QuestionnaireDraft }) {
  const { t } = useI18n();
  const errors = useFieldErrors();
  const slug = () => props.survey.survey.slug;
  const makeDraft = () => void errors.run(async () => {
    const version = await draftFrom(slug(), props.draft.version.version);
    navigate(`/admin/surveys/${slug()}/questionnaire/${version}`);
  });
  return (
    <section class="builder">
      <header class="builder-bar">
        <h1>{t('builder.title', { version: props.draft.version.version })}</h1>
        <p>{t('builder.readOnly', { status: t(`survey.versionStatus.${props.draft.version.status}`) })}</p>
        <button type="button" onClick={makeDraft}>{t('builder.newDraft')}</button>
        <A href={`/admin/surveys/${slug()}`}>{t('builder.back')}</A>
        {errors.unplaced([])}
      </header>
      <Preview draft={props.draft.version} year={Number(props.survey.survey.fieldWindow.start.slice(0, 4))} />
    </section>
  );
}
