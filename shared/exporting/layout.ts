// The export's layout for a whole survey: interview columns (unit, mode, entry, serial, interviewer, date,
// status) then every version's questionnaire columns merged by variable name, so interviews taken on
// different versions line up in one file. The newest version's order and labels win; codes are united.
import { codedName, type CodedVariable } from '../coding/coded.ts';
import type { QuestionnaireVersion } from '../survey/questionnaire.ts';
import type { Unit } from '../survey/survey.ts';
import { versionSpecs, type ColumnSpec, type ExportColumn, type MetaField, type SetSpec, type ValueLabel, type Words } from './columns.ts';
import { nameClaimer, setName, spssName } from './names.ts';

export type MultipleResponseSet = { name: string; label: string; countedValue: number; columns: string[] };
export type ExportLayout = { columns: ExportColumn[]; sets: MultipleResponseSet[] };

function metaColumns(unitLabels: ValueLabel[], words: Words, review: boolean): ColumnSpec[] {
  const spec = (field: MetaField, nameHint: string, rest: Partial<ColumnSpec> & Pick<ColumnSpec, 'type'>): ColumnSpec => ({
    key: `meta:${field}`, nameHint, label: words(`export.var.${field}`), width: 0, decimals: 0,
    measure: 'nominal' as const, valueLabels: [], missing: [], source: { kind: 'meta' as const, field }, ...rest,
  });
  return [
    spec('id', 'id', { type: 'string' }),
    spec('serial', 'serial', { type: 'string' }),
    spec('unitNo', 'unit_no', { type: 'string', valueLabels: unitLabels }),
    spec('unitName', 'unit_name', { type: 'string' }),
    spec('mode', 'mode', { type: 'numeric', width: 1, valueLabels: [
      { value: 1, label: words('export.mode.direct') }, { value: 2, label: words('export.mode.online') }] }),
    spec('entry', 'entry', { type: 'numeric', width: 1, valueLabels: [
      { value: 1, label: words('export.entry.interview') }, { value: 2, label: words('export.entry.paper') }] }),
    spec('interviewer', 'interviewer', { type: 'string' }),
    spec('interviewDate', 'interview_date', { type: 'date', width: 10, measure: 'scale' }),
    spec('status', 'status', { type: 'numeric', width: 1, valueLabels: [
      { value: 1, label: words('survey.status.received') }, { value: 2, label: words('survey.status.approved') }] }),
    spec('version', 'version', { type: 'numeric', width: 3, measure: 'scale' }),
    ...(review ? [
      spec('flagged', 'flagged', { type: 'numeric', width: 1, valueLabels: [
        { value: 0, label: words('export.choice.no') }, { value: 1, label: words('export.choice.yes') }] }),
      spec('flags', 'flags', { type: 'string' }),
    ] : []),
  ];
}

/** Codes of both, the first one's labels where both label a code, in code order. */
function uniteLabels(newer: ValueLabel[], older: ValueLabel[]): ValueLabel[] {
  const known = new Set(newer.map((l) => l.value));
  const extra = older.filter((l) => !known.has(l.value));
  if (extra.length === 0) return newer;
  return [...newer, ...extra].sort((a, b) => Number(a.value) - Number(b.value));
}

/** Inserts what older versions add right after the column that precedes it there. */
function mergeVersions(versions: readonly QuestionnaireVersion[], words: Words, unitLabels: ValueLabel[]): { columns: ColumnSpec[]; sets: SetSpec[] } {
  const newestFirst = [...versions].sort((a, b) => b.version - a.version);
  const columns: ColumnSpec[] = [];
  const byKey = new Map<string, ColumnSpec>();
  const sets = new Map<string, SetSpec>();
  const present = new Map<string, Set<number>>();
  for (const version of newestFirst) {
    const specs = versionSpecs(version, words, unitLabels);
    let after = -1;
    for (const spec of specs.columns) {
      const known = byKey.get(spec.key);
      if (known) {
        known.valueLabels = uniteLabels(known.valueLabels, spec.valueLabels);
        present.get(spec.key)!.add(version.version);
        after = columns.indexOf(known);
        continue;
      }
      present.set(spec.key, new Set([version.version]));
      columns.splice(after + 1, 0, spec);
      byKey.set(spec.key, spec);
      after += 1;
    }
    for (const set of specs.sets) {
      const known = sets.get(set.key);
      if (!known) sets.set(set.key, { ...set, columnKeys: [...set.columnKeys] });
      else for (const key of set.columnKeys) if (!known.columnKeys.includes(key)) known.columnKeys.push(key);
    }
  }
  for (const spec of columns) {
    const absentIn = newestFirst.map((v) => v.version).filter((v) => !present.get(spec.key)!.has(v));
    if (absentIn.length) spec.absentIn = absentIn.sort((a, b) => a - b);
  }
  return { columns, sets: [...sets.values()] };
}

/** Each coded text variable's codes as a numeric column right after its text (the text itself unchanged). */
function insertCoded(columns: ColumnSpec[], coded: readonly CodedVariable[], words: Words): void {
  for (const c of coded) {
    const at = columns.findIndex((spec) => spec.key === `answer:${c.variable}`);
    if (at < 0) continue;
    columns.splice(at + 1, 0, {
      key: `coded:${c.variable}`, nameHint: codedName(c.variable), label: `${columns[at]!.label} (${words('results.coded.title')})`,
      type: 'numeric', width: Math.max(2, ...c.codes.map((code) => String(code.code).length)), decimals: 0, measure: 'nominal',
      valueLabels: c.codes.map((code) => ({ value: code.code, label: code.label })), missing: [], source: { kind: 'coded', coded: c },
    });
  }
}

/**
 * `coded`: the survey's coded text variables (shared/coding/coded.ts), each exported beside its text; `review`: the
 * review's columns (flagged, flags) for SPSS users who filter on them.
 */
export function buildExportLayout(
  units: readonly Unit[], versions: readonly QuestionnaireVersion[], words: Words,
  options: { review?: boolean; coded?: readonly CodedVariable[] } = {},
): ExportLayout {
  const unitLabels: ValueLabel[] = units.map((u) => ({ value: u.no, label: u.name }));
  const merged = mergeVersions(versions, words, unitLabels);
  insertCoded(merged.columns, options.coded ?? [], words);
  const meta = metaColumns(unitLabels, words, options.review === true);
  // Questionnaire variables claim their names first: analysts know them from the paper form.
  const claim = nameClaimer();
  const names = new Map<string, string>();
  for (const spec of merged.columns) if (spec.source.kind === 'answer') names.set(spec.key, claim(spec.nameHint));
  for (const spec of merged.columns) if (spec.source.kind !== 'answer') names.set(spec.key, claim(spec.nameHint));
  for (const spec of meta) names.set(spec.key, claim(spec.nameHint));

  const toColumn = ({ key, nameHint: _hint, ...column }: ColumnSpec): ExportColumn => ({ ...column, name: names.get(key)! });
  const columns = [...meta.map(toColumn), ...merged.columns.map(toColumn)];
  // A set needs two variables at least (MRSETS refuses fewer); a one-option multiple choice stays as its column.
  const sets = merged.sets.filter((set) => set.columnKeys.length >= 2).map((set) => ({
    name: setName(spssName(set.nameHint)),
    label: set.label,
    countedValue: 1,
    columns: set.columnKeys.map((key) => names.get(key)!),
  }));
  return { columns, sets };
}
