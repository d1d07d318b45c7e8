// The demo survey's 1,000 generated interviews leave Phiếu as .sav and as .sps + CSV, and PSPP reads both:
// every label in Vietnamese, and frequencies, descriptives and a chi-square cross-tab equal to counts taken
// straight from the database.
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { hungYen2026Survey, hungYen2026Version1 } from '#shared/demo/hung-yen-2026.ts';
import { questionsOf } from '#shared/survey/questions.ts';
import { vi } from '#shared/i18n/vi/index.ts';
import { demoWithInterviews, downloadBytes, pspp, tempDir, type ExportTestApp, type PsppRun } from './support.ts';

const SURVEY = 'hung-yen-2026';
const MISSING: Record<number, string> = { [-1]: vi['survey.missing.skipped'], [-2]: vi['survey.missing.blank'], [-3]: vi['survey.missing.illegible'] };
const questions = questionsOf(hungYen2026Version1);
const question = (variable: string) => questions.find((q) => q.variable === variable)!;

/** Code → count of one answer variable, declared missing codes included, straight from the stored records. */
function countsFromDb(t: ExportTestApp, variable: string): Map<number, number> {
  const rows = t.db.prepare(
    `SELECT coalesce(json_extract(record, '$.answers.' || ? || '.missing'), json_extract(record, '$.answers.' || ?)) AS code, count(*) AS n
     FROM interviews WHERE practice = 0 AND voided = 0 GROUP BY code`,
  ).all(variable, variable) as { code: number; n: number }[];
  return new Map(rows.map((r) => [r.code, r.n]));
}

/** Label → frequency of a FREQUENCIES table (valid and missing rows). */
function frequencies(run: PsppRun, title: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const row of run.table(title).rows.slice(1)) if (row[0] !== 'Total') out.set(row[1]!, Number(row[2]));
  return out;
}

function expectedFrequencies(t: ExportTestApp, variable: string, labels: Map<number, string>): Map<string, number> {
  const out = new Map<string, number>();
  for (const [code, n] of countsFromDb(t, variable)) out.set(labels.get(code) ?? MISSING[code] ?? String(code), n);
  return out;
}

const optionLabels = (variable: string) => {
  const q = question(variable);
  return new Map('options' in q ? q.options.map((o) => [o.code, o.label] as const) : []);
};

const SINGLES = ['c1', 'c3', 'c7', 'c9', 'c13'];
const frequencySyntax = `FREQUENCIES ${SINGLES.join(' ')} c11_3.\n`;

function expectFrequenciesMatch(run: PsppRun, t: ExportTestApp): void {
  for (const variable of SINGLES) {
    const q = question(variable);
    expect(frequencies(run, `${q.paperNumber}. ${q.text}`), variable).toEqual(expectedFrequencies(t, variable, optionLabels(variable)));
  }
  expect(frequencies(run, 'Câu 11.3. Ứng dụng công nghệ thông tin, dịch vụ công trực tuyến'))
    .toEqual(expectedFrequencies(t, 'c11_3', optionLabels('c11')));
}

describe('the demo survey in PSPP (1,000 interviews)', () => {
  let t: ExportTestApp;
  let dir: string;
  beforeAll(async () => {
    t = await demoWithInterviews(1000);
    dir = tempDir();
    writeFileSync(join(dir, 'demo.sav'), await downloadBytes(t, SURVEY, 'format=sav'));
    writeFileSync(join(dir, 'demo.zip'), await downloadBytes(t, SURVEY, 'format=sps'));
  }, 60_000);

  it('.sav: the dictionary, frequencies, descriptives, a chi-square cross-tab and the multiple-response sets', async () => {
    const run = await pspp(dir, `GET FILE='demo.sav'.
DISPLAY DICTIONARY.
${frequencySyntax}
DESCRIPTIVES c2.
CROSSTABS /TABLES=c7 BY c1 /STATISTICS=CHISQ.
MRSETS /DISPLAY NAME=ALL.
FREQUENCIES c12_6.
`);
    expect(run.log).not.toMatch(/warning|error/i);

    // Every variable label, in Vietnamese, with the paper number.
    const labels = new Map(run.table('Variables').rows.slice(1).map((row) => [row[0]!, row[2]!]));
    for (const q of questions) {
      if (q.kind === 'grid') for (const row of q.rows) expect(labels.get(row.variable)).toBe(`Câu ${row.paperNumber}. ${row.text}`);
      else if (q.kind === 'multiple') for (const o of q.options) expect(labels.get(`${q.variable}_${o.code}`)).toBe(`${q.paperNumber} – ${o.label}`);
      else if (q.kind !== 'note') expect(labels.get(q.variable)).toBe(`${q.paperNumber}. ${q.text}`);
    }
    expect(labels.get('interview_date')).toBe('Ngày khảo sát');
    expect(labels.get('unit_no')).toBe('Số đơn vị');

    // Every value label: each option text of single choices and grids (multiple choices label their 0/1
    // variables instead, above), the missing codes, the unit names.
    // PSPP marks user-missing values with a footnote ("-1[a]").
    const valueLabels = run.table('Value Labels').rows.slice(1).map((row) => `${(row[1] ?? '').replace(/\[[a-z]\]$/, '')}=${row[2]}`);
    for (const q of questions) {
      if (q.kind === 'single' || q.kind === 'grid') for (const o of q.options) expect(valueLabels).toContain(`${o.code}=${o.label}`);
    }
    for (const [code, label] of Object.entries(MISSING)) expect(valueLabels).toContain(`${code}=${label}`);
    for (const unit of hungYen2026Survey.units) expect(valueLabels).toContain(`${unit.no}=${unit.name}`);
    expect(valueLabels).toContain('1=Có chọn');

    expectFrequenciesMatch(run, t);

    const ages = t.db.prepare(
      `SELECT count(*) AS n, avg(v) AS mean, min(v) AS min, max(v) AS max FROM (SELECT json_extract(record, '$.answers.c2') AS v
       FROM interviews WHERE json_type(record, '$.answers.c2') = 'integer')`,
    ).get() as { n: number; mean: number; min: number; max: number };
    const described = run.table('Descriptive Statistics').rows.find((row) => row[0] === 'Câu 2. Tuổi của Ông/Bà:')!;
    expect(described.slice(1, 3).concat(described.slice(4))).toEqual([String(ages.n), ages.mean.toFixed(2), String(ages.min), String(ages.max)]);

    // Cross-tab c7 × c1 over valid codes, and Pearson's chi-square computed here from the same counts.
    const cells = t.db.prepare(
      `SELECT json_extract(record, '$.answers.c7') AS a, json_extract(record, '$.answers.c1') AS b, count(*) AS n FROM interviews
       WHERE json_type(record, '$.answers.c7') = 'integer' AND json_type(record, '$.answers.c1') = 'integer' GROUP BY a, b`,
    ).all() as { a: number; b: number; n: number }[];
    const count = (a: number, b: number) => cells.find((c) => c.a === a && c.b === b)?.n ?? 0;
    const crosstab = run.tables.find((table) => table.title.startsWith('Câu 7.') && table.title.endsWith('× Câu 1. Giới tính:'))!;
    const tableRows = crosstab.rows.filter((row) => row[2] === 'Count' && row[0] !== 'Total');
    expect(tableRows.map((row) => [row[1], Number(row[3]), Number(row[4])])).toEqual(
      [1, 2, 3].map((a) => [optionLabels('c7').get(a), count(a, 1), count(a, 2)]),
    );
    const total = cells.reduce((sum, c) => sum + c.n, 0);
    let chi = 0;
    for (const a of [1, 2, 3]) {
      for (const b of [1, 2]) {
        const expected = ([1, 2].reduce((s, bb) => s + count(a, bb), 0) * [1, 2, 3].reduce((s, aa) => s + count(aa, b), 0)) / total;
        chi += (count(a, b) - expected) ** 2 / expected;
      }
    }
    const pearson = run.table('Chi-Square Tests').rows.find((row) => row[0] === 'Pearson Chi-Square')!;
    expect([pearson[1], pearson[2]]).toEqual([chi.toFixed(2).replace(/^0\./, '.'), '2']);

    // The multiple-response sets, one per multiple choice, with their 0/1 variables.
    const sets = run.table('Multiple Response Sets').rows.slice(1).map((row) => [row[0], row[1], row[2], row[3], row[4]!.split('\n')]);
    expect(sets).toEqual(questions.filter((q) => q.kind === 'multiple').map((q) => [
      `$${q.variable}`, `${q.paperNumber}. ${q.text}`, 'Dichotomies', '1', q.options.map((o) => `${q.variable}_${o.code}`),
    ]).sort((a, b) => String(a[0]).localeCompare(String(b[0]))));
    // A 0/1 column counts what the database holds: interviews whose c12 includes code 6.
    const chose6 = t.db.prepare(
      `SELECT count(*) FROM interviews i, json_each(i.record, '$.answers.c12') je
       WHERE json_type(i.record, '$.answers.c12') = 'array' AND je.value = 6`,
    ).pluck().get() as number;
    expect(frequencies(run, 'Câu 12 – Không có khó khăn gì').get('Có chọn')).toBe(chose6);
  }, 30_000);

  it('.sps + CSV: the syntax reads its CSV and gives the same frequencies and sets', async () => {
    // Python's zipfile unpacks it: a reader other than our own writer.
    await promisify(execFile)('python3', ['-m', 'zipfile', '-e', 'demo.zip', '.'], { cwd: dir });
    const syntax = `INSERT FILE='hung-yen-2026-2026-05-28.sps'.\n${frequencySyntax}MRSETS /DISPLAY NAME=ALL.\n`;
    const run = await pspp(dir, syntax);
    expect(run.log).not.toMatch(/warning|error/i);
    expectFrequenciesMatch(run, t);
    expect(run.table('Multiple Response Sets').rows.slice(1).map((row) => row[0])).toEqual(['$c12', '$c15', '$c8']);
  }, 30_000);
});
