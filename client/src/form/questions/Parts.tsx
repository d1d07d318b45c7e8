// Pieces every question component shares: the title as printed (paper number, text, hint), the engine's
// issues for it, a declared missing code, and the "other – specify" box.
import { For, Show } from 'solid-js';
import type { AnswerValue } from '#shared/survey/answer.ts';
import { isMissingAnswer } from '#shared/survey/missing.ts';
import type { CompiledQuestion } from '#shared/survey/compile.ts';
import type { Issue } from '#shared/survey/issues.ts';
import { useI18n } from '../../i18n/context.tsx';
import { inputId } from './types.ts';

export function QuestionText(props: { question: CompiledQuestion }) {
  const { t } = useI18n();
  return (
    <>
      <span class="paper-number">{props.question.paperNumber}.</span>{' '}
      <span class="question-text">{props.question.question.text}</span>
      <Show when={!props.question.required && props.question.kind !== 'note'}> <small>{t('device.form.optional')}</small></Show>
    </>
  );
}

export function Hint(props: { question: CompiledQuestion }) {
  return <Show when={props.question.question.hint}>{(hint) => <p class="hint" id={`hint-${props.question.id}`}>{hint()}</p>}</Show>;
}

export function Issues(props: { variable: string; issues: Issue[] }) {
  const { t } = useI18n();
  const mine = () => props.issues.filter((issue) => issue.question === props.variable);
  return (
    <Show when={mine().length > 0}>
      <ul class="issues" id={`issues-${props.variable}`} role="alert">
        <For each={mine()}>{(issue) => <li>{t(issue.code, issue.params)}</li>}</For>
      </ul>
    </Show>
  );
}

const MISSING_KEYS: Record<number, string> = { [-1]: 'survey.missing.skipped', [-2]: 'survey.missing.blank', [-3]: 'survey.missing.illegible' };

export function MissingNote(props: { value: AnswerValue | undefined }) {
  const { t } = useI18n();
  return (
    <Show when={isMissingAnswer(props.value) ? props.value : undefined}>
      {(missing) => <p class="missing-note">{t(MISSING_KEYS[missing().missing] ?? 'survey.missing.blank')}</p>}
    </Show>
  );
}

/** The text box of an "other – specify" option, shown while that option is chosen. */
export function SpecifyBox(props: { variable: string; value: AnswerValue | undefined; readOnly: boolean; issues: Issue[]; onInput: (text: string) => void }) {
  const { t } = useI18n();
  return (
    <div class="specify">
      <label for={inputId(props.variable)}>{t('device.form.other')}</label>
      <input id={inputId(props.variable)} type="text" value={typeof props.value === 'string' ? props.value : ''}
        readOnly={props.readOnly} aria-describedby={`issues-${props.variable}`}
        onInput={(event) => props.onInput(event.currentTarget.value)} />
      <Issues variable={props.variable} issues={props.issues} />
    </div>
  );
}
