// The choices sheet as option lists: each list's options with integer codes (a name that is a whole number is its
// code, as the paper form prints it; other names take the next codes in order) and the name → code map that
// relevance and constraints read.
import type { Option } from '#shared/survey/questionnaire.ts';
import type { XlsformError } from '#shared/api/questionnaires.ts';
import { refusalsOn } from './refusals.ts';
import type { Sheet } from './sheets.ts';

export type ChoiceList = { options: Option[]; codes: Map<string, number> };

/** Options numbered from names: whole numbers kept, the rest after the highest. */
export function numberChoices(choices: readonly { name: string; label: string }[]): ChoiceList {
  const whole = (name: string) => /^-?\d+$/.test(name);
  let next = Math.max(0, ...choices.filter((c) => whole(c.name)).map((c) => Number(c.name))) + 1;
  const codes = new Map<string, number>();
  const options = choices.map((c) => {
    const code = whole(c.name) ? Number(c.name) : next++;
    codes.set(c.name, code);
    return { code, label: c.label };
  });
  return { options, codes };
}

export function readChoices(sheet: Sheet | undefined, label: string, errors: XlsformError[]): Map<string, ChoiceList> {
  const lists = new Map<string, { name: string; label: string }[]>();
  if (!sheet) return new Map();
  const listColumn = sheet.columns.has('list_name') ? 'list_name' : 'list name';
  const at = refusalsOn(sheet, errors);
  for (const column of [listColumn, 'name']) if (!sheet.columns.has(column)) at(1, column, 'missing_column', { column });
  for (const { row, cells } of sheet.rows) {
    const list = cells.get(listColumn);
    const name = cells.get('name');
    if (!list) continue;
    if (!name) { at(row, 'name', 'missing_choice_name', { list }); continue; }
    const text = cells.get(label) ?? cells.get('label');
    if (!text) { at(row, label, 'missing_label', { name }); continue; }
    const choices = lists.get(list) ?? [];
    if (choices.some((c) => c.name === name)) at(row, 'name', 'duplicate_choice', { list, name });
    else choices.push({ name, label: text });
    lists.set(list, choices);
  }
  return new Map([...lists].map(([name, choices]) => [name, numberChoices(choices)]));
}
