// The draft's sections, each with its questions as cards: a card opens to its fields; it moves by its handle
// (drag, or Alt+↑/↓ on the handle, or the ↑/↓ buttons) and across section borders; a section is renamed,
// added or removed (its questions join the section before it).
import { createSignal, For, Index, onCleanup, onMount, Show } from 'solid-js';
import { questionsReading } from '#shared/authoring/conditions.ts';
import {
  addSection, insertQuestion, moveQuestion, neighbourPlace, newQuestion, removeQuestion, removeSection, renameSection, type QuestionAt,
} from '#shared/authoring/draft-edits.ts';
import type { Question, QuestionKind, Section } from '#shared/survey/questionnaire.ts';
import { useI18n } from '../../i18n/context.tsx';
import { useBuilder } from './builder-context.ts';
import { dragCard, dropIntoSection, watchDrops } from './drag-questions.ts';
import { FieldProblems } from './FieldProblems.tsx';
import { KINDS, QuestionFields } from './QuestionFields.tsx';

/** Focus on a card's handle once the list has redrawn: after a keyboard move, the focus follows the question. */
function focusHandle(at: QuestionAt): void {
  queueMicrotask(() => document.querySelector<HTMLElement>(`[data-place="${at.section}-${at.index}"] .drag-handle`)?.focus());
}

export function SectionList(props: { open: string | undefined; onOpen: (variable: string | undefined) => void }) {
  const { session } = useBuilder();
  const move = (from: QuestionAt, to: QuestionAt) => {
    session.edit((d) => moveQuestion(d, from, to));
    focusHandle(to);
  };
  onMount(() => onCleanup(watchDrops(move)));
  return (
    <Index each={session.draft().sections}>
      {(section, s) => <SectionBlock section={section()} index={s} open={props.open} onOpen={props.onOpen} move={move} />}
    </Index>
  );
}

type BlockProps = { section: Section; index: number; open: string | undefined; onOpen: (variable: string | undefined) => void; move: (from: QuestionAt, to: QuestionAt) => void };

function SectionBlock(props: BlockProps) {
  const { t } = useI18n();
  const { session, words } = useBuilder();
  const [kind, setKind] = createSignal<QuestionKind>('single');
  let list: HTMLOListElement | undefined;
  onMount(() => onCleanup(dropIntoSection(list!, () => ({ section: props.index, index: props.section.questions.length }))));
  const add = () => {
    const question = newQuestion(session.draft(), kind(), words);
    session.edit((d) => insertQuestion(d, { section: props.index, index: props.section.questions.length }, question));
    props.onOpen(question.variable);
  };
  return (
    <section class="builder-section" aria-label={props.section.title}>
      <div class="section-head">
        <label class="visually-hidden" for={`b-section-${props.index}`}>{t('builder.section.title')}</label>
        <input id={`b-section-${props.index}`} class="section-title" type="text" value={props.section.title}
          onInput={(e) => session.edit((d) => renameSection(d, props.index, e.currentTarget.value), `section.${props.index}.title`)} />
        <button type="button" class="secondary" onClick={() => session.edit((d) => addSection(d, props.index, words))}>{t('builder.section.add')}</button>
        <Show when={session.draft().sections.length > 1}>
          <button type="button" class="secondary" onClick={() => session.edit((d) => removeSection(d, props.index))}>{t('builder.section.remove')}</button>
        </Show>
      </div>
      <FieldProblems field={`sections.${props.index}`} />
      <ol class="question-cards" ref={list}>
        <Index each={props.section.questions}>
          {(question, i) => <QuestionCard question={question()} at={{ section: props.index, index: i }} {...props} />}
        </Index>
      </ol>
      <div class="add-question">
        <label for={`b-add-${props.index}`}>{t('builder.add.kind')}</label>
        <select id={`b-add-${props.index}`} value={kind()} onChange={(e) => setKind(e.currentTarget.value as QuestionKind)}>
          <For each={KINDS}>{(k) => <option value={k}>{t(`builder.kind.${k}`)}</option>}</For>
        </select>
        <button type="button" onClick={add}>{t('builder.add')}</button>
      </div>
    </section>
  );
}

function QuestionCard(props: BlockProps & { question: Question; at: QuestionAt }) {
  const { t } = useI18n();
  const { session } = useBuilder();
  let card: HTMLLIElement | undefined;
  let handle: HTMLButtonElement | undefined;
  onMount(() => onCleanup(dragCard(card!, handle!, () => props.at)));
  const open = () => props.open === props.question.variable;
  const problems = () => session.problems().filter((p) => p.question === props.question.variable).length
    + session.blanks().filter((b) => b.question === props.question.variable).length;
  const step = (by: -1 | 1) => {
    const to = neighbourPlace(session.draft(), props.at, by);
    if (to) props.move(props.at, to);
  };
  const remove = () => {
    const readers = questionsReading(session.draft(), props.question.variable).map((q) => q.paperNumber).join(', ');
    const question = readers === ''
      ? t('builder.remove.confirm', { question: props.question.paperNumber })
      : t('builder.remove.confirmReaders', { question: props.question.paperNumber, readers });
    if (window.confirm(question)) session.edit((d) => removeQuestion(d, props.at));
  };
  return (
    <li class="question-card" classList={{ open: open(), 'has-problems': problems() > 0 }} ref={card}
      data-place={`${props.at.section}-${props.at.index}`} data-variable={props.question.variable}>
      <div class="card-head">
        <button type="button" class="drag-handle icon" ref={handle}
          aria-label={t('builder.handle', { question: props.question.paperNumber })}
          onKeyDown={(e) => {
            if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
            e.preventDefault();
            step(e.key === 'ArrowUp' ? -1 : 1);
          }}>⠿</button>
        <button type="button" class="card-title" aria-expanded={open()} onClick={() => props.onOpen(open() ? undefined : props.question.variable)}>
          <strong>{props.question.paperNumber}</strong> {props.question.text}
          <span class="muted"> · {t(`builder.kind.${props.question.kind}`)} · {props.question.variable}</span>
          <Show when={props.question.relevant}><span class="badge">{t('builder.hasCondition')}</span></Show>
          <Show when={problems() > 0}><span class="badge problem">{t('builder.problemCount', { count: problems() })}</span></Show>
        </button>
        <button type="button" class="icon" aria-label={t('builder.moveUp')} disabled={!neighbourPlace(session.draft(), props.at, -1)} onClick={() => step(-1)}>↑</button>
        <button type="button" class="icon" aria-label={t('builder.moveDown')} disabled={!neighbourPlace(session.draft(), props.at, 1)} onClick={() => step(1)}>↓</button>
        <button type="button" class="icon" aria-label={t('builder.remove', { question: props.question.paperNumber })} onClick={remove}>×</button>
      </div>
      <Show when={open()}><QuestionFields question={props.question} at={props.at} onRename={props.onOpen} /></Show>
    </li>
  );
}
