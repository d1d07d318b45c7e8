// Writes a questionnaire version as plain XLSForm (survey, choices, settings) that ODK and KoboToolbox read. The
// file holds no copy of our definition: what the engine needs beyond standard XLSForm rides in two visible columns
// (`paper_number`, `unit_label`), the unit question is a text question with appearance `phieu-unit`, and the
// settings carry the printed issuer, intro and closing. Reading it back (import-xlsform.ts) gives the same version.
import ExcelJS from 'exceljs';
import type { Question, QuestionnaireVersion } from '#shared/survey/questionnaire.ts';
import { questionsOf } from '#shared/survey/questions.ts';
import { writeConstraint } from './constraints.ts';
import { writeExpression } from './relevance.ts';

const LANGUAGE = 'Vietnamese (vi)';
const SURVEY_COLUMNS = ['type', 'name', `label::${LANGUAGE}`, `hint::${LANGUAGE}`, 'required', 'relevant', 'constraint', 'appearance', 'paper_number', 'unit_label'] as const;
type SurveyRow = Partial<Record<(typeof SURVEY_COLUMNS)[number], string>>;

function rowsOf(version: QuestionnaireVersion): { survey: SurveyRow[]; choices: string[][] } {
  const choiceVars = new Set<string>();
  for (const q of questionsOf(version)) {
    if (q.kind === 'single' || q.kind === 'multiple') choiceVars.add(q.variable);
    if (q.kind === 'grid') for (const r of q.rows) choiceVars.add(r.variable);
  }
  const relevant = (q: Question) => (q.relevant ? { relevant: writeExpression(q.relevant, (name) => choiceVars.has(name)) } : {});
  const label = (text: string) => ({ [`label::${LANGUAGE}`]: text });
  const hint = (q: Question) => (q.hint ? { [`hint::${LANGUAGE}`]: q.hint } : {});
  const required = (q: Question) => (q.kind === 'note' || q.optional ? {} : { required: 'yes' });
  const constraint = (q: Question) => { const c = writeConstraint(q); return c ? { constraint: c } : {}; };
  const survey: SurveyRow[] = [];
  const choices: string[][] = [];
  version.sections.forEach((section, i) => {
    survey.push({ type: 'begin_group', name: `section_${i + 1}`, ...label(section.title) });
    for (const q of section.questions) {
      const common = { name: q.variable, ...label(q.text), ...hint(q), paper_number: q.paperNumber, ...relevant(q) };
      if ('options' in q) for (const o of q.options) choices.push([q.variable, String(o.code), o.label]);
      switch (q.kind) {
        case 'grid':
          survey.push({ type: 'begin_group', ...common, appearance: 'table-list' });
          for (const r of q.rows) {
            survey.push({ type: `select_one ${q.variable}`, name: r.variable, ...label(r.text), ...required(q), paper_number: r.paperNumber });
          }
          survey.push({ type: 'end_group' });
          break;
        case 'single': case 'multiple':
          survey.push({ type: `${q.kind === 'single' ? 'select_one' : 'select_multiple'} ${q.variable}`, ...common, ...required(q), ...constraint(q) });
          for (const o of q.options) {
            if (!o.specify) continue;
            survey.push({
              type: 'text', name: o.specify.variable, ...label(o.label), required: 'yes', relevant: `selected(\${${q.variable}}, '${o.code}')`,
              ...(o.specify.maxLength !== undefined ? { constraint: `string-length(.) <= ${o.specify.maxLength}` } : {}),
            });
          }
          break;
        case 'number':
          survey.push({ type: q.integer === false ? 'decimal' : 'integer', ...common, ...required(q), ...constraint(q), ...(q.unitLabel ? { unit_label: q.unitLabel } : {}) });
          break;
        case 'unit': survey.push({ type: 'text', ...common, ...required(q), appearance: 'phieu-unit' }); break;
        case 'note': survey.push({ type: 'note', ...common }); break;
        default: survey.push({ type: q.kind, ...common, ...required(q), ...constraint(q) });
      }
    }
    survey.push({ type: 'end_group' });
  });
  return { survey, choices };
}

/** The .xlsx bytes of `version` as XLSForm. */
export async function writeXlsform(version: QuestionnaireVersion): Promise<Uint8Array> {
  const { survey, choices } = rowsOf(version);
  const book = new ExcelJS.Workbook();
  const surveySheet = book.addWorksheet('survey');
  surveySheet.addRow([...SURVEY_COLUMNS]);
  for (const row of survey) surveySheet.addRow(SURVEY_COLUMNS.map((c) => row[c] ?? null));
  const choicesSheet = book.addWorksheet('choices');
  choicesSheet.addRow(['list_name', 'name', `label::${LANGUAGE}`]);
  for (const row of choices) choicesSheet.addRow(row);
  const settings = book.addWorksheet('settings');
  const values: [string, string | undefined][] = [
    ['form_title', version.title], ['form_id', version.surveySlug], ['version', String(version.version)], ['default_language', LANGUAGE],
    ['issuer', version.issuer], ['intro', version.intro], ['closing', version.closing],
  ];
  const present = values.filter(([, v]) => v !== undefined);
  settings.addRow(present.map(([k]) => k));
  settings.addRow(present.map(([, v]) => v));
  return new Uint8Array(await book.xlsx.writeBuffer());
}
