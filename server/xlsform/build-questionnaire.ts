// Second pass over the survey sheet: groups become sections (a top-level group) or grids (a table-list group of
// selects on one list, its KoboToolbox label row skipped), a text question asked only when one option of the
// question before it is chosen becomes that option's "specify" box, relevance and constraints become the engine's
// rules, and paper numbers not given are suggested ("Câu N", rows "N.i").
import type { XlsformError } from '#shared/api/questionnaires.ts';
import type { Expression } from '#shared/survey/expression.ts';
import type { Option, Question, Section } from '#shared/survey/questionnaire.ts';
import type { ChoiceList } from './choices.ts';
import { readConstraint, type Limits } from './constraints.ts';
import { toExpression, type NameInfo } from './relevance.ts';
import { refusalsOn, type At } from './refusals.ts';
import type { Item } from './scan-survey.ts';
import type { Sheet } from './sheets.ts';
import { parseXPath } from './xpath.ts';

type Frame = { kind: 'section' | 'group' | 'grid'; item: Item; relevant?: Expression; rows: Item[] };

export function buildSections(
  sheet: Sheet, items: readonly Item[], names: ReadonlyMap<string, NameInfo>, lists: ReadonlyMap<string, ChoiceList>,
  implicitTitle: string, errors: XlsformError[],
): Section[] {
  const at = refusalsOn(sheet, errors);
  const lookup = (name: string) => names.get(name);
  const relevanceOf = (item: Item): Expression | undefined => {
    if (!item.relevant) return undefined;
    const tree = parseXPath(item.relevant);
    if (!tree) { at(item.row, 'relevant', 'expression_syntax', { expression: item.relevant }); return undefined; }
    const converted = toExpression(tree, lookup);
    if (!converted.ok) { at(item.row, 'relevant', converted.refusal.code, converted.refusal.params); return undefined; }
    return converted.expr;
  };
  const sections: Section[] = [];
  const stack: Frame[] = [];
  let current: Section | undefined;
  let implicit = false;
  let n = 0;
  const context = (): Expression[] => stack.flatMap((f) => (f.relevant ? [f.relevant] : []));
  const withContext = (own: Expression | undefined): Expression | undefined => {
    const all = [...context(), ...(own ? [own] : [])];
    return all.length === 0 ? undefined : all.length === 1 ? all[0] : { op: 'and', args: all };
  };
  const add = (q: Question) => {
    if (!current || (stack.every((f) => f.kind !== 'section') && !implicit)) {
      current = { title: implicitTitle, questions: [] };
      sections.push(current);
      implicit = true;
    }
    current.questions.push(q);
  };
  const limitsOf = (item: Item, kind: 'number' | 'integer' | 'date' | 'text' | 'multiple'): Limits | undefined => {
    if (!item.constraint) return undefined;
    const read = readConstraint(item.constraint, kind);
    if (!read.ok) { at(item.row, 'constraint', read.refusal.code, read.refusal.params); return undefined; }
    return read.limits;
  };

  for (const item of items) {
    const type = item.type;
    if (type.t === 'begin_group') {
      const grid = item.appearance.includes('table-list');
      const top = stack.length === 0 && !grid;
      const relevant = relevanceOf(item);
      stack.push({ kind: grid ? 'grid' : top ? 'section' : 'group', item, ...(relevant ? { relevant } : {}), rows: [] });
      if (top) { current = { title: item.label ?? item.name ?? implicitTitle, questions: [] }; sections.push(current); implicit = false; }
      continue;
    }
    if (type.t === 'end_group') {
      const frame = stack.pop();
      if (!frame) { at(item.row, 'type', 'unexpected_end_group'); continue; }
      if (frame.kind === 'grid') {
        const relevant = frame.relevant;
        const grid = buildGrid(frame, lists, String(++n), at);
        const whole = withContext(relevant);
        if (grid) add({ ...grid, ...(whole ? { relevant: whole } : {}) });
      }
      if (frame.kind === 'section') implicit = false;
      continue;
    }
    const top = stack.at(-1);
    if (top?.kind === 'grid') { top.rows.push(item); continue; }
    if (type.t !== 'question' || !item.name || item.appearance.includes('label')) continue;
    const own = relevanceOf(item);
    const previous = current?.questions.at(-1);
    if (type.base === 'text' && own && previous && bindSpecify(previous, item, own, limitsOf(item, 'text'))) continue;
    const unit = type.base === 'text' && item.appearance.includes('phieu-unit');
    if (item.constraint && (type.base === 'select_one' || type.base === 'note' || unit)) {
      at(item.row, 'constraint', 'unsupported_constraint', { expression: item.constraint });
    }
    const relevant = withContext(own);
    const base = {
      variable: item.name, paperNumber: item.paperNumber ?? `Câu ${++n}`, text: item.label ?? item.name,
      ...(item.hint ? { hint: item.hint } : {}), ...(relevant ? { relevant } : {}),
    };
    if (item.paperNumber) n++;
    const optional: { optional?: true } = type.base !== 'note' && !item.required ? { optional: true } : {};
    const question = buildQuestion(item, type, base, optional, lists, limitsOf);
    if (question) add(question);
  }
  for (const frame of stack) at(frame.item.row, 'type', 'unclosed_group', { name: frame.item.name ?? '' });
  return sections;
}

type Base = { variable: string; paperNumber: string; text: string; hint?: string; relevant?: Expression };
type QuestionType = Extract<Item['type'], { t: 'question' }>;

function buildQuestion(
  item: Item, type: QuestionType, base: Base, optional: { optional?: true }, lists: ReadonlyMap<string, ChoiceList>,
  limitsOf: (item: Item, kind: 'number' | 'integer' | 'date' | 'text' | 'multiple') => Limits | undefined,
): Question | undefined {
  switch (type.base) {
    case 'note': return { kind: 'note', ...base };
    case 'text': {
      if (item.appearance.includes('phieu-unit')) return { kind: 'unit', ...base, ...optional };
      const limits = limitsOf(item, 'text');
      return { kind: 'text', ...base, ...optional, ...(limits?.maxLength !== undefined ? { maxLength: limits.maxLength } : {}) };
    }
    case 'integer': case 'decimal': {
      const limits = limitsOf(item, type.base === 'integer' ? 'integer' : 'number');
      return {
        kind: 'number', ...base, ...optional, ...(type.base === 'decimal' ? { integer: false } : {}),
        ...(typeof limits?.min === 'number' ? { min: limits.min } : {}), ...(typeof limits?.max === 'number' ? { max: limits.max } : {}),
        ...(item.unitLabel ? { unitLabel: item.unitLabel } : {}),
      };
    }
    case 'date': {
      const limits = limitsOf(item, 'date');
      return {
        kind: 'date', ...base, ...optional,
        ...(typeof limits?.min === 'string' ? { min: limits.min } : {}), ...(typeof limits?.max === 'string' ? { max: limits.max } : {}),
      };
    }
    default: {
      const list = lists.get(type.list ?? '');
      if (!list) return undefined;
      const options: Option[] = list.options.map((o) => ({ ...o }));
      if (type.orOther && !list.codes.has('other')) {
        options.push({ code: Math.max(0, ...options.map((o) => o.code)) + 1, label: 'Khác (ghi rõ)', specify: { variable: `${base.variable}_other` } });
      }
      if (type.base === 'select_one') return { kind: 'single', ...base, ...optional, options };
      const limits = limitsOf(item, 'multiple');
      for (const name of limits?.exclusive ?? []) {
        const option = options.find((o) => o.code === list.codes.get(name));
        if (option) option.exclusive = true;
      }
      return {
        kind: 'multiple', ...base, ...optional, options,
        ...(typeof limits?.min === 'number' ? { min: limits.min } : {}), ...(typeof limits?.max === 'number' ? { max: limits.max } : {}),
      };
    }
  }
}

/** "Other, specify": a text question asked exactly when one option of the question before it is chosen. */
function bindSpecify(previous: Question, item: Item, relevant: Expression, limits: Limits | undefined): boolean {
  if (previous.kind !== 'single' && previous.kind !== 'multiple') return false;
  const code = relevant.op === 'selected' && relevant.var === previous.variable ? relevant.code
    : relevant.op === 'eq' && typeof relevant.left === 'object' && 'var' in relevant.left && relevant.left.var === previous.variable
      && typeof relevant.right === 'number' ? relevant.right : undefined;
  const option = previous.options.find((o) => o.code === code);
  if (!option || option.specify) return false;
  option.specify = { variable: item.name!, ...(limits?.maxLength !== undefined ? { maxLength: limits.maxLength } : {}) };
  return true;
}


/** A table-list group: one question per row on the rows' one list; KoboToolbox's first "label" row shows the scale only. */
function buildGrid(frame: Frame, lists: ReadonlyMap<string, ChoiceList>, number: string, at: At): Question | undefined {
  const group = frame.item;
  const rows = frame.rows.filter((r) => !r.appearance.includes('label'));
  let listName: string | undefined;
  let ok = true;
  for (const row of rows) {
    const type = row.type;
    if (type.t !== 'question' || type.base !== 'select_one') { at(row.row, 'type', 'grid_not_single', { name: group.name ?? '' }); ok = false; continue; }
    if (listName !== undefined && type.list !== listName) { at(row.row, 'type', 'grid_mixed_lists', { name: group.name ?? '' }); ok = false; }
    listName ??= type.list;
    if (row.relevant) { at(row.row, 'relevant', 'grid_row_relevant', { name: row.name ?? '' }); ok = false; }
    if (row.constraint) { at(row.row, 'constraint', 'unsupported_constraint', { expression: row.constraint }); ok = false; }
  }
  const list = lists.get(listName ?? '');
  if (!ok || !group.name) return undefined;
  const paperNumber = group.paperNumber ?? `Câu ${number}`;
  const prefix = group.paperNumber?.replace(/^\D+/, '') || number;
  return {
    kind: 'grid', variable: group.name, paperNumber, text: group.label ?? group.name,
    ...(group.hint ? { hint: group.hint } : {}),
    ...(rows.length > 0 && rows.every((r) => !r.required) ? { optional: true } : {}),
    options: list ? list.options.map((o) => ({ ...o })) : [],
    rows: rows.map((r, i) => ({ variable: r.name ?? '', paperNumber: r.paperNumber ?? `${prefix}.${i + 1}`, text: r.label ?? r.name ?? '' })),
  };
}
