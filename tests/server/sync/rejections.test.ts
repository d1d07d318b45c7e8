// Rejections a person can act on (each with its code and parameters, the payload kept in quarantine), and who
// may upload at all: a device of an enumerator or admin; a disabled account's device is quarantined, never refused.
import { describe, expect, it } from 'vitest';
import { findInterview } from '#server/repo/interviews.ts';
import { listOpenQuarantine } from '#server/repo/quarantine.ts';
import { setAccountDisabled } from '#server/repo/accounts.ts';
import { problemCode, testApp } from '../support/test-app.ts';
import { count, registerDevice, snapshot } from './support.ts';
import { DEMO_PASSWORDS } from '#server/demo/seed.ts';

describe('rejected interviews carry a reason a person can act on', { timeout: 30_000 }, () => {
  it('names the unknown survey, version, retired version, unit, unassigned unit, other account and unfinished form', async () => {
    const t = await testApp({ demo: true });
    const device = await registerDevice(t, 'dtv01');
    const base = device.interviews({ count: 8, seed: 10 });
    t.db.prepare("INSERT INTO questionnaire_versions (survey_id, version, status, definition) SELECT survey_id, 2, 'retired', definition FROM questionnaire_versions WHERE version = 1").run();
    t.db.prepare("INSERT INTO questionnaire_versions (survey_id, version, status, definition) SELECT survey_id, 3, 'draft', definition FROM questionnaire_versions WHERE version = 1").run();
    const sent = [
      { ...base[0]!, surveySlug: 'ha-noi-2030' },
      { ...base[1]!, questionnaireVersion: 9 },
      { ...base[2]!, questionnaireVersion: 2 },
      { ...base[3]!, questionnaireVersion: 3 },
      { ...base[4]!, unitNo: '99', serial: '9901' },
      { ...base[5]!, unitNo: '03', serial: '0301', answers: { ...base[5]!.answers, c6: '03' } },
      { ...base[6]!, accountId: 777 },
      { ...base[7]!, status: 'draft' },
    ];
    const answer = await device.send(sent);
    expect(answer.receipts.map((r) => r.reason)).toEqual([
      { code: 'sync.reason.surveyUnknown', params: { survey: 'ha-noi-2030' } },
      { code: 'sync.reason.versionUnknown', params: { survey: 'hung-yen-2026', version: 9 } },
      { code: 'sync.reason.versionRetired', params: { survey: 'hung-yen-2026', version: 2 } },
      { code: 'sync.reason.versionUnknown', params: { survey: 'hung-yen-2026', version: 3 } },
      { code: 'sync.reason.unitUnknown', params: { unit: '99' } },
      { code: 'sync.reason.unitNotAssigned', params: { unit: '03' } },
      { code: 'sync.reason.accountMismatch', params: { accountId: 777 } },
      { code: 'sync.reason.notFinished', params: { status: 'draft' } },
    ]);
    expect(answer.receipts.every((r) => r.outcome === 'rejected' && r.revision === undefined)).toBe(true);
    expect(count(t.db, 'interviews')).toBe(0);
    const kept = listOpenQuarantine(t.db);
    expect(kept.map((q) => q.interview_id)).toEqual(sent.map((i) => i.id));
    expect(kept.every((q) => q.kind === 'rejected' && q.account_id === device.accountId)).toBe(true);
    expect(JSON.parse(kept[0]!.payload)).toEqual(sent[0]);
  });

  it('lists invalid answers by their paper numbers, with the engine’s issues beside them', async () => {
    const t = await testApp({ demo: true });
    const device = await registerDevice(t, 'dtv01');
    const [interview] = device.interviews({ count: 1, seed: 11 });
    const bad = { ...interview!, answers: { ...interview!.answers, c2: 150, c11_3: 9 } };
    const [receipt] = (await device.send([bad])).receipts;
    expect(receipt!.outcome).toBe('rejected');
    expect(receipt!.reason).toEqual({ code: 'sync.reason.invalidAnswers', params: { count: 2, questions: 'Câu 2, 11.3' } });
    expect(receipt!.issues!.map((i) => [i.question, i.rule])).toEqual([['c2', 'out_of_range'], ['c11_3', 'unknown_code']]);
    expect(listOpenQuarantine(t.db)[0]).toMatchObject({ reason_code: 'sync.reason.invalidAnswers', reason_params: JSON.stringify({ count: 2, questions: 'Câu 2, 11.3' }) });
  });

  it('quarantines a disabled account’s uploads with the reason, once, and still answers resends of what it had stored', async () => {
    const t = await testApp({ demo: true });
    const device = await registerDevice(t, 'dtv01');
    const [stored, late] = device.interviews({ count: 2, seed: 12 });
    await device.send([stored]);
    setAccountDisabled(t.db, device.accountId, true);
    const answer = await device.send([stored, late]);
    expect(answer.receipts).toEqual([
      { id: stored!.id, outcome: 'duplicate', flags: [], revision: 1 },
      { id: late!.id, outcome: 'rejected', flags: [], reason: { code: 'sync.reason.accountDisabled' } },
    ]);
    await device.send([late]);
    expect(listOpenQuarantine(t.db).map((q) => [q.kind, q.interview_id])).toEqual([['disabled', late!.id]]);
    expect(findInterview(t.db, late!.id)).toBeUndefined();
  });
});

describe('who may upload', { timeout: 30_000 }, () => {
  it('refuses a web session, a unit board, a missing or unknown token and another device’s id, storing nothing', async () => {
    const t = await testApp({ demo: true });
    const device = await registerDevice(t, 'dtv01');
    const other = await registerDevice(t, 'dtv02');
    const batch = device.batch(device.interviews({ count: 2, seed: 13 }));
    const before = snapshot(t.db);
    const cookie = await t.signIn('dtv01', DEMO_PASSWORDS.enumerator);
    expect(await problemCode(await t.post('/api/sync/batches', batch, { cookie }))).toBe('sync.deviceRequired');
    expect(await problemCode(await t.post('/api/sync/batches', batch))).toBe('auth.required');
    // A token never issued has its own code: sign in again. (A revoked one hands in to quarantine: devices.test.ts.)
    const unknown = await t.post('/api/sync/batches', batch, { authorization: 'Bearer never-issued' });
    expect([unknown.status, await problemCode(unknown)]).toEqual([401, 'auth.tokenUnknown']);
    expect(await problemCode(await other.post(batch))).toBe('sync.deviceMismatch');
    // A unit board never syncs, so it cannot even get a device token.
    const board = await t.post('/api/devices', { deviceId: crypto.randomUUID() }, { cookie: await t.signIn('bxd01', DEMO_PASSWORDS.unit_board) });
    expect([board.status, await problemCode(board)]).toEqual([403, 'auth.forbidden']);
    expect(snapshot(t.db)).toBe(before);
  });

  it('lets an admin’s device upload interviews of any unit', async () => {
    const t = await testApp({ demo: true });
    const device = await registerDevice(t, 'admin');
    const interviews = device.interviews({ count: 4, seed: 14, unitNos: ['05', '21'] });
    expect((await device.send(interviews)).receipts.map((r) => r.outcome)).toEqual(['accepted', 'accepted', 'accepted', 'accepted']);
  });
});
