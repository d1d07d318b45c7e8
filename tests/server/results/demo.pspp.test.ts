// The proof against SPSS's figures (issue 21): the demo survey with 1,000 generated interviews leaves Phiếu as a
// .sav, PSPP's FREQUENCIES and CROSSTABS /STATISTICS=CHISQ run on it, and every number PSPP prints equals
// Phiếu's own table (through the results routes) to the precision PSPP prints it. A missing PSPP fails.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { hungYen2026Survey } from '#shared/demo/hung-yen-2026.ts';
import { vi } from '#shared/i18n/vi/index.ts';
import type { Crosstab, CrosstabResponse, FrequencyTable, ResultsResponse } from '#shared/tables/schema.ts';
import { demoWithInterviews, downloadBytes, pspp, tempDir, type ExportTestApp, type PsppRun } from '../export/support.ts';
import { psppCrosstab, psppFrequencies, psppPearson } from './pspp-support.ts';

const SLUG = 'hung-yen-2026';
const BANDS = 'c2:18-30,31-45,46-60,61+';
const SINGLES = ['c1', 'c3', 'c4', 'c5', 'c7', 'c9', 'c10', 'c13', 'c14'];
const GRID_ROWS = ['c11_1', 'c11_2', 'c11_3', 'c11_4', 'c11_5'];
const MULTIPLES = { c8: 6, c12: 7, c15: 5 } as const;
/** PSPP prints percentages to 0.1 and statistics to 0.01: a number agrees when it rounds to what PSPP printed. */
const agrees = (ours: number, printed: number, decimals: number) => Math.abs(ours - printed) <= 0.5 * 10 ** -decimals + 1e-9;
const MISSING_LABEL: Record<string, string> = { '-1': vi['survey.missing.skipped'], '-2': vi['survey.missing.blank'], '-3': vi['survey.missing.illegible'], system: 'System' };

/** The cross-tabs compared, as Phiếu names their sides and as the PSPP syntax below names its variables. */
const CROSSTABS: { row: string; by: string; pspp: string }[] = [
  { row: 'c9', by: 'c1', pspp: 'c9 BY c1' },
  { row: 'c9', by: 'unitKind', pspp: 'c9 BY unit_kind' },
  { row: 'c9', by: 'unit', pspp: 'c9 BY unit_no' },
  { row: 'c9', by: 'c2', pspp: 'c9 BY c2_band' },
  { row: 'c11_3', by: 'c5', pspp: 'c11_3 BY c5' },
  { row: 'c7', by: 'entry', pspp: 'c7 BY entry' },
  { row: 'c2', by: 'c14', pspp: 'c2_band BY c14' },
];

let t: ExportTestApp;
let run: PsppRun;
let ours: ResultsResponse;
const crosstabs = new Map<string, Crosstab>();

async function get<T>(path: string): Promise<T> {
  const response = await t.request(path, { headers: { cookie: t.cookie } });
  if (response.status !== 200) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}
const table = (variable: string) => ours.tables.find((x) => x.variable === variable)!;

function syntax(): string {
  const of = (kind: string) => hungYen2026Survey.units.filter((u) => u.kind === kind).map((u) => `'${u.no}'`).join(',');
  const counts = Object.entries(MULTIPLES).map(([v, n]) => `COUNT ${v}_n = ${Array.from({ length: n }, (_, i) => `${v}_${i + 1}`).join(' ')} (1).`);
  return [
    `GET FILE='demo.sav'.`,
    `RECODE c2 (18 THRU 30=1) (31 THRU 45=2) (46 THRU 60=3) (61 THRU HI=4) INTO c2_band.`,
    `VALUE LABELS c2_band 1 '18–30' 2 '31–45' 3 '46–60' 4 '61+'.`,
    // Phiếu lists unit kinds province, ward, commune: the demo has all three.
    `RECODE unit_no (${of('province')}=1) (${of('ward')}=2) (ELSE=3) INTO unit_kind.`,
    `VALUE LABELS unit_kind 1 '${vi['quota.kind.province']}' 2 '${vi['quota.kind.ward']}' 3 '${vi['quota.kind.commune']}'.`,
    `VALUE LABELS entry 1 '${vi['export.entry.interview']}' 2 '${vi['export.entry.paper']}'.`,
    ...counts,
    `EXECUTE.`,
    `FREQUENCIES ${[...SINGLES, ...GRID_ROWS, 'c2_band', 'unit_no'].join(' ')}.`,
    `FREQUENCIES c2 /FORMAT=NOTABLE /STATISTICS=MEAN MEDIAN STDDEV MINIMUM MAXIMUM.`,
    `FREQUENCIES ${Object.entries(MULTIPLES).flatMap(([v, n]) => [...Array.from({ length: n }, (_, i) => `${v}_${i + 1}`), `${v}_n`]).join(' ')}.`,
    ...CROSSTABS.map((c) => `CROSSTABS /TABLES=${c.pspp} /CELLS=COUNT ROW COLUMN TOTAL EXPECTED /STATISTICS=CHISQ.`),
    '',
  ].join('\n');
}

/** `recoded`: a variable made by RECODE, whose missing values are all system-missing ("." in PSPP's table). */
function expectFrequency(ourTable: FrequencyTable, title = ourTable.title, recoded = false): void {
  const theirs = psppFrequencies(run.table(title));
  expect(theirs.total, title).toBe(ourTable.total);
  // PSPP lists only the values that occur.
  const rows = ourTable.rows.filter((r) => r.count > 0);
  expect([...theirs.valid.keys()], title).toEqual(rows.map((r) => r.label));
  for (const r of rows) {
    const [count, percent, validPercent, cumulative] = theirs.valid.get(r.label)!;
    expect(count, `${title}: ${r.label}`).toBe(r.count);
    expect([agrees(r.percent, percent!, 1), agrees(r.validPercent, validPercent!, 1), agrees(r.cumulativePercent, cumulative!, 1)], `${title}: ${r.label}`).toEqual([true, true, true]);
  }
  if (recoded) expect([...theirs.missing.values()].reduce((a, b) => a + b, 0), title).toBe(ourTable.missing.reduce((a, m) => a + m.count, 0));
  else expect(theirs.missing, title).toEqual(new Map(ourTable.missing.map((m) => [MISSING_LABEL[m.key]!, m.count])));
}

describe('Phiếu’s tables against PSPP on the demo survey (1,000 interviews)', () => {
  beforeAll(async () => {
    t = await demoWithInterviews(1000);
    const dir = tempDir();
    writeFileSync(join(dir, 'demo.sav'), await downloadBytes(t, SLUG, 'format=sav'));
    run = await pspp(dir, syntax());
    ours = await get<ResultsResponse>(`/api/admin/results/${SLUG}?bands=${encodeURIComponent(BANDS)}`);
    for (const c of CROSSTABS) {
      const response = await get<CrosstabResponse>(`/api/admin/results/${SLUG}/crosstab?row=${c.row}&by=${c.by}&bands=${encodeURIComponent(BANDS)}`);
      crosstabs.set(c.pspp, response.crosstab);
    }
  }, 90_000);

  it('PSPP read the file and the syntax without a warning', () => {
    expect(run.log).not.toMatch(/warning|error/i);
  });

  it('FREQUENCIES: every single choice and the unit, count by count, %, valid %, cumulative %, missing codes apart', () => {
    for (const v of [...SINGLES, 'c6']) expectFrequency(table(v) as FrequencyTable, v === 'c6' ? vi['export.var.unitNo'] : undefined);
  });

  it('FREQUENCIES: each grid row against its line of the grid table', () => {
    const grid = table('c11');
    if (grid.kind !== 'grid') throw new Error('c11 is no grid');
    for (const row of grid.rows) {
      expect(GRID_ROWS).toContain(row.variable);
      expectFrequency({
        kind: 'frequency', variable: row.variable, title: row.label, total: grid.total, valid: row.valid, missing: row.missing,
        rows: grid.scale.map((s, i) => ({ key: s.key, label: s.label, count: row.counts[i]!, percent: (100 * row.counts[i]!) / grid.total, validPercent: row.validPercents[i]!, cumulativePercent: (100 * row.counts.slice(0, i + 1).reduce((a, b) => a + b, 0)) / row.valid })),
      });
    }
  });

  it('FREQUENCIES: the age’s mean, median, standard deviation, minimum and maximum, and its bands', () => {
    const age = table('c2');
    if (age.kind !== 'number') throw new Error('c2 is no number');
    const statistics = run.tables.find((x) => x.title === 'Statistics' && x.rows[0]![2] === age.title && x.rows.some((r) => r[0] === 'Mean'))!;
    const stats = new Map(statistics.rows.slice(1).map((r) => [`${r[0]}${r[1]}`, Number(r[2])]));
    expect(stats.get('NValid')).toBe(age.n);
    for (const [name, value] of [['Mean', age.mean], ['Median', age.median], ['Std Dev', age.sd], ['Minimum', age.min], ['Maximum', age.max]] as const) {
      expect(agrees(value!, stats.get(name)!, 2), `${name}: ${value} vs ${stats.get(name)}`).toBe(true);
    }
    expectFrequency(age.bands!, 'c2_band', true);
  });

  it('multiple choices: each option’s count, and the cases and responses the % of cases and of responses rest on', () => {
    for (const [variable, options] of Object.entries(MULTIPLES)) {
      const multiple = table(variable);
      if (multiple.kind !== 'multiple') throw new Error(`${variable} is no multiple choice`);
      const chosen = Array.from({ length: options }, (_, i) => {
        const label = `${multiple.title.split('.')[0]} – ${multiple.rows[i]!.label}`;
        return psppFrequencies(run.table(label)).valid.get(vi['export.choice.yes'])?.[0] ?? 0;
      });
      expect(chosen, variable).toEqual(multiple.rows.map((r) => r.count));
      const perCase = psppFrequencies(run.table(`${variable}_n`)).valid;
      const cases = [...perCase].filter(([n]) => Number(n) > 0).reduce((sum, [, [count]]) => sum + count!, 0);
      const responses = [...perCase].reduce((sum, [n, [count]]) => sum + Number(n) * count!, 0);
      expect([cases, responses], variable).toEqual([multiple.cases, multiple.responses]);
    }
  });

  it('CROSSTABS: counts, row, column and total %, expected counts and Pearson’s chi-square, cell by cell', () => {
    for (const c of CROSSTABS) {
      const ourTable = crosstabs.get(c.pspp)!;
      const title = `${ourTable.row.title} × ${c.pspp.endsWith('c2_band') ? 'c2_band' : c.pspp.endsWith('unit_kind') ? 'unit_kind' : c.pspp.endsWith('unit_no') ? vi['export.var.unitNo'] : c.pspp.endsWith('entry') ? vi['export.var.entry'] : ourTable.column.title}`;
      const theirTitle = c.pspp.startsWith('c2_band') ? title.replace(ourTable.row.title, 'c2_band') : title;
      const theirs = psppCrosstab(run, theirTitle);
      const rows = ourTable.rows.map((r, i) => ({ ...r, i })).filter((r) => ourTable.rowTotals[r.i]! > 0);
      const columns = ourTable.columns.map((col, j) => ({ ...col, j })).filter((col) => ourTable.columnTotals[col.j]! > 0);
      expect(theirs.columns, c.pspp).toEqual(columns.map((col) => col.label));
      expect([...theirs.cells.keys()], c.pspp).toEqual(rows.map((r) => r.label));
      let lowest = Infinity;
      let low = 0;
      for (const r of rows) {
        for (const col of columns) {
          const cell = theirs.cells.get(r.label)!.get(col.label)!;
          const where = `${c.pspp}: ${r.label} × ${col.label}`;
          expect(cell.Count, where).toBe(ourTable.counts[r.i]![col.j]);
          expect([
            agrees(ourTable.rowPercents[r.i]![col.j]!, cell['Row %']!, 1), agrees(ourTable.columnPercents[r.i]![col.j]!, cell['Column %']!, 1),
            agrees(ourTable.totalPercents[r.i]![col.j]!, cell['Total %']!, 1),
          ], where).toEqual([true, true, true]);
          lowest = Math.min(lowest, cell.Expected!);
          if (cell.Expected! < 5) low += 1;
        }
      }
      const pearson = psppPearson(run, theirTitle);
      expect(pearson.df, c.pspp).toBe(ourTable.chiSquare!.df);
      expect([agrees(ourTable.chiSquare!.statistic, pearson.value, 2), agrees(ourTable.chiSquare!.p, pearson.p, 3)], `${c.pspp}: ${JSON.stringify(ourTable.chiSquare)} vs ${JSON.stringify(pearson)}`).toEqual([true, true]);
      expect(agrees(ourTable.lowExpected!.minimum, lowest, 1), c.pspp).toBe(true);
      expect(ourTable.lowExpected!.cells, c.pspp).toBe(low);
    }
  });
});
