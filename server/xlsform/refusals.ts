// Every reason an XLSForm is refused (worded by the dictionary as `xlsform.<code>`), and the one way to record a
// refusal at its sheet, row and column letter.
import type { XlsformError } from '#shared/api/questionnaires.ts';
import type { Sheet } from './sheets.ts';

export const XLSFORM_CODES = [
  'unreadable', 'missing_sheet', 'missing_column', 'missing_type', 'missing_name', 'missing_label', 'missing_choice_name',
  'unknown_type', 'unsupported_type', 'unsupported_repeat', 'external_choices', 'unsupported_column', 'unsupported_required',
  'missing_list', 'invalid_name', 'duplicate_name', 'duplicate_choice', 'expression_syntax', 'unknown_name', 'unknown_choice',
  'selected_not_choice', 'unsupported_function', 'unsupported_expression', 'constraint_syntax', 'unsupported_constraint',
  'unclosed_group', 'unexpected_end_group', 'grid_not_single', 'grid_mixed_lists', 'grid_row_relevant', 'invalid_definition',
] as const;
export type XlsformCode = (typeof XLSFORM_CODES)[number];
export type Params = Record<string, string | number>;
/** A reason with its parameters, before it is placed on the sheet. */
export type Refusal = { code: XlsformCode; params: Params };

/** Records a refusal at a row and a column (named by header; its letter looked up, '' when the sheet lacks it). */
export type At = (row: number, column: string, code: XlsformCode, params?: Params) => void;

export function refusalsOn(sheet: Sheet, errors: XlsformError[]): At {
  return (row, column, code, params = {}) =>
    errors.push({ sheet: sheet.name, row, column: sheet.columns.get(column) ?? '', code: `xlsform.${code}`, params });
}
