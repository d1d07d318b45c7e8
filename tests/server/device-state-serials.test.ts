// The device state's serials and flags (issue 16): the serials each visible unit holds, as runs with who/when,
// and the account's interviews with the flags the server holds now — scoped to the caller's units and account.
import { describe, expect, it } from 'vitest';
import { DeviceStateSchema, type DeviceState } from '#shared/api/device.ts';
import { parseSerialRuns } from '#shared/interview/serial-runs.ts';
import { testApp, type TestApp } from './support/test-app.ts';
import { registerDevice, type SyncDevice } from './sync/support.ts';

async function stateOf(t: TestApp, device: SyncDevice): Promise<DeviceState> {
  const response = await t.request('/api/device/state', { headers: { authorization: `Bearer ${device.token}` } });
  expect(response.status).toBe(200);
  return DeviceStateSchema.parse(await response.json());
}

describe('device state: held serials and flags', () => {
  it('brings down the unit’s serials from every device, as runs with the sender and the day', async () => {
    const t = await testApp({ demo: true });
    const phone = await registerDevice(t, 'dtv01');
    const laptop = await registerDevice(t, 'dtv01');
    const [a, b, c, d] = phone.interviews({ count: 4, seed: 40, unitNos: ['01'] });
    await phone.send([{ ...a!, serial: '0101' }, { ...b!, serial: '0102' }, { ...c!, serial: '0103' }]);
    await laptop.send([{ ...d!, serial: '0107' }]);
    const held = (await stateOf(t, laptop)).surveys[0]!.heldSerials!;
    expect(Object.keys(held)).toEqual(['01']);
    expect(held['01']).toHaveLength(1);
    const group = held['01']![0]!;
    expect(group.serials).toBe('0101-0103,0107');
    expect(group.by).toMatch(/^Điều tra viên 01/);
    expect(group.on).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('leaves out practice and voided forms: they hold no serial', async () => {
    const t = await testApp({ demo: true });
    const device = await registerDevice(t, 'dtv01');
    const [a, b, c] = device.interviews({ count: 3, seed: 41, unitNos: ['02'] });
    await device.send([
      { ...a!, serial: '0201', practice: true },
      { ...b!, serial: '0202', voided: { reason: 'nhầm', at: b!.times.updatedAt } },
      { ...c!, serial: '0203' },
    ]);
    const held = (await stateOf(t, device)).surveys[0]!.heldSerials!;
    expect(held['02']!.flatMap((g) => parseSerialRuns(g.serials))).toEqual(['0203']);
  });

  it('never sends another unit’s serials, nor another account’s interviews', async () => {
    const t = await testApp({ demo: true });
    const first = await registerDevice(t, 'dtv01');
    const other = await registerDevice(t, 'dtv02');
    const [a] = first.interviews({ count: 1, seed: 42, unitNos: ['01'] });
    await first.send([{ ...a!, serial: '0105' }]);
    const theirs = await stateOf(t, other);
    expect(theirs.surveys[0]!.survey.units.map((u) => u.no)).not.toContain('01');
    expect(Object.keys(theirs.surveys[0]!.heldSerials ?? {})).not.toContain('01');
    expect(JSON.stringify(theirs.surveys[0]!.heldSerials)).not.toContain('0105');
    expect(theirs.held).toEqual([]);
  });

  it('carries a flag raised after the receipt: a duplicate serial uploaded later by another device', async () => {
    const t = await testApp({ demo: true });
    const phone = await registerDevice(t, 'dtv01');
    const laptop = await registerDevice(t, 'dtv01');
    const [a, b, c] = phone.interviews({ count: 3, seed: 43, unitNos: ['01'] });
    const first = await phone.send([{ ...a!, serial: '0111' }, { ...c!, serial: '0112' }]);
    expect(first.receipts.map((r) => r.flags)).toEqual([[], []]);
    // Nothing to say yet: received without flags is what a device assumes of a sent form not listed.
    expect((await stateOf(t, phone)).held).toEqual([]);
    await laptop.send([{ ...b!, serial: '0111' }]);
    const held = (await stateOf(t, phone)).held!;
    expect(held.find((h) => h.id === a!.id)).toMatchObject({
      surveySlug: 'hung-yen-2026', unitNo: '01', serial: '0111', status: 'received', flags: ['serial_duplicate'],
    });
    expect(held.map((h) => h.id).sort()).toEqual([a!.id, b!.id].sort()); // c (0112) has nothing to say
  });
});
