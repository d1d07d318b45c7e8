// The paper serial registry of a unit: its expected range (the survey's, else the default scheme), the serials
// keyed, missing, keyed twice and out of range, as JSON and as the clerk's CSV.
import { describe, expect, it } from 'vitest';
import { SerialRegistrySchema } from '#shared/api/review.ts';
import { serialRegistry, serialsOf } from '#shared/interview/serial-registry.ts';
import { refusal, reviewApp, SURVEY } from './support.ts';

describe('the serial registry', () => {
  it('works out gaps, duplicates and out-of-range serials of a range', () => {
    const range = { first: '12001', last: '12005' };
    expect(serialsOf(range)).toEqual(['12001', '12002', '12003', '12004', '12005']);
    expect(serialsOf({ first: '0701', last: '0703' })).toEqual(['0701', '0702', '0703']);
    const registry = serialRegistry(range, [
      { serial: '12001', id: 'a' }, { serial: '12003', id: 'c' }, { serial: '12003', id: 'b' }, { serial: '12009', id: 'x' }, { serial: '901', id: 'y' },
    ]);
    expect(registry).toEqual({
      range, expected: 5, keyed: 2, missing: ['12002', '12004', '12005'],
      duplicates: [{ serial: '12003', ids: ['b', 'c'] }],
      outOfRange: [{ serial: '12009', ids: ['x'] }, { serial: '901', ids: ['y'] }],
    });
  });

  it('lists a unit\'s serials against its range, leaving voided forms out, and writes the CSV', async () => {
    const r = await reviewApp();
    const [a, b, c, d, e] = r.device.interviews({ count: 5, seed: 31, unitNos: ['01'] });
    // 0101, 0102 twice (0103 keyed as 0102), 0150 outside 0101–0145, and 0105 voided: it holds no serial.
    await r.send([a!, b!, { ...c!, serial: '0102' }, { ...d!, serial: '0150' }, e!]);
    await r.act(e!.id, { action: 'void', comment: 'Phiếu hỏng', ...(await r.seen(e!.id)) });
    const response = await r.t.request(`/api/admin/review/${SURVEY}/units/01/serials`, { headers: { cookie: r.admin } });
    const registry = SerialRegistrySchema.parse(await response.json());
    expect(registry).toMatchObject({
      unitNo: '01', range: { first: '0101', last: '0145' }, expected: 45, keyed: 2,
      duplicates: [{ serial: '0102', ids: [b!.id, c!.id].sort() }], outOfRange: [{ serial: '0150', ids: [d!.id] }],
    });
    expect(registry.missing).toHaveLength(43);
    expect(registry.missing.slice(0, 3)).toEqual(['0103', '0104', '0105']);

    const csv = await (await r.t.request(`/api/admin/review/${SURVEY}/units/01/serials.csv?lang=en`, { headers: { cookie: r.admin } })).text();
    const lines = csv.replace('\ufeff', '').trim().split('\r\n');
    expect(lines[0]).toBe('Serial,State,Interviews keyed,Interview ids');
    expect(lines.slice(1, 4)).toEqual(['0101,Keyed,1,', `0102,Duplicate,2,${[b!.id, c!.id].sort().join(' ')}`, '0103,Missing,0,']);
    expect(lines.at(-1)).toBe(`0150,Out of range,1,${d!.id}`);
    expect(lines).toHaveLength(1 + 45 + 1);
    const vi = await (await r.t.request(`/api/admin/review/${SURVEY}/units/01/serials.csv`, { headers: { cookie: r.admin } })).text();
    expect(vi.split('\r\n')[2]).toBe(`0102,Trùng,2,${[b!.id, c!.id].sort().join(' ')}`);
  });

  it('reads the survey\'s own range for the unit, and refuses an unknown unit', async () => {
    const r = await reviewApp();
    r.t.db.prepare(`UPDATE surveys SET definition = json_set(definition, '$.serialRanges', json('{"02":{"first":"12001","last":"12003"}}')) WHERE slug = ?`).run(SURVEY);
    const [a] = r.device.interviews({ count: 1, seed: 32, unitNos: ['02'] });
    await r.send([{ ...a!, serial: '12002' }]);
    const registry = SerialRegistrySchema.parse(await (await r.t.request(`/api/admin/review/${SURVEY}/units/02/serials`, { headers: { cookie: r.admin } })).json());
    expect(registry).toMatchObject({ range: { first: '12001', last: '12003' }, expected: 3, keyed: 1, missing: ['12001', '12003'], outOfRange: [] });
    expect(await refusal(await r.t.request(`/api/admin/review/${SURVEY}/units/99/serials`, { headers: { cookie: r.admin } }))).toEqual({ status: 404, code: 'unit.notFound' });
  });
});
