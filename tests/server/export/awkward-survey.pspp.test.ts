// Labels with quotes, apostrophes, line breaks, tabs and any Unicode, a long Vietnamese answer, and two
// questionnaire versions in one file, through every format; and a survey with no interviews, which gives
// valid empty files rather than an error.
import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { oneLine } from '#shared/exporting/labels.ts';
import type { Interview } from '#shared/interview/schema.ts';
import { createSurvey } from '#server/services/surveys.ts';
import { testApp } from '../support/test-app.ts';
import {
  AWKWARD, LONG_ANSWER, awkwardSurvey, awkwardWithInterviews, downloadBytes, pspp, tempDir, type ExportTestApp,
} from './support.ts';

const SLUG = 'kho-2026';
const BASE = 'kho-2026-2026-05-28';
const run = promisify(execFile);

async function adminApp(): Promise<ExportTestApp> {
  const t = await testApp();
  await t.addAccount({ username: 'quantri', role: 'admin' });
  return { ...t, cookie: await t.signIn('quantri'), interviews: [] };
}

async function workbook(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return book;
}

const csvRows = (bytes: Buffer) => Papa.parse<string[]>(bytes.toString('utf8').replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;

describe('an awkward survey with two questionnaire versions', () => {
  let t: ExportTestApp;
  let interviews: Interview[];
  let dir: string;
  beforeAll(async () => {
    t = await adminApp();
    interviews = await awkwardWithInterviews(t);
    dir = tempDir();
  });

  it('.sav and .sps: PSPP shows the labels on one line, the long answer whole, both versions lined up', async () => {
    writeFileSync(join(dir, 'kho.sav'), await downloadBytes(t, SLUG, 'format=sav'));
    writeFileSync(join(dir, 'kho.zip'), await downloadBytes(t, SLUG, 'format=sps'));
    await run('python3', ['-m', 'zipfile', '-e', 'kho.zip', '.'], { cwd: dir });
    const result = await pspp(dir, `GET FILE='kho.sav'.
DISPLAY DICTIONARY.
MRSETS /DISPLAY NAME=ALL.
INSERT FILE='${BASE}.sps'.
DISPLAY DICTIONARY.
MRSETS /DISPLAY NAME=ALL.
`);
    expect(result.log).not.toMatch(/warning|error/i);
    const [fromSav, fromSps] = result.tables.filter((table) => table.title === 'Variables');
    const names = fromSav!.rows.slice(1).map((row) => row[0]);
    // The newest version's order; q4 (version 2 only) after q1 and its "other" text; option 4 of q3 added.
    expect(names.slice(10)).toEqual(['q1', 'q1_other', 'q4', 'q2', 'q3_1', 'q3_2', 'q3_3', 'q3_4']);
    const labelOf = (rows: string[][], name: string) => rows.find((row) => row[0] === name)?.[2];
    for (const table of [fromSav!, fromSps!]) {
      expect(labelOf(table.rows, 'q1')).toBe(`Câu 1. Chọn: ${oneLine(AWKWARD)}`);
      expect(labelOf(table.rows, 'q3_3')).toBe(`Câu 3 – Ba ${oneLine(AWKWARD)}`);
    }
    expect(fromSps!.rows.slice(1).map((row) => row.slice(0, 3))).toEqual(fromSav!.rows.slice(1).map((row) => row.slice(0, 3)));
    const valueLabels = result.tables.filter((table) => table.title === 'Value Labels').map((table) => table.rows.map((row) => row[2]));
    for (const labels of valueLabels) expect(labels).toEqual(expect.arrayContaining([oneLine(AWKWARD), 'Có "đồng ý"', 'Mới 🙂', 'Xã “Một”', 'Phường O\'Neil']));
    const sets = result.tables.filter((table) => table.title === 'Multiple Response Sets').map((table) => table.rows[1]!.slice(0, 2));
    expect(sets).toEqual([['$q3', `Câu 3. Nhiều lựa chọn ${oneLine(AWKWARD)}`], ['$q3', `Câu 3. Nhiều lựa chọn ${oneLine(AWKWARD)}`]]);

    // The data, through PSPP's converter: the long answer keeps every byte and its line break in the .sav.
    await run('pspp-convert', ['kho.sav', 'kho.csv'], { cwd: dir });
    // Only the final line break goes: the last row may end in a system-missing blank.
    const [header, ...rows] = Papa.parse<string[]>(readFileSync(join(dir, 'kho.csv'), 'utf8').replace(/(\r?\n)+$/, '')).data;
    const col = (name: string) => header!.indexOf(name);
    const byId = new Map(rows.map((row) => [row[col('id')], row]));
    for (const interview of interviews) {
      const row = byId.get(interview.id)!;
      expect(row[col('q2')]).toBe(typeof interview.answers.q2 === 'string' ? interview.answers.q2.trimEnd() : '');
      // Version 1 never asked q4 nor offered option 4 of q3: system-missing, not "not chosen".
      const q3 = interview.answers.q3 as number[];
      expect([row[col('q4')], row[col('q3_4')]]).toEqual(interview.questionnaireVersion === 1
        ? [' ', ' '] : [String(interview.answers.q4 as number), q3.includes(4) ? '1' : '0']);
      expect(row[col('q3_1')]).toBe(q3.includes(1) ? '1' : '0');
    }
    expect(rows.filter((row) => row[col('q2')] === LONG_ANSWER.trimEnd())).toHaveLength(2);
  }, 30_000);

  it('.xlsx: the codebook and the data keep every character; .csv with labels too', async () => {
    const book = await workbook(await downloadBytes(t, SLUG, 'format=xlsx&labels=1'));
    const codebook = book.getWorksheet('Sổ tay biến')!;
    const q1 = codebook.getRows(2, codebook.rowCount - 1)!.find((row) => row.getCell(1).text === 'q1')!;
    expect(q1.getCell(2).text).toBe(`Câu 1. Chọn: ${AWKWARD}`);
    expect(q1.getCell(5).text.split('\n')).toEqual(expect.arrayContaining(['1 = Có "đồng ý"', '4 = Mới 🙂', '2 = Ý kiến “kép” và \'đơn\', O\'Neil;']));
    const data = book.getWorksheet('Dữ liệu')!;
    const header = (data.getRow(1).values as unknown[]).slice(1);
    const cells = data.getRows(2, data.rowCount - 1)!.map((row) => (row.values as unknown[]).slice(1));
    const longOnes = cells.filter((row) => row[header.indexOf('q2')] === LONG_ANSWER);
    expect(longOnes).toHaveLength(2);
    const chose2 = interviews.filter((i) => i.answers.q1 === 2).length;
    expect(cells.filter((row) => row[header.indexOf('q1')] === AWKWARD)).toHaveLength(chose2);
    expect(cells.every((row) => row[header.indexOf('unit_name')] === 'Xã “Một”' || row[header.indexOf('unit_name')] === 'Phường O\'Neil')).toBe(true);

    const csv = csvRows(await downloadBytes(t, SLUG, 'format=csv&labels=1'));
    expect(csv[0]).toEqual(header);
    expect(csv.slice(1).filter((row) => row[header.indexOf('q2')] === LONG_ANSWER)).toHaveLength(2);
    expect(csv.slice(1).filter((row) => row[header.indexOf('q1')] === AWKWARD)).toHaveLength(chose2);
  });
});

describe('a survey with no interviews', () => {
  it('gives valid empty files in every format', async () => {
    const t = await adminApp();
    createSurvey(t.db, awkwardSurvey.survey, awkwardSurvey.versions, new Date(t.clock.now()).toISOString());
    const dir = tempDir();
    writeFileSync(join(dir, 'empty.sav'), await downloadBytes(t, SLUG, 'format=sav'));
    writeFileSync(join(dir, 'empty.zip'), await downloadBytes(t, SLUG, 'format=sps'));
    await run('python3', ['-m', 'zipfile', '-e', 'empty.zip', '.'], { cwd: dir });
    const result = await pspp(dir, `GET FILE='empty.sav'.\nDISPLAY DICTIONARY.\nINSERT FILE='${BASE}.sps'.\nDISPLAY DICTIONARY.\n`);
    expect(result.log).not.toMatch(/warning|error/i);
    const tables = result.tables.filter((table) => table.title === 'Variables');
    expect(tables.map((table) => table.rows.length - 1)).toEqual([18, 18]);
    await run('pspp-convert', ['empty.sav', 'empty.csv'], { cwd: dir });
    expect(readFileSync(join(dir, 'empty.csv'), 'utf8').trim().split('\n')).toHaveLength(1);

    const book = await workbook(await downloadBytes(t, SLUG, 'format=xlsx'));
    expect(book.getWorksheet('Dữ liệu')!.rowCount).toBe(1);
    // The header, 18 variables, a blank line and the note on CSV text cells.
    expect(book.getWorksheet('Sổ tay biến')!.rowCount).toBe(21);
    const csv = await downloadBytes(t, SLUG, 'format=csv');
    expect(csv.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(csvRows(csv)).toHaveLength(1);
  }, 30_000);
});
