// "Show this question only when…": conditions chosen from lists (an earlier question, a comparison, a value — an
// option of that question, or a number), joined by "all" or "any". Logic too nested for lists (an imported
// XLSForm's) is shown read-only, with a way to replace it.
import { createEffect, createSignal, For, Index, on, Show } from 'solid-js';
import {
  conditionSources, fromExpression, operatorsFor, toExpression, type Condition, type ConditionList, type ConditionOp,
} from '#shared/authoring/conditions.ts';
import type { Question } from '#shared/survey/questionnaire.ts';
import { useI18n } from '../../i18n/context.tsx';
import { useBuilder } from './builder-context.ts';
import { FieldProblems } from './FieldProblems.tsx';

type Props = { question: Question; change: (q: Question, mergeKey?: string) => void };

export function ConditionEditor(props: Props) {
  const { t } = useI18n();
  const { session } = useBuilder();
  // The list as the admin builds it: a condition still without a value is not in the expression yet, so the list
  // is kept here, and taken again from the question only when the expression changed elsewhere (undo, redo).
  const [list, setList] = createSignal(fromExpression(props.question.relevant));
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  createEffect(on(() => props.question.relevant, (relevant) => {
    const mine = list();
    if (!mine || !same(toExpression(mine), relevant)) setList(fromExpression(relevant));
  }, { defer: true }));
  const sources = () => conditionSources(session.draft(), props.question);
  const sourceOf = (variable: string) => sources().find((q) => q.variable === variable);
  const set = (next: ConditionList, mergeKey?: string) => {
    setList(next);
    const { relevant: _, ...rest } = props.question;
    const expression = toExpression(next);
    if (same(expression, props.question.relevant)) return; // a condition still being filled in
    props.change((expression ? { ...rest, relevant: expression } : rest), mergeKey);
  };
  const updateAt = (current: ConditionList, i: number, patch: Partial<Condition>, mergeKey?: string) =>
    set({ ...current, conditions: current.conditions.with(i, { ...current.conditions[i]!, ...patch }) }, mergeKey);
  const addCondition = (current: ConditionList) => {
    const source = sources().at(-1);
    if (!source) return;
    set({ ...current, conditions: [...current.conditions, { variable: source.variable, op: operatorsFor(source)[0] ?? 'answered' }] });
  };

  return (
    <fieldset class="condition-editor">
      <legend>{t('builder.condition')}</legend>
      <Show when={list()} fallback={
        <p class="muted">{t('builder.condition.complex')}{' '}
          <button type="button" class="secondary" onClick={() => set({ join: 'and', conditions: [] })}>{t('builder.condition.replace')}</button>
        </p>
      }>
        {(current) => (
          <>
            <Show when={current().conditions.length === 0}><p class="muted">{t('builder.condition.always')}</p></Show>
            <Show when={current().conditions.length > 1}>
              <label>{t('builder.condition.join')}{' '}
                <select value={current().join} onChange={(e) => set({ ...current(), join: e.currentTarget.value === 'or' ? 'or' : 'and' })}>
                  <option value="and">{t('builder.condition.all')}</option>
                  <option value="or">{t('builder.condition.any')}</option>
                </select>
              </label>
            </Show>
            <Index each={current().conditions}>
              {(condition, i) => {
                const source = () => sourceOf(condition().variable);
                const options = () => { const s = source(); return s && 'options' in s ? s.options : undefined; };
                return (
                  <div class="condition" data-condition={i}>
                    <select aria-label={t('builder.condition.question', { n: i + 1 })} value={condition().variable}
                      onChange={(e) => { const s = sourceOf(e.currentTarget.value); if (s) updateAt(current(), i, { variable: s.variable, op: operatorsFor(s)[0] ?? 'answered', value: undefined }); }}>
                      <For each={sources()}>{(q) => <option value={q.variable}>{q.paperNumber} – {q.text}</option>}</For>
                    </select>
                    <select aria-label={t('builder.condition.op', { n: i + 1 })} value={condition().op}
                      onChange={(e) => updateAt(current(), i, { op: e.currentTarget.value as ConditionOp })}>
                      <For each={source() ? operatorsFor(source()!) : []}>{(op) => <option value={op}>{t(`builder.op.${op}`)}</option>}</For>
                    </select>
                    <Show when={condition().op !== 'answered'}>
                      <Show when={options()} fallback={
                        <input type={source()?.kind === 'date' ? 'date' : source()?.kind === 'number' ? 'number' : 'text'}
                          aria-label={t('builder.condition.value', { n: i + 1 })} value={condition().value ?? ''}
                          onInput={(e) => updateAt(current(), i, { value: source()?.kind === 'number' ? e.currentTarget.valueAsNumber : e.currentTarget.value },
                            `${props.question.variable}.relevant.${i}`)} />
                      }>
                        {(choices) => (
                          <select aria-label={t('builder.condition.value', { n: i + 1 })} value={String(condition().value ?? '')}
                            onChange={(e) => updateAt(current(), i, { value: Number(e.currentTarget.value) })}>
                            <option value="">{t('builder.condition.choose')}</option>
                            <For each={choices()}>{(o) => <option value={o.code}>{o.code}. {o.label}</option>}</For>
                          </select>
                        )}
                      </Show>
                    </Show>
                    <button type="button" class="icon" aria-label={t('builder.condition.remove', { n: i + 1 })}
                      onClick={() => set({ ...current(), conditions: current().conditions.toSpliced(i, 1) })}>×</button>
                  </div>
                );
              }}
            </Index>
            <button type="button" class="secondary" disabled={sources().length === 0} onClick={() => addCondition(current())}>
              {t('builder.condition.add')}
            </button>
          </>
        )}
      </Show>
      <FieldProblems question={props.question.variable} field="relevant" />
    </fieldset>
  );
}
