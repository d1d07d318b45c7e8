// One admin editing one draft version: the edit history (undo/redo), the engine's check as they type, and saving
// on the server a moment after the last edit, from the revision last loaded. A save refused as stale stops the
// saving and keeps every edit on screen: the admin then takes the newer draft or puts theirs over it.
import { createMemo, createSignal, onCleanup, type Accessor } from 'solid-js';
import type { QuestionnaireDraft } from '#shared/api/questionnaires.ts';
import { blankLabels, type BlankLabel } from '#shared/authoring/blank-labels.ts';
import { canRedo, canUndo, record, redo, startHistory, undo, type History } from '#shared/authoring/edit-history.ts';
import { checkDefinition, type DefinitionError } from '#shared/survey/check-definition.ts';
import type { QuestionnaireVersion } from '#shared/survey/questionnaire.ts';
import { isProblem } from '../../api/http.ts';

export type SaveState = 'saved' | 'waiting' | 'saving' | 'blank' | 'stale' | 'failed';

export type DraftStore = {
  load: () => Promise<QuestionnaireDraft>;
  save: (definition: QuestionnaireVersion, revision: number) => Promise<QuestionnaireDraft>;
};

export type BuilderSession = {
  draft: Accessor<QuestionnaireVersion>;
  edit: (change: (draft: QuestionnaireVersion) => QuestionnaireVersion, mergeKey?: string) => void;
  undo: () => void;
  redo: () => void;
  canUndo: Accessor<boolean>;
  canRedo: Accessor<boolean>;
  problems: Accessor<DefinitionError[]>;
  blanks: Accessor<BlankLabel[]>;
  saveState: Accessor<SaveState>;
  /** The revision on the server when a save was refused as stale. */
  staleRevision: Accessor<number | undefined>;
  dirty: Accessor<boolean>;
  retry: () => void;
  /** Drops the edits not saved and loads the draft as stored now. */
  takeTheirs: () => Promise<void>;
  /** Saves this editor's draft over the newer one (the audit log keeps the one replaced). */
  keepMine: () => Promise<void>;
};

/** Time after the last edit before it is saved: typing a label is one save, not one per key. */
export const SAVE_DELAY_MS = 800;

export function createBuilderSession(loaded: QuestionnaireDraft, store: DraftStore): BuilderSession {
  const [history, setHistory] = createSignal<History<QuestionnaireVersion>>(startHistory(loaded.version));
  const [saved, setSaved] = createSignal(loaded.version);
  const [saveState, setSaveState] = createSignal<SaveState>('saved');
  const [staleRevision, setStaleRevision] = createSignal<number>();
  let revision = loaded.revision;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let saving = false;

  const draft = () => history().present;
  const blanks = createMemo(() => blankLabels(draft()));
  const problems = createMemo(() => checkDefinition(draft()));
  const dirty = () => draft() !== saved();

  async function saveNow(): Promise<void> {
    timer = undefined;
    if (saving || saveState() === 'stale' || !dirty()) return;
    if (blanks().length > 0) return void setSaveState('blank');
    const sending = draft();
    saving = true;
    setSaveState('saving');
    try {
      const stored = await store.save(sending, revision);
      revision = stored.revision;
      setSaved(sending);
      setSaveState(dirty() ? 'waiting' : 'saved');
    } catch (error) {
      if (isProblem(error, 'survey.draftStale')) {
        setStaleRevision(Number(error.params.revision) || undefined);
        return void setSaveState('stale');
      }
      return void setSaveState('failed'); // tried again at the next edit or by the admin's retry

    } finally {
      saving = false;
    }
    if (dirty()) schedule();
  }

  function schedule(): void {
    if (saveState() === 'stale') return;
    setSaveState('waiting');
    clearTimeout(timer);
    timer = setTimeout(() => void saveNow(), SAVE_DELAY_MS);
  }
  onCleanup(() => clearTimeout(timer));

  const move = (next: History<QuestionnaireVersion>) => {
    setHistory(next);
    schedule();
  };

  return {
    draft,
    edit: (change, mergeKey) => move(record(history(), change(draft()), mergeKey)),
    undo: () => move(undo(history())),
    redo: () => move(redo(history())),
    canUndo: () => canUndo(history()),
    canRedo: () => canRedo(history()),
    problems,
    blanks,
    saveState,
    staleRevision,
    dirty,
    retry: () => void saveNow(),
    takeTheirs: async () => {
      const latest = await store.load();
      revision = latest.revision;
      setHistory(startHistory(latest.version));
      setSaved(latest.version);
      setStaleRevision(undefined);
      setSaveState('saved');
    },
    keepMine: async () => {
      revision = (await store.load()).revision;
      setStaleRevision(undefined);
      setSaveState('waiting');
      await saveNow();
    },
  };
}
