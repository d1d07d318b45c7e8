// A grid's rows: each its own answer variable and paper number (11.1, 11.2 …) on the grid's shared scale.
import { Index } from 'solid-js';
import type { GridRow, Question } from '#shared/survey/questionnaire.ts';
import { useI18n } from '../../i18n/context.tsx';
import { useBuilder } from './builder-context.ts';
import { FieldProblems } from './FieldProblems.tsx';

type Grid = Extract<Question, { kind: 'grid' }>;

export function RowsEditor(props: { question: Grid; change: (q: Grid, mergeKey?: string) => void }) {
  const { t } = useI18n();
  const { words } = useBuilder();
  const q = () => props.question;
  const setRows = (rows: GridRow[], mergeKey?: string) => props.change({ ...q(), rows }, mergeKey);
  const update = (i: number, patch: Partial<GridRow>, field: string) =>
    setRows(q().rows.map((r, j) => (j === i ? { ...r, ...patch } : r)), `${q().variable}.rows.${i}.${field}`);
  const addRow = () => {
    const n = q().rows.length + 1;
    const number = q().paperNumber.replace(/^\D+/, '');
    setRows([...q().rows, { variable: `${q().variable}_${n}`, paperNumber: `${number}.${n}`, text: words.row(n) }]);
  };
  return (
    <fieldset class="rows-editor">
      <legend>{t('builder.rows')}</legend>
      <table>
        <thead>
          <tr><th scope="col">{t('builder.paperNumber')}</th><th scope="col">{t('builder.variable')}</th><th scope="col">{t('builder.row.text')}</th><th scope="col"><span class="visually-hidden">{t('builder.actions')}</span></th></tr>
        </thead>
        <tbody>
          <Index each={q().rows}>
            {(row, i) => (
              <tr>
                <td><input type="text" class="short" value={row().paperNumber} aria-label={t('builder.row.paperNumberOf', { n: i + 1 })}
                  onInput={(e) => update(i, { paperNumber: e.currentTarget.value }, 'paperNumber')} /></td>
                <td><input type="text" class="short" value={row().variable} aria-label={t('builder.row.variableOf', { n: i + 1 })}
                  onInput={(e) => update(i, { variable: e.currentTarget.value.trim() }, 'variable')} /></td>
                <td><input type="text" value={row().text} aria-label={t('builder.row.textOf', { n: i + 1 })}
                  onInput={(e) => update(i, { text: e.currentTarget.value }, 'text')} /></td>
                <td><button type="button" class="icon" aria-label={t('builder.row.remove', { n: i + 1 })} onClick={() => setRows(q().rows.toSpliced(i, 1))}>×</button></td>
              </tr>
            )}
          </Index>
        </tbody>
      </table>
      <button type="button" class="secondary" onClick={addRow}>{t('builder.row.add')}</button>
      <FieldProblems question={q().variable} field="rows" />
    </fieldset>
  );
}
