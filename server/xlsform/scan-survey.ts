// First pass over the survey sheet: each row's type, name and columns, with what is refused where it stands
// (unknown and unsupported types, repeats, external choices, columns the engine cannot honour, bad or duplicate
// names, missing labels and lists). Names are read in lower case (KoboToolbox's "Q1" is our q1; references
// follow, xpath.ts). The second pass (build-questionnaire.ts) needs every name before it reads a
// relevance, since XLSForm lets one name a later question.
import type { XlsformError } from '#shared/api/questionnaires.ts';
import { isRefusedColumn, isYes, parseType, type RowType } from './columns.ts';
import type { ChoiceList } from './choices.ts';
import type { NameInfo } from './relevance.ts';
import { refusalsOn } from './refusals.ts';
import type { Sheet } from './sheets.ts';

export type Item = {
  row: number;
  type: Exclude<RowType, { t: 'refused' } | { t: 'ignored' }>;
  name?: string;
  label?: string;
  hint?: string;
  required: boolean;
  relevant?: string;
  constraint?: string;
  appearance: string[];
  paperNumber?: string;
  unitLabel?: string;
};

export type Scan = { items: Item[]; names: Map<string, NameInfo> };

const VARIABLE = /^[a-z][a-z0-9_]{0,63}$/;
const CONTAINERS = new Set(['begin_group', 'end_group']);

export function scanSurvey(sheet: Sheet, language: string, lists: ReadonlyMap<string, ChoiceList>, errors: XlsformError[]): Scan {
  const label = `label${language}`;
  const hint = sheet.columns.has(`hint${language}`) ? `hint${language}` : 'hint';
  const at = refusalsOn(sheet, errors);
  for (const column of ['type', 'name']) if (!sheet.columns.has(column)) at(1, column, 'missing_column', { column });
  const items: Item[] = [];
  const names = new Map<string, NameInfo>();
  const claim = (row: number, name: string, info: NameInfo) => {
    if (!VARIABLE.test(name)) at(row, 'name', 'invalid_name', { name });
    else if (names.has(name)) at(row, 'name', 'duplicate_name', { name });
    names.set(name, info);
  };
  for (const { row, cells } of sheet.rows) {
    const typeText = cells.get('type');
    if (!typeText) { if (cells.has('name') || cells.has(label)) at(row, 'type', 'missing_type'); continue; }
    const type = parseType(typeText);
    if (type.t === 'ignored' || isVersionStamp(typeText, cells.get('name'))) continue;
    if (type.t === 'refused') { at(row, 'type', type.code, { type: typeText }); continue; }
    for (const [column, value] of cells) if (value && isRefusedColumn(column)) at(row, column, 'unsupported_column', { column });
    const required = isYes(cells.get('required'));
    if (required === null) at(row, 'required', 'unsupported_required', { value: cells.get('required')! });
    const item: Item = {
      row, type, required: required === true, appearance: (cells.get('appearance') ?? '').toLowerCase().split(/\s+/).filter(Boolean),
      ...optional('name', cells.get('name')?.toLowerCase()), ...optional('label', cells.get(label) ?? cells.get('label')),
      ...optional('hint', cells.get(hint)), ...optional('relevant', cells.get('relevant')),
      ...optional('constraint', cells.get('constraint')), ...optional('paperNumber', cells.get('paper_number')),
      ...optional('unitLabel', cells.get('unit_label')),
    };
    items.push(item);
    if (CONTAINERS.has(type.t)) {
      if (type.t === 'begin_group' && item.appearance.includes('table-list')) claim(row, item.name ?? '', { numeric: false });
      continue;
    }
    if (type.t !== 'question') continue;
    if (!item.name) { at(row, 'name', 'missing_name'); continue; }
    if (!item.label && !item.appearance.includes('label')) at(row, label, 'missing_label', { name: item.name });
    const list = type.list === undefined ? undefined : lists.get(type.list);
    if (type.list !== undefined && !list) at(row, 'type', 'missing_list', { list: type.list });
    if (item.appearance.includes('label')) continue; // a table-list's header row: shows the options, holds no answer
    const codes = list && (type.orOther && !list.codes.has('other') ? new Map([...list.codes, ['other', Math.max(0, ...list.codes.values()) + 1]]) : list.codes);
    claim(row, item.name, { numeric: type.base === 'integer' || type.base === 'decimal', ...(codes ? { codes } : {}) });
    if (type.orOther) claim(row, `${item.name}_other`, { numeric: false });
  }
  return { items, names };
}

/** KoboToolbox writes its form version into every downloaded XLSForm as a calculation: not a question. */
function isVersionStamp(type: string, name: string | undefined): boolean {
  return type.trim().toLowerCase() === 'calculate' && /^_+version_+$/i.test(name ?? '');
}

function optional<K extends string>(key: K, value: string | undefined): { [P in K]?: string } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: string };
}
