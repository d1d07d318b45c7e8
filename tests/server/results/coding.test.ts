// The coding of "other – specify" texts through the API (issue 21): three texts of Câu 3 given a new code are kept
// beside the originals (which stay as written), audit-logged, counted in a coded table right after Câu 3's, and
// exported as c3_other_code with its value label next to c3_other in the .sav (read back by PSPP) and the .xlsx;
// and unit boards see their own unit's results only once the admin lets them.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { foldText } from '#shared/coding/group-texts.ts';
import type { CodingResponse } from '#shared/coding/schema.ts';
import type { ResultsResponse, TextsResponse } from '#shared/tables/schema.ts';
import { demoPassword } from '#server/demo/seed.ts';
import { demoWithInterviews, downloadBytes, pspp, tempDir, type ExportTestApp } from '../export/support.ts';

const SLUG = 'hung-yen-2026';

describe('coding the "other" texts of Câu 3', () => {
  let t: ExportTestApp;
  let texts: string[];
  let records: unknown[];
  beforeAll(async () => {
    t = await demoWithInterviews(300, { seed: 21 });
    const listed = await (await t.request(`/api/admin/results/${SLUG}/texts?variable=c3_other&status=received`, { headers: { cookie: t.cookie } })).json() as TextsResponse;
    // The demo's generator writes three kinds of "other" texts: two are coded, one is left.
    texts = listed.groups.slice(0, 2).flatMap((g) => g.variants.map((v) => v.text));
    records = t.db.prepare('SELECT record FROM interviews ORDER BY id').pluck().all();
  }, 60_000);
  const post = (path: string, body: unknown) => t.post(path, body, { cookie: t.cookie });
  const json = async <T>(path: string, cookie = t.cookie): Promise<T> => (await t.request(path, { headers: { cookie } })).json() as Promise<T>;

  it('stores a new code beside the texts, logs it, and counts it in a table after Câu 3', async () => {
    const response = await post(`/api/admin/results/${SLUG}/codings`, { variable: 'c3_other', texts, newLabel: 'Tiểu thương' });
    expect(response.status).toBe(200);
    // Câu 3's codes run to 7 ("Khác"): the new code is 8, never one of the question's.
    const coded = await response.json() as CodingResponse;
    expect(coded).toEqual({ variable: 'c3_other', code: 8, label: 'Tiểu thương', texts: new Set(texts.map(foldText)).size });
    expect(t.db.prepare('SELECT record FROM interviews ORDER BY id').pluck().all()).toEqual(records);
    expect(t.db.prepare(`SELECT action, target FROM audit_log WHERE action = 'results.code'`).all())
      .toEqual([{ action: 'results.code', target: `survey:${SLUG}` }]);

    const listed = await json<TextsResponse>(`/api/admin/results/${SLUG}/texts?variable=c3_other&status=received`);
    expect(listed.codes.at(-1)).toEqual({ code: 8, label: 'Tiểu thương', fromQuestion: false });
    expect(listed.groups.map((g) => g.code)).toEqual([8, 8, null]);

    const folded = new Set(texts.map(foldText));
    const answers = (t.db.prepare(`SELECT json_extract(record, '$.answers.c3_other') FROM interviews
      WHERE json_type(record, '$.answers.c3_other') = 'text'`).pluck().all() as string[]);
    const expected = answers.filter((a) => folded.has(foldText(a))).length;
    const results = await json<ResultsResponse>(`/api/admin/results/${SLUG}?status=received`);
    const at = results.tables.findIndex((tb) => tb.variable === 'c3_other_code');
    expect(results.tables[at - 1]!.variable).toBe('c3');
    const table = results.tables[at]!;
    if (table.kind !== 'frequency') throw new Error('a frequency table');
    expect(table.rows).toEqual([expect.objectContaining({ key: '8', label: 'Tiểu thương', count: expected, validPercent: 100 })]);
    expect(table.total).toBe(answers.length);
    expect(table.missing).toEqual([expect.objectContaining({ key: 'uncoded', count: answers.length - expected })]);
  });

  it('refuses a code the variable has not, and both a code and a new one', async () => {
    expect((await post(`/api/admin/results/${SLUG}/codings`, { variable: 'c3_other', texts, code: 42 })).status).toBe(400);
    expect((await post(`/api/admin/results/${SLUG}/codings`, { variable: 'c3_other', texts, code: 8, newLabel: 'X' })).status).toBe(400);
    // An existing option of Câu 3 is a code too: one text coded back into "1".
    const back = await post(`/api/admin/results/${SLUG}/codings`, { variable: 'c3_other', texts: [texts.at(-1)!], code: 1 });
    expect(back.status).toBe(200);
    const undo = await post(`/api/admin/results/${SLUG}/codings`, { variable: 'c3_other', texts: [texts.at(-1)!], code: 8 });
    expect(undo.status).toBe(200);
  });

  it('exports c3_other_code with its value label beside c3_other, in the .sav (PSPP) and the .xlsx', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'coded.sav'), await downloadBytes(t, SLUG, 'format=sav'));
    const run = await pspp(dir, `GET FILE='coded.sav'.\nDISPLAY DICTIONARY.\nFREQUENCIES c3_other_code.\n`);
    expect(run.log).not.toMatch(/error/i);
    const names = run.table('Variables').rows.slice(1).map((row) => row[0]);
    expect(names[names.indexOf('c3_other') + 1]).toBe('c3_other_code');
    // PSPP names the variable by its label on its first value's line: code 1 (Câu 3's own option, used above), then 8.
    const labels = run.table('Value Labels').rows;
    const first = labels.findIndex((row) => row[0] === 'Câu 3. Ông/Bà thuộc đối tượng nào? – Khác (ghi rõ) (đã mã hoá)');
    expect(labels.slice(first, first + 2).map((row) => row.slice(1))).toEqual([['1', 'Cán bộ, công chức, viên chức'], ['8', 'Tiểu thương']]);
    const folded = new Set(texts.map(foldText));
    const expected = (t.db.prepare(`SELECT json_extract(record, '$.answers.c3_other') FROM interviews
      WHERE json_type(record, '$.answers.c3_other') = 'text'`).pluck().all() as string[]).filter((a) => folded.has(foldText(a))).length;
    const frequency = run.table('Câu 3. Ông/Bà thuộc đối tượng nào? – Khác (ghi rõ) (đã mã hoá)');
    expect(frequency.rows.find((row) => row[1] === 'Tiểu thương')?.[2]).toBe(String(expected));

    const book = new ExcelJS.Workbook();
    const bytes = await downloadBytes(t, SLUG, 'format=xlsx');
    await book.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    const textColumn = header.indexOf('c3_other') + 1;
    expect(header[textColumn]).toBe('c3_other_code');
    let counted = 0;
    sheet.eachRow((row, no) => {
      if (no === 1) return;
      const text = row.getCell(textColumn).value;
      const code = row.getCell(textColumn + 1).value;
      if (typeof text === 'string' && folded.has(foldText(text))) {
        counted += 1;
        expect([8, 'Tiểu thương']).toContain(code);
      }
    });
    expect(counted).toBe(expected);
  });

  it('shows a unit board its own unit only once the admin lets boards see results', async () => {
    const board = await t.signIn('bxd01', demoPassword('bxd01'));
    const own = `/api/unit-results/${SLUG}/units/01?status=received`;
    expect((await t.request(own, { headers: { cookie: board } })).status).toBe(403);
    expect(await json(`/api/admin/results/${SLUG}/unit-boards`)).toEqual({ visible: false });
    expect((await post(`/api/admin/results/${SLUG}/unit-boards`, { visible: true })).status).toBe(200);
    const seen = await t.request(own, { headers: { cookie: board } });
    expect(seen.status).toBe(200);
    const results = await seen.json() as ResultsResponse;
    const unitCount = t.db.prepare(`SELECT count(*) FROM interviews i JOIN units u ON u.id = i.unit_id WHERE u.no = '01'`).pluck().get();
    expect(results.total).toBe(unitCount);
    expect((await t.request(`/api/unit-results/${SLUG}/units/07`, { headers: { cookie: board } })).status).toBe(403);
    expect(t.db.prepare(`SELECT count(*) FROM audit_log WHERE action = 'results.unitBoards'`).pluck().get()).toBe(1);
  });
});
