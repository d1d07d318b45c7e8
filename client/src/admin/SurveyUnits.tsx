// A survey's units: import a CSV or .xlsx with a preview of what it adds, changes and removes before applying it,
// edit targets in place (0: no target), the totals, and sub-quota cells per unit by a single-choice question.
import { createSignal, For, Show } from 'solid-js';
import type { AdminSurvey, UnitsPreview } from '#shared/api/survey-admin.ts';
import type { Unit } from '#shared/survey/survey.ts';
import { useI18n } from '../i18n/context.tsx';
import { useFieldErrors } from './field-errors.tsx';
import { fileBase64, previewUnitsFile, saveSubQuotas, saveUnits } from './survey-admin-api.ts';

export function SurveyUnits(props: { detail: AdminSurvey; onChange: (detail: AdminSurvey) => void }) {
  const { t, n } = useI18n();
  const slug = () => props.detail.survey.slug;
  const [preview, setPreview] = createSignal<UnitsPreview | null>(null);
  /** What was typed in place, by unit number and column; sent with the whole list when saved. */
  const [edits, setEdits] = createSignal<Record<string, Partial<Record<'code' | 'name' | 'quota', string>>>>({});
  const errors = useFieldErrors();
  const units = () => props.detail.survey.units;
  const total = () => units().reduce((sum, unit) => sum + unit.quota, 0);

  const readFile = async (file: File | undefined) => {
    if (!file) return;
    setPreview(null);
    await errors.run(async () => setPreview(await previewUnitsFile(slug(), await fileBase64(file))));
  };
  const apply = async (list: Unit[]) => {
    if (await errors.run(async () => props.onChange(await saveUnits(slug(), list)))) { setPreview(null); setEdits({}); }
  };
  const edit = (no: string, column: 'code' | 'name' | 'quota', value: string) => setEdits({ ...edits(), [no]: { ...edits()[no], [column]: value } });
  const edited = (): Unit[] => units().map((unit) => {
    const typed = edits()[unit.no] ?? {};
    return { ...unit, code: typed.code ?? unit.code, name: typed.name ?? unit.name, quota: typed.quota === undefined ? unit.quota : Number(typed.quota) };
  });

  return (
    <section class="survey-units">
      <h2>{t('survey.units')}</h2>
      <p class="totals" data-figure="totals">{t('survey.totals', { units: n(units().length), forms: n(total()) })}</p>
      <label>{t('survey.units.file')}
        <input type="file" name="unitsFile" accept=".csv,.xlsx,text/csv" onChange={(e) => void readFile(e.currentTarget.files?.[0])} />
      </label>
      {errors.unplaced(units().flatMap((unit) => [`units.${unit.no}`, `units.${unit.no}.quota`]))}
      <Show when={preview()}>
        {(p) => (
          <div class="units-preview" data-preview="">
            <p>{t('survey.units.preview', { added: n(p().added.length), changed: n(p().changed.length), removed: n(p().removed.length), unchanged: n(p().unchanged) })}</p>
            <ul>
              <For each={p().added}>{(u) => <li data-change="added">+ {u.no} – {u.name} ({n(u.quota)})</li>}</For>
              <For each={p().changed}>{(c) => <li data-change="changed">± {c.no} – {c.after?.name} ({n(c.before?.quota ?? 0)} → {n(c.after?.quota ?? 0)})</li>}</For>
              <For each={p().removed}>{(u) => <li data-change="removed">− {u.no} – {u.name}</li>}</For>
            </ul>
            <button type="button" onClick={() => void apply(p().units)}>{t('survey.units.apply')}</button>
            <button type="button" onClick={() => setPreview(null)}>{t('survey.cancel')}</button>
          </div>
        )}
      </Show>
      <Show when={units().length > 0}>
        <div class="table-scroll">
          <table class="units">
            <thead><tr><th scope="col">{t('survey.col.no')}</th><th scope="col">{t('survey.col.code')}</th><th scope="col">{t('survey.col.name')}</th><th scope="col">{t('survey.col.target')}</th><th scope="col">{t('survey.col.held')}</th></tr></thead>
            <tbody>
              <For each={units()}>
                {(unit) => (
                  <tr data-unit={unit.no}>
                    <th scope="row">{unit.no}</th>
                    <td><input aria-label={t('survey.units.codeOf', { no: unit.no })} value={edits()[unit.no]?.code ?? unit.code} onInput={(e) => edit(unit.no, 'code', e.currentTarget.value)} /></td>
                    <td><input aria-label={t('survey.units.nameOf', { no: unit.no })} value={edits()[unit.no]?.name ?? unit.name} onInput={(e) => edit(unit.no, 'name', e.currentTarget.value)} /></td>
                    <td>
                      <input aria-label={t('survey.units.targetOf', { no: unit.no })} inputmode="numeric" value={edits()[unit.no]?.quota ?? String(unit.quota)}
                        onInput={(e) => edit(unit.no, 'quota', e.currentTarget.value)} />
                      {errors.beside(`units.${unit.no}.quota`)}{errors.beside(`units.${unit.no}`)}
                    </td>
                    <td>{n(props.detail.interviewsByUnit[unit.no] ?? 0)}</td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        </div>
        <button type="button" onClick={() => void apply(edited())}>{t('survey.units.save')}</button>
        <SubQuotaEditor detail={props.detail} onChange={props.onChange} />
      </Show>
    </section>
  );
}

/** Sub-quotas: a single-choice question, its codes, and each cell's target per unit. */
function SubQuotaEditor(props: { detail: AdminSurvey; onChange: (detail: AdminSurvey) => void }) {
  const { t } = useI18n();
  const current = () => props.detail.survey.subQuotas;
  const [variable, setVariable] = createSignal(current()?.variable ?? '');
  const [codes, setCodes] = createSignal(Object.keys(Object.values(current()?.targets ?? {})[0] ?? {}).join(','));
  const [cells, setCells] = createSignal<Record<string, Record<string, string>>>({});
  const errors = useFieldErrors();
  const codeList = () => codes().split(',').map((c) => c.trim()).filter((c) => /^-?\d+$/.test(c));
  const valueOf = (unitNo: string, code: string) => cells()[unitNo]?.[code] ?? String(current()?.targets[unitNo]?.[code] ?? '');
  const save = async () => {
    const targets: Record<string, Record<string, number>> = {};
    for (const unit of props.detail.survey.units) {
      const row: Record<string, number> = {};
      for (const code of codeList()) { const v = valueOf(unit.no, code); if (v.trim() !== '') row[code] = Number(v); }
      if (Object.keys(row).length) targets[unit.no] = row;
    }
    await errors.run(async () => props.onChange(await saveSubQuotas(props.detail.survey.slug, variable().trim() ? { variable: variable().trim(), targets } : null)));
  };
  return (
    <fieldset class="sub-quotas">
      <legend>{t('survey.subQuotas')}</legend>
      <label>{t('survey.subQuotas.variable')}<input name="subQuotaVariable" value={variable()} onInput={(e) => setVariable(e.currentTarget.value)} /></label>
      <label>{t('survey.subQuotas.codes')}<input name="subQuotaCodes" value={codes()} onInput={(e) => setCodes(e.currentTarget.value)} /></label>
      {errors.beside('subQuotas.variable')}
      <Show when={codeList().length > 0}>
        <table class="sub-quota-cells">
          <thead><tr><th scope="col">{t('survey.col.no')}</th><For each={codeList()}>{(code) => <th scope="col">{code}</th>}</For></tr></thead>
          <tbody>
            <For each={props.detail.survey.units}>
              {(unit) => (
                <tr data-unit={unit.no}>
                  <th scope="row">{unit.no}{errors.beside(`subQuotas.${unit.no}`)}</th>
                  <For each={codeList()}>
                    {(code) => (
                      <td><input aria-label={t('survey.subQuotas.cell', { no: unit.no, code })} inputmode="numeric" value={valueOf(unit.no, code)}
                        onInput={(e) => setCells({ ...cells(), [unit.no]: { ...cells()[unit.no], [code]: e.currentTarget.value } })} /></td>
                    )}
                  </For>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </Show>
      {errors.unplaced(['subQuotas.'])}
      <button type="button" onClick={() => void save()}>{t('survey.subQuotas.save')}</button>
    </fieldset>
  );
}
