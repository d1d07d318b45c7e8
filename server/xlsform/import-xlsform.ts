// Reads an XLSForm (.xlsx with survey, choices and settings sheets, as ODK, KoboToolbox and SurveyCTO write them)
// into a questionnaire definition, or says where it cannot: every refusal names the sheet, row, column and why
// (a dictionary code, worded in Vietnamese by the screen). Nothing is stored here; the route previews or saves.
import type { XlsformError } from '#shared/api/questionnaires.ts';
import { QuestionnaireVersionSchema, type QuestionnaireVersion } from '#shared/survey/questionnaire.ts';
import { readChoices } from './choices.ts';
import { chooseLanguage } from './columns.ts';
import { buildSections } from './build-questionnaire.ts';
import { scanSurvey } from './scan-survey.ts';
import { readWorkbook, type Workbook } from './sheets.ts';

export type XlsformRead = { version: QuestionnaireVersion | null; errors: XlsformError[]; rows: Record<string, number> };
export type Target = { surveySlug: string; version: number };

/** The settings sheet's one row of values, by lower-cased column. */
function settingsOf(book: Workbook): Map<string, string> {
  return book.get('settings')?.rows[0]?.cells ?? new Map<string, string>();
}

export function readXlsformBook(book: Workbook, target: Target): XlsformRead {
  const errors: XlsformError[] = [];
  const survey = book.get('survey');
  if (!survey) return { version: null, rows: {}, errors: [{ sheet: 'survey', row: 0, column: '', code: 'xlsform.missing_sheet', params: { sheet: 'survey' } }] };
  const settings = settingsOf(book);
  const language = chooseLanguage(survey.columns, settings.get('default_language'));
  const lists = readChoices(book.get('choices'), `label${language}`, errors);
  const { items, names } = scanSurvey(survey, language, lists, errors);
  const title = settings.get('form_title');
  const sections = buildSections(survey, items, names, lists, title ?? 'Bảng hỏi', errors);
  const rows = Object.fromEntries(items.flatMap((item) => (item.name ? [[item.name, item.row]] : [])));
  if (errors.length > 0) return { version: null, errors, rows };
  const candidate = {
    surveySlug: target.surveySlug, version: target.version, status: 'draft' as const,
    ...(title ? { title } : {}),
    ...(['issuer', 'intro', 'closing'] as const).reduce((out, key) => (settings.get(key) ? { ...out, [key]: settings.get(key) } : out), {}),
    sections,
  };
  const parsed = QuestionnaireVersionSchema.safeParse(candidate);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { version: null, rows, errors: [{ sheet: survey.name, row: 0, column: '', code: 'xlsform.invalid_definition', params: { path: issue?.path.join('.') ?? '', issue: issue?.code ?? '' } }] };
  }
  return { version: parsed.data, errors: [], rows };
}

export async function readXlsform(bytes: Uint8Array, target: Target): Promise<XlsformRead> {
  const book = await readWorkbook(bytes);
  if (!book) return { version: null, rows: {}, errors: [{ sheet: '', row: 0, column: '', code: 'xlsform.unreadable', params: {} }] };
  return readXlsformBook(book, target);
}
