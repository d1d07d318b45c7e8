// The export as SPSS syntax beside its CSV (the LimeSurvey / KoboToolbox route): GET DATA reads the CSV
// (DATA LIST cannot: with explicit delimiters it allows no quoting), then VARIABLE LABELS, VALUE LABELS,
// MISSING VALUES, VARIABLE LEVEL, FORMATS and MRSETS give it the same dictionary as the .sav.
import type { ExportColumn, ValueLabel } from '#shared/exporting/columns.ts';
import { VALUE_LABEL_BYTES, VARIABLE_LABEL_BYTES, oneLine, spssLabel } from '#shared/exporting/labels.ts';
import type { ExportSource } from '../open-source.ts';
import type { ExportPlan } from '../plan-export.ts';

const quote = (text: string) => `'${text.replace(/'/g, "''")}'`;
const LEVELS = { nominal: 'NOMINAL', ordinal: 'ORDINAL', scale: 'SCALE' } as const;

function inputFormat(column: ExportColumn): string {
  if (column.type === 'string') return `A${column.width}`;
  if (column.type === 'date') return 'SDATE10';
  return `F${Math.max(column.width, column.decimals + 2)}.${column.decimals}`;
}

const valueText = (column: ExportColumn, value: number | string) => (column.type === 'string' ? quote(String(value)) : String(value));

/** Subcommands "a b c <spec>" joined by "/", columns with the same spec sharing one. */
function grouped(columns: readonly ExportColumn[], specOf: (c: ExportColumn) => string | null): string[] {
  const groups = new Map<string, string[]>();
  for (const column of columns) {
    const spec = specOf(column);
    if (spec !== null) groups.set(spec, [...(groups.get(spec) ?? []), column.name]);
  }
  return [...groups].map(([spec, names]) => `  ${names.join(' ')} ${spec}`);
}

function command(name: string, parts: string[]): string[] {
  if (parts.length === 0) return [];
  return [name, ...parts.map((part, i) => (i === 0 ? part : `  /${part.trimStart()}`)), '.'];
}

export function spsSyntax(plan: ExportPlan, source: ExportSource, csvFile: string): string {
  const { columns } = source;
  const labels = (c: ExportColumn, list: ValueLabel[]) =>
    list.map((l) => `${valueText(c, l.value)} ${quote(spssLabel(l.label, VALUE_LABEL_BYTES))}`).join(' ');
  const comment = oneLine(plan.words('export.sps.comment', { survey: plan.survey.title, count: source.count, file: csvFile }));
  const lines = [
    '* Encoding: UTF-8.',
    `* ${comment.replace(/\.$/, '')}.`,
    '',
    'GET DATA /TYPE=TXT',
    `  /FILE=${quote(csvFile)}`,
    "  /ENCODING='UTF-8'",
    '  /ARRANGEMENT=DELIMITED /DELCASE=LINE /FIRSTCASE=2',
    "  /DELIMITERS=',' /QUALIFIER='\"'",
    '  /VARIABLES=',
    ...columns.map((c) => `    ${c.name} ${inputFormat(c)}`),
    '.',
    ...command('VARIABLE LABELS', columns.map((c) => `  ${c.name} ${quote(spssLabel(c.label, VARIABLE_LABEL_BYTES))}`)),
    ...command('VALUE LABELS', grouped(columns, (c) => (c.valueLabels.length ? labels(c, c.valueLabels) : null))),
    ...command('MISSING VALUES', grouped(columns, (c) => (c.missing.length ? `(${c.missing.map((v) => valueText(c, v)).join(', ')})` : null))),
    ...command('VARIABLE LEVEL', grouped(columns, (c) => `(${LEVELS[c.measure]})`)),
    ...command('FORMATS', grouped(columns, (c) => (c.type === 'date' ? '(EDATE10)' : null))),
    ...(plan.layout.sets.length ? ['MRSETS', ...plan.layout.sets.map((set) =>
      `  /MDGROUP NAME=${set.name} LABEL=${quote(spssLabel(set.label, VARIABLE_LABEL_BYTES))} VARIABLES=${set.columns.join(' ')} VALUE=${set.countedValue}`), '.'] : []),
    'EXECUTE.',
    '',
  ];
  return lines.join('\r\n');
}
