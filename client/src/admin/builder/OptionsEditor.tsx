// A choice question's options as a table: code, label, and for a multiple choice "exclusive", for a single or
// multiple choice "other – specify" (a text box bound to that option, its variable named after the question).
import { Index, Show } from 'solid-js';
import { addOption, moveItem } from '#shared/authoring/draft-edits.ts';
import type { ChoiceQuestion, Option } from '#shared/survey/questionnaire.ts';
import { useI18n } from '../../i18n/context.tsx';
import { useBuilder } from './builder-context.ts';
import { FieldProblems } from './FieldProblems.tsx';

type Props = { question: ChoiceQuestion; change: (q: ChoiceQuestion, mergeKey?: string) => void };

export function OptionsEditor(props: Props) {
  const { t } = useI18n();
  const { words } = useBuilder();
  const q = () => props.question;
  const setOptions = (options: Option[], mergeKey?: string) => props.change({ ...q(), options }, mergeKey);
  const update = (i: number, patch: Partial<Option>, field: string) =>
    setOptions(q().options.map((o, j) => (j === i ? { ...o, ...patch } : o)), `${q().variable}.options.${i}.${field}`);
  const specifyOf = (o: Option, on: boolean): Option => {
    if (!on) return { code: o.code, label: o.label, ...(o.exclusive ? { exclusive: true } : {}) };
    return { ...o, specify: { variable: `${q().variable}_other${o.code === 1 ? '' : `_${o.code}`}` } };
  };
  return (
    <fieldset class="options-editor">
      <legend>{t('builder.options')}</legend>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('builder.option.code')}</th><th scope="col">{t('builder.option.label')}</th>
            <Show when={q().kind === 'multiple'}><th scope="col">{t('builder.option.exclusive')}</th></Show>
            <Show when={q().kind !== 'grid'}><th scope="col">{t('builder.option.specify')}</th></Show>
            <th scope="col"><span class="visually-hidden">{t('builder.actions')}</span></th>
          </tr>
        </thead>
        <tbody>
          <Index each={q().options}>
            {(option, i) => (
              <tr data-option={i}>
                <td><input type="number" class="code-input" value={option().code} aria-label={t('builder.option.codeOf', { n: i + 1 })}
                  onInput={(e) => { const code = e.currentTarget.valueAsNumber; if (Number.isInteger(code)) update(i, { code }, 'code'); }} /></td>
                <td><input type="text" value={option().label} aria-label={t('builder.option.labelOf', { n: i + 1 })}
                  onInput={(e) => update(i, { label: e.currentTarget.value }, 'label')} /></td>
                <Show when={q().kind === 'multiple'}>
                  <td><input type="checkbox" checked={option().exclusive ?? false} aria-label={t('builder.option.exclusiveOf', { n: i + 1 })}
                    onChange={(e) => { const { exclusive: _, ...rest } = option(); setOptions(q().options.with(i, e.currentTarget.checked ? { ...rest, exclusive: true } : rest)); }} /></td>
                </Show>
                <Show when={q().kind !== 'grid'}>
                  <td><input type="checkbox" checked={option().specify !== undefined} aria-label={t('builder.option.specifyOf', { n: i + 1 })}
                    onChange={(e) => setOptions(q().options.with(i, specifyOf(option(), e.currentTarget.checked)))} /></td>
                </Show>
                <td class="row-actions">
                  <button type="button" class="icon" aria-label={t('builder.moveUp')} disabled={i === 0}
                    onClick={() => setOptions(moveItem(q().options, i, i - 1))}>↑</button>
                  <button type="button" class="icon" aria-label={t('builder.moveDown')} disabled={i === q().options.length - 1}
                    onClick={() => setOptions(moveItem(q().options, i, i + 1))}>↓</button>
                  <button type="button" class="icon" aria-label={t('builder.option.remove', { n: i + 1 })}
                    onClick={() => setOptions(q().options.toSpliced(i, 1))}>×</button>
                </td>
              </tr>
            )}
          </Index>
        </tbody>
      </table>
      <button type="button" class="secondary" onClick={() => setOptions(addOption(q().options, words))}>{t('builder.option.add')}</button>
      <FieldProblems question={q().variable} field="options" />
    </fieldset>
  );
}
