// The system-file writer on its own, read back by PSPP: long names, strings of every awkward width (short,
// 255, just over 255, several segments) in Vietnamese, labels with quotes, apostrophes and line breaks,
// missing values of numbers and strings, system-missing, and a file with no cases at all.
import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { spssDate } from '#shared/exporting/cells.ts';
import { cutToBytes } from '#shared/exporting/labels.ts';
import type { SavDictionary, SavVariable } from '#server/export/sav/dictionary.ts';
import { writeSav, type SavValue } from '#server/export/sav/write-sav.ts';
import { pspp, tempDir } from './support.ts';

const LONG_NAME = `v${'x'.repeat(62)}9`; // 64 bytes
const QUOTED = 'Nữ “kép” \'đơn\'\nhai dòng\tvà 🙂';
const WIDTHS = [1, 8, 9, 255, 256, 504, 505, 1200];
const text = (bytes: number) => {
  let out = '';
  while (new TextEncoder().encode(`${out}ệ`).length <= bytes) out += out.length % 7 === 6 ? ' ' : 'ệ';
  return out.padEnd(out.length + bytes - new TextEncoder().encode(out).length, 'a');
};

const numeric = (name: string, rest: Partial<SavVariable> = {}): SavVariable => ({
  name, label: '', width: 0, format: { type: 'F', width: 8, decimals: 0 }, missing: [], valueLabels: [],
  measure: 'nominal', displayWidth: 8, ...rest,
});
const string = (name: string, width: number, rest: Partial<SavVariable> = {}): SavVariable => ({
  ...numeric(name), width, format: { type: 'A', width, decimals: 0 }, ...rest,
});

const dictionary = (caseCount: number): SavDictionary => ({
  fileLabel: 'Tệp “thử” \'nháy\'', createdAt: Date.parse('2026-06-03T09:30:00+07:00'), caseCount,
  variables: [
    numeric('q1', { label: `Câu 1. ${QUOTED}`, missing: [-1, -2, -3], valueLabels: [{ value: 1, label: 'Nam' }, { value: 2, label: QUOTED }, { value: -2, label: 'Để trống' }] }),
    numeric(LONG_NAME, { label: 'Tên biến dài 64 byte', format: { type: 'F', width: 10, decimals: 2 }, measure: 'scale' }),
    numeric('day', { format: { type: 'EDATE', width: 10, decimals: 0 }, measure: 'scale' }),
    string('unit', 3, { valueLabels: [{ value: '07', label: 'Phường “Bảy”' }] }),
    string('note', 20, { missing: ['-1', '-2', '-3'], valueLabels: [{ value: '-2', label: 'Để trống' }] }),
    ...WIDTHS.map((w) => string(`s${w}`, w, { label: `Chuỗi ${w} byte` })),
  ],
  sets: [],
});

const ROWS: SavValue[][] = [
  [1, 3.25, spssDate('2026-05-28'), '07', 'Tiểu thương', ...WIDTHS.map(text)],
  [-2, null, spssDate('2026-06-02'), '01', '-2', ...WIDTHS.map(() => '')],
  [null, -1234.5, null, '', `“dài” ${'ơ'.repeat(40)}`, ...WIDTHS.map((w) => `${text(w)}cắt bỏ phần thừa`)],
];

async function writeFile(dir: string, name: string, dict: SavDictionary, rows: SavValue[][]): Promise<void> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of writeSav(dict, rows)) chunks.push(chunk);
  writeFileSync(join(dir, name), Buffer.concat(chunks));
}

describe('the .sav writer', () => {
  it('writes what PSPP reads back: names, labels, missing values, strings of every width, no cases', async () => {
    const dir = tempDir();
    await writeFile(dir, 'cases.sav', dictionary(ROWS.length), ROWS);
    await writeFile(dir, 'empty.sav', dictionary(0), []);

    const run = await pspp(dir, "GET FILE='cases.sav'.\nDISPLAY DICTIONARY.\nGET FILE='empty.sav'.\nDISPLAY DICTIONARY.\n");
    expect(run.log).not.toMatch(/warning|error/i);
    const [cases, empty] = run.tables.filter((t) => t.title === 'Variables');
    const names = cases!.rows.slice(1).map((row) => row[0]);
    expect(names).toEqual(dictionary(0).variables.map((v) => v.name));
    expect(empty!.rows.slice(1).map((row) => row[0])).toEqual(names);
    const q1 = cases!.rows.find((row) => row[0] === 'q1')!;
    // A label is one line in SPSS: the line break and the tab become spaces, everything else stays.
    expect(q1[2]).toBe('Câu 1. Nữ “kép” \'đơn\' hai dòng và 🙂');
    expect(q1[9]).toBe('-1; -2; -3');
    expect(cases!.rows.find((row) => row[0] === 'note')![9]).toMatch(/"-1\s*"; "-2\s*"; "-3\s*"/);
    expect(cases!.rows.find((row) => row[0] === 's1200')![7]).toBe('A1200');
    const valueLabels = run.tables.find((t) => t.title === 'Value Labels')!.rows.map((row) => row[2]);
    expect(valueLabels).toEqual(expect.arrayContaining(['Nữ “kép” \'đơn\' hai dòng và 🙂', 'Phường “Bảy”', 'Để trống']));

    // Data, through PSPP's own converter: numbers, dates, system-missing, and strings cut only at their width.
    await promisify(execFile)('pspp-convert', ['cases.sav', 'cases.csv'], { cwd: dir });
    await promisify(execFile)('pspp-convert', ['empty.sav', 'empty.csv'], { cwd: dir });
    expect(readFileSync(join(dir, 'empty.csv'), 'utf8').trim()).toBe(names.join(','));
    const [header, ...data] = Papa.parse<string[]>(readFileSync(join(dir, 'cases.csv'), 'utf8').trim()).data;
    expect(header).toEqual(names);
    expect(data[0]!.slice(0, 5)).toEqual(['1', '3.25', '05/28/2026', '07', 'Tiểu thương']);
    expect(data[1]!.slice(0, 5)).toEqual(['-2', ' ', '06/02/2026', '01', '-2']);
    expect(data[2]!.slice(0, 5)).toEqual([' ', '-1234.5', ' ', '', cutToBytes(`“dài” ${'ơ'.repeat(40)}`, 20)]);
    WIDTHS.forEach((w, i) => {
      expect(data[0]![5 + i], `width ${w}`).toBe(text(w).trimEnd());
      expect(data[1]![5 + i]).toBe('');
      expect(data[2]![5 + i], `width ${w}, cut`).toBe(text(w).trimEnd());
    });
  }, 30_000);

  it('refuses to write fewer or more cases than its header announces', async () => {
    const write = async () => { for await (const _ of writeSav(dictionary(2), ROWS)) { /* drain */ } };
    await expect(write()).rejects.toThrow(/announces 2 cases, 3 were written/);
  });
});
