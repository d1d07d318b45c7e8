// Exports follow the review (issue 20, item 10): the status filter, optional columns for an open flag and which
// flags are open (so SPSS users can filter), and a second keying never exported (its first keying is the record).
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Interview } from '#shared/interview/schema.ts';
import { answered, reviewApp, SURVEY } from './support.ts';

/** The CSV as rows of cells, BOM dropped. */
async function csvOf(response: Response): Promise<string[][]> {
  return Papa.parse<string[]>((await response.text()).replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
}

describe('exports under review', () => {
  it('add the flag columns on request, follow the status filter, and leave second keyings out', async () => {
    const r = await reviewApp();
    const [a, b, c] = r.device.interviews({ count: 3, seed: 111, unitNos: ['01'] });
    const second: Interview = { ...c!, id: crypto.randomUUID(), secondKeying: true };
    await r.send([a!, { ...b!, serial: a!.serial! }, c!, second]);
    await answered(await r.act(c!.id, { action: 'approve', ...(await r.seen(c!.id)) }));
    const get = async (query: string) => csvOf(await r.t.request(`/api/admin/exports/${SURVEY}?format=csv&${query}`, { headers: { cookie: r.admin } }));

    const plain = await get('');
    expect(plain[0]).not.toContain('flagged');
    expect(plain).toHaveLength(4);
    const withFlags = await get('review=1');
    const [head, ...rows] = withFlags;
    const col = (name: string) => head!.indexOf(name);
    expect(col('flagged')).toBeGreaterThan(-1);
    const byId = new Map(rows.map((row) => [row[col('id')]!, row]));
    expect([...byId.keys()].sort()).toEqual([a!.id, b!.id, c!.id].sort());
    expect(byId.get(a!.id)![col('flagged')]).toBe('1');
    expect(byId.get(a!.id)![col('flags')]).toBe('serial_duplicate');
    expect(byId.get(c!.id)![col('flagged')]).toBe('0');
    expect(byId.get(c!.id)![col('flags')]).toBe('');

    const approved = await get('review=1&status=approved');
    expect(approved.slice(1).map((row) => row[col('id')])).toEqual([c!.id]);
    expect((await r.t.request(`/api/admin/exports/${SURVEY}?format=csv&review=maybe`, { headers: { cookie: r.admin } })).status).toBe(400);
  });
});
