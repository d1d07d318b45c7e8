// XLSForms built in code the way KoboToolbox users write them — metadata rows, groups, or_other, relevance,
// constraints, a table-list grid with Kobo's label row first, a settings sheet, Vietnamese and English labels,
// Kobo's $kuid/$autoname columns, the __version__ stamp Kobo adds to a downloaded form — and a broken variant per fault the importer must refuse.
import ExcelJS from 'exceljs';

export type Row = Record<string, string>;
export type FormSpec = { survey: Row[]; choices: Row[]; settings?: Row };

const VI = 'label::Vietnamese (vi)';
const EN = 'label::English (en)';
const SURVEY_HEADERS = ['type', 'name', VI, EN, 'hint::Vietnamese (vi)', 'required', 'relevant', 'constraint', 'constraint_message::Vietnamese (vi)', 'appearance', '$kuid', '$autoname', 'calculation', 'choice_filter'];

const q = (type: string, name: string, vi: string, more: Row = {}): Row => ({ type, name, [VI]: vi, [EN]: `${vi} (en)`, $kuid: `k${name}`, $autoname: name, ...more });

export function koboForm(): FormSpec {
  return {
    survey: [
      { type: 'start', name: 'start' },
      { type: 'end', name: 'end' },
      q('begin_group', 'thong_tin', 'THÔNG TIN CHUNG'),
      q('select_one gioi_tinh', 'gioi_tinh', 'Giới tính', { required: 'true' }),
      q('integer', 'tuoi', 'Tuổi', { required: 'true', constraint: '. >= 18 and . <= 100', 'constraint_message::Vietnamese (vi)': 'Từ 18 đến 100' }),
      q('select_one nghe or_other', 'nghe', 'Nghề nghiệp', { required: 'true', 'hint::Vietnamese (vi)': 'Nghề chính' }),
      q('end_group', '', ''),
      q('begin_group', 'noi_dung', 'NỘI DUNG'),
      q('select_one biet', 'biet', 'Ông/Bà có biết không?', { required: 'true' }),
      q('select_multiple kenh', 'kenh', 'Kênh thông tin', {
        required: 'true', relevant: "${biet} != '3'", constraint: "not(selected(., '6') and count-selected(.) > 1) and count-selected(.) <= 3",
      }),
      q('begin_group', 'danh_gia', 'Đánh giá các mặt', { appearance: 'table-list' }),
      q('select_one muc_do', 'danh_gia_nhan', '', { appearance: 'label' }),
      q('select_one muc_do', 'dg_thai_do', 'Thái độ phục vụ', { required: 'true', appearance: 'list-nolabel' }),
      q('select_one muc_do', 'dg_thoi_gian', 'Thời gian giải quyết', { required: 'true', appearance: 'list-nolabel' }),
      q('end_group', '', ''),
      q('text', 'y_kien', 'Ý kiến khác', { relevant: "selected(${kenh}, '2') or (${tuoi} >= 30 and not(${gioi_tinh} = 'nu'))", constraint: 'string-length(.) <= 500' }),
      q('date', 'ngay', 'Ngày phỏng vấn', { required: 'yes', constraint: ". >= date('2026-01-01')" }),
      q('note', 'cam_on', 'Xin cảm ơn!'),
      q('end_group', '', ''),
      { type: 'calculate', name: '__version__', calculation: "'vXb7fcd3kD6xoZkqUE6Zx7'" },
    ],
    choices: [
      ...[['nam', 'Nam'], ['nu', 'Nữ']].map(([name, label]) => ({ list_name: 'gioi_tinh', name: name!, [VI]: label!, [EN]: label! })),
      ...[['can_bo', 'Cán bộ'], ['nong_dan', 'Nông dân']].map(([name, label]) => ({ list_name: 'nghe', name: name!, [VI]: label!, [EN]: label! })),
      ...['Biết rõ', 'Biết nhưng không rõ', 'Không biết'].map((label, i) => ({ list_name: 'biet', name: String(i + 1), [VI]: label, [EN]: label })),
      ...['Báo chí', 'Mạng xã hội', 'Hội nghị', 'Cán bộ thôn', 'Người thân', 'Không có kênh nào']
        .map((label, i) => ({ list_name: 'kenh', name: String(i + 1), [VI]: label, [EN]: label })),
      ...['Rất hài lòng', 'Hài lòng', 'Không hài lòng'].map((label, i) => ({ list_name: 'muc_do', name: String(i + 1), [VI]: label, [EN]: label })),
    ],
    settings: { form_title: 'Khảo sát thử từ KoboToolbox', version: '2026120201', default_language: 'Vietnamese (vi)', name: 'data', form_id: 'kobo_thu' },
  };
}

/** The form with one row changed (matched by name) or added after it. */
export function withRow(spec: FormSpec, name: string, change: (row: Row) => Row[]): FormSpec {
  return { ...spec, survey: spec.survey.flatMap((row) => (row.name === name ? change(row) : [row])) };
}

export async function xlsxOf(spec: FormSpec): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const survey = book.addWorksheet('survey');
  survey.addRow(SURVEY_HEADERS);
  for (const row of spec.survey) survey.addRow(SURVEY_HEADERS.map((h) => row[h] ?? null));
  const choiceHeaders = ['list_name', 'name', VI, EN];
  const choices = book.addWorksheet('choices');
  choices.addRow(choiceHeaders);
  for (const row of spec.choices) choices.addRow(choiceHeaders.map((h) => row[h] ?? null));
  if (spec.settings) {
    const settings = book.addWorksheet('settings');
    settings.addRow(Object.keys(spec.settings));
    settings.addRow(Object.values(spec.settings));
  }
  return new Uint8Array(await book.xlsx.writeBuffer());
}

/** The spreadsheet row (1 = header) of the survey row named `name`. */
export function rowOf(spec: FormSpec, name: string): number {
  return spec.survey.findIndex((row) => row.name === name) + 2;
}

/** Five broken forms: what is wrong, where (survey sheet row and column letter) and the refusal's code. */
export const BROKEN: { why: string; spec: () => FormSpec; column: string; code: string; row: (spec: FormSpec) => number }[] = [
  { why: 'an unknown type', column: 'A', code: 'xlsform.unknown_type', row: (spec) => rowOf(spec, 'tuoi'),
    spec: () => withRow(koboForm(), 'tuoi', (row) => [{ ...row, type: 'integer_number' }]) },
  { why: 'a broken relevant', column: 'G', code: 'xlsform.expression_syntax', row: (spec) => rowOf(spec, 'y_kien'),
    spec: () => withRow(koboForm(), 'y_kien', (row) => [{ ...row, relevant: "${tuoi} >> 30 and (" }]) },
  { why: 'a missing choice list', column: 'A', code: 'xlsform.missing_list', row: (spec) => rowOf(spec, 'biet'),
    spec: () => withRow(koboForm(), 'biet', (row) => [{ ...row, type: 'select_one khong_co' }]) },
  { why: 'a duplicate name', column: 'B', code: 'xlsform.duplicate_name',
    // Reported where the second one stands: the row now named "tuoi" after the first.
    row: (spec) => spec.survey.findLastIndex((r) => r.name === 'tuoi') + 2,
    spec: () => withRow(koboForm(), 'ngay', (row) => [{ ...row, name: 'tuoi' }]) },
  { why: 'a repeat', column: 'A', code: 'xlsform.unsupported_repeat', row: (spec) => rowOf(spec, 'lap'),
    spec: () => withRow(koboForm(), 'cam_on', (row) => [row, { type: 'begin_repeat', name: 'lap', 'label::Vietnamese (vi)': 'Thành viên' },
      { type: 'text', name: 'ten_tv', 'label::Vietnamese (vi)': 'Tên' }, { type: 'end_repeat', name: '' }]) },
];
