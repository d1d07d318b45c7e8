// One question's fields, edited in place: kind, paper number, variable (a rename carries its skip conditions),
// text, hint, required, the kind's own limits, options or rows, and when it is shown.
import { Match, Show, Switch } from 'solid-js';
import { newQuestion, renameQuestionVariable, replaceQuestion, type QuestionAt } from '#shared/authoring/draft-edits.ts';
import type { ChoiceQuestion, Question, QuestionKind } from '#shared/survey/questionnaire.ts';
import { useI18n } from '../../i18n/context.tsx';
import { useBuilder } from './builder-context.ts';
import { ConditionEditor } from './ConditionEditor.tsx';
import { FieldProblems } from './FieldProblems.tsx';
import { OptionsEditor } from './OptionsEditor.tsx';
import { RowsEditor } from './RowsEditor.tsx';

export const KINDS: readonly QuestionKind[] = ['single', 'multiple', 'number', 'grid', 'text', 'date', 'note', 'unit'];

/** A number field's value, or undefined when left empty (the limit is then removed). */
const numberOrNone = (input: HTMLInputElement) => (input.value === '' || Number.isNaN(input.valueAsNumber) ? undefined : input.valueAsNumber);

function without<T extends object>(value: T, key: string): T {
  const copy = { ...value } as Record<string, unknown>;
  delete copy[key];
  return copy as T;
}
/** A limit as its field shows it: a number or a date, or nothing. */
const limitText = (value: unknown) => (typeof value === 'number' || typeof value === 'string' ? String(value) : '');
const withOptional = <T extends object>(value: T, key: string, next: unknown): T =>
  (next === undefined || next === '' ? without(value, key) : { ...value, [key]: next });

export function QuestionFields(props: { question: Question; at: QuestionAt; onRename: (variable: string) => void }) {
  const { t } = useI18n();
  const { session, words } = useBuilder();
  const q = () => props.question;
  const id = (field: string) => `b-${props.at.section}-${props.at.index}-${field}`;
  const change = (next: Question, mergeKey?: string) => session.edit((d) => replaceQuestion(d, props.at, next), mergeKey);
  const field = (key: string, value: unknown) => change(withOptional(q(), key, value), `${q().variable}.${key}`);
  const changeKind = (kind: QuestionKind) => {
    const fresh = newQuestion(session.draft(), kind, words);
    const { variable, paperNumber, text, hint, optional, relevant } = q();
    const rows = fresh.kind === 'grid' ? { rows: fresh.rows.map((r, i) => ({ ...r, variable: `${variable}_${i + 1}` })) } : {};
    const options = 'options' in q() && 'options' in fresh ? { options: (q() as ChoiceQuestion).options } : {};
    change({ ...fresh, ...rows, ...options, variable, paperNumber, text, ...(hint ? { hint } : {}), ...(optional ? { optional } : {}), ...(relevant ? { relevant } : {}) });
  };
  const Text = (p: { key: 'paperNumber' | 'text' | 'hint' | 'unitLabel'; label: string; long?: boolean }) => (
    <div class="field">
      <label for={id(p.key)}>{p.label}</label>
      <Show when={p.long} fallback={
        <input id={id(p.key)} type="text" value={(q() as Record<string, unknown>)[p.key] as string | undefined ?? ''}
          onInput={(e) => field(p.key, p.key === 'paperNumber' || p.key === 'text' ? e.currentTarget.value : e.currentTarget.value || undefined)} />
      }>
        <textarea id={id(p.key)} rows={2} value={(q() as Record<string, unknown>)[p.key] as string | undefined ?? ''}
          onInput={(e) => field(p.key, e.currentTarget.value)} />
      </Show>
      <FieldProblems question={q().variable} field={p.key} />
    </div>
  );
  const Limit = (p: { key: 'min' | 'max' | 'maxLength'; label: string; type?: 'date' }) => (
    <div class="field short">
      <label for={id(p.key)}>{p.label}</label>
      <input id={id(p.key)} type={p.type ?? 'number'} value={limitText((q() as Record<string, unknown>)[p.key])}
        onInput={(e) => field(p.key, p.type === 'date' ? e.currentTarget.value || undefined : numberOrNone(e.currentTarget))} />
      <FieldProblems question={q().variable} field={p.key} />
    </div>
  );

  return (
    <div class="question-fields">
      <div class="field-row">
        <div class="field short">
          <label for={id('kind')}>{t('builder.kind')}</label>
          <select id={id('kind')} value={q().kind} onChange={(e) => changeKind(e.currentTarget.value as QuestionKind)}>
            {KINDS.map((kind) => <option value={kind}>{t(`builder.kind.${kind}`)}</option>)}
          </select>
        </div>
        <Text key="paperNumber" label={t('builder.paperNumber')} />
        <div class="field short">
          <label for={id('variable')}>{t('builder.variable')}</label>
          <input id={id('variable')} type="text" value={q().variable} spellcheck={false}
            onInput={(e) => {
              const name = e.currentTarget.value.trim();
              session.edit((d) => renameQuestionVariable(d, props.at, name), `${props.at.section}.${props.at.index}.variable`);
              props.onRename(name);
            }} />
          <FieldProblems question={q().variable} field="variable" />
        </div>
      </div>
      <Text key="text" label={t('builder.text')} long />
      <Text key="hint" label={t('builder.hint')} />
      <Show when={q().kind !== 'note' && q().kind !== 'unit'}>
        <label class="choice">
          <input type="checkbox" checked={!q().optional} onChange={(e) => field('optional', e.currentTarget.checked ? undefined : true)} />
          {t('builder.required')}
        </label>
      </Show>
      <Switch>
        <Match when={q().kind === 'number'}>
          <div class="field-row">
            <Limit key="min" label={t('builder.min')} /><Limit key="max" label={t('builder.max')} />
            <Text key="unitLabel" label={t('builder.unitLabel')} />
          </div>
          <label class="choice">
            <input type="checkbox" checked={(q() as { integer?: boolean }).integer !== false}
              onChange={(e) => field('integer', e.currentTarget.checked ? undefined : false)} />
            {t('builder.integer')}
          </label>
        </Match>
        <Match when={q().kind === 'multiple'}>
          <div class="field-row"><Limit key="min" label={t('builder.minChoices')} /><Limit key="max" label={t('builder.maxChoices')} /></div>
        </Match>
        <Match when={q().kind === 'text'}><Limit key="maxLength" label={t('builder.maxLength')} /></Match>
        <Match when={q().kind === 'date'}>
          <div class="field-row"><Limit key="min" label={t('builder.minDate')} type="date" /><Limit key="max" label={t('builder.maxDate')} type="date" /></div>
        </Match>
      </Switch>
      <Show when={'options' in q() ? (q() as ChoiceQuestion) : undefined}>
        {(choice) => <OptionsEditor question={choice()} change={change} />}
      </Show>
      <Show when={q().kind === 'grid' ? (q() as Extract<Question, { kind: 'grid' }>) : undefined}>
        {(grid) => <RowsEditor question={grid()} change={change} />}
      </Show>
      <ConditionEditor question={q()} change={change} />
    </div>
  );
}
