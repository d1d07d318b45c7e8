// Bad input gets a clear coded 4xx, never a 500, and nothing stored changes: malformed JSON, wrong types, an
// oversized body, a hostile nesting, 10,000 interviews, a reused batch id, another device's id, a protocol from the future.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { BatchResponseV1Schema, MAX_NESTING_DEPTH, SERVER_TIME_HEADER } from '#shared/sync/messages.ts';
import { findInterview } from '#server/repo/interviews.ts';
import { problemCode, testApp, type TestApp } from '../support/test-app.ts';
import { count, registerDevice, snapshot, type SyncDevice } from './support.ts';
import { DEMO_PASSWORDS } from '#server/demo/seed.ts';

type Problem = { problem: { code: string; status: number; params?: Record<string, unknown> } };

async function refused(t: TestApp, response: Response, before: string): Promise<Problem['problem']> {
  expect(response.status).toBeGreaterThanOrEqual(400);
  expect(response.status).toBeLessThan(500);
  expect(response.headers.get(SERVER_TIME_HEADER)).toBe(new Date(t.clock.now()).toISOString());
  expect(snapshot(t.db)).toBe(before);
  return ((await response.json()) as Problem).problem;
}

async function setup(): Promise<{ t: TestApp; device: SyncDevice; before: string }> {
  const t = await testApp({ demo: true });
  const device = await registerDevice(t, 'dtv01');
  await device.send(device.interviews({ count: 2, seed: 30 }));
  return { t, device, before: snapshot(t.db) };
}

const raw = (t: TestApp, device: SyncDevice, body: string, type = 'application/json') => t.request('/api/sync/batches', {
  method: 'POST', headers: { 'content-type': type, authorization: `Bearer ${device.token}` }, body,
});

describe('bad input to POST /api/sync/batches', { timeout: 30_000 }, () => {
  it('malformed JSON, another media type and a hostile nesting outside the interviews are coded 4xx', async () => {
    const { t, device, before } = await setup();
    expect((await refused(t, await raw(t, device, '{"protocol": 1, "interviews": ['), before)).code).toBe('request.malformedJson');
    expect((await refused(t, await raw(t, device, 'protocol=1', 'application/x-www-form-urlencoded'), before)).code).toBe('request.unsupportedMediaType');
    const envelope = JSON.stringify(device.batch(device.interviews({ count: 1, seed: 38 })));
    const deep = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
    const cases: [string, string][] = [
      [envelope.replace('"protocol":1', `"protocol":1,"inventory":${deep(50_000)}`), 'inventory'],
      [envelope.replace('"interviews":[', `"interviews":[${deep(50_000)},`), 'interviews.0'],
      [deep(50_000), '(body)'],
    ];
    for (const [body, path] of cases) {
      expect(await refused(t, await raw(t, device, body), before)).toMatchObject({ code: 'request.invalid', params: { path, issue: 'too_deep' } });
    }
  });

  it('an interview nested past the limit is rejected on its own receipt; the rest of its batch is stored', async () => {
    const { t, device } = await setup();
    const [good, alsoGood] = device.interviews({ count: 2, seed: 39 });
    const deepId = randomUUID();
    const hostile = `{"id":"${deepId}","answers":{"c2":${'['.repeat(200_000)}${']'.repeat(200_000)}}}`;
    // Exactly at the limit (32 levels, the interview included) is only malformed, past it is too deep.
    const atLimit = { id: randomUUID(), x: JSON.parse(`${'['.repeat(MAX_NESTING_DEPTH - 1)}${']'.repeat(MAX_NESTING_DEPTH - 1)}`) as unknown };
    const pastLimit = { id: randomUUID(), x: [atLimit.x] };
    const body = JSON.stringify(device.batch([good, 'HOSTILE', atLimit, pastLimit, alsoGood])).replace('"HOSTILE"', hostile);
    const response = await raw(t, device, body);
    expect(response.status).toBe(200);
    const { receipts } = BatchResponseV1Schema.parse(await response.json());
    const tooDeep = { outcome: 'rejected', reason: { code: 'sync.reason.tooDeep', params: { max: MAX_NESTING_DEPTH } } };
    expect(receipts).toMatchObject([
      { id: good!.id, outcome: 'accepted' },
      { id: deepId, ...tooDeep },
      { id: atLimit.id, outcome: 'rejected', reason: { code: 'sync.reason.invalidRecord' } },
      { id: pastLimit.id, ...tooDeep },
      { id: alsoGood!.id, outcome: 'accepted' },
    ]);
    // Quarantine keeps the hostile one cut at the limit, its id readable.
    const kept = t.db.prepare('SELECT payload FROM quarantine WHERE interview_id = ?').pluck().get(deepId) as string;
    expect(JSON.parse(kept)).toMatchObject({ id: deepId });
    expect(kept.length).toBeLessThan(200);
    // Resending the same batch is a replay with the same receipts.
    const again = BatchResponseV1Schema.parse(await (await raw(t, device, body)).json());
    expect(again).toMatchObject({ replay: true, receipts });
  });

  it('wrong types name the path and the issue', async () => {
    const { t, device, before } = await setup();
    const good = device.batch(device.interviews({ count: 1, seed: 31 }));
    const cases: [unknown, string][] = [
      [[], '(body)'],
      [{ ...good, protocol: '1' }, 'protocol'],
      [{ ...good, batchId: 'batch-1' }, 'batchId'],
      [{ ...good, sentAt: 'yesterday' }, 'sentAt'],
      [{ ...good, interviews: {} }, 'interviews'],
      [{ ...good, interviews: [{ serial: '0101' }] }, 'interviews.0.id'],
      [{ ...good, interviews: ['a'] }, 'interviews.0'],
      [{ ...good, inventory: [{ id: randomUUID(), revision: 0, surveySlug: 'hung-yen-2026', unitNo: '01' }] }, 'inventory.0.revision'],
      [{ ...good, extra: true }, ''],
    ];
    for (const [body, path] of cases) {
      const problem = await refused(t, await device.post(body), before);
      expect(problem.code).toBe('request.invalid');
      if (path) expect(problem.params!.path).toBe(path);
    }
  });

  it('a body over 8 MB is request.tooLarge, while a batch over the ordinary limit of other routes is accepted', async () => {
    const { t, device, before } = await setup();
    const huge = device.batch([{ id: randomUUID(), padding: 'x'.repeat(9 * 1024 * 1024) }]);
    expect(await refused(t, await device.post(huge), before)).toMatchObject({ code: 'request.tooLarge', params: { limit: '8 MB' } });
    // The test app's ordinary limit is 64 KB; 120 demo interviews are more than that.
    const many = device.interviews({ count: 120, seed: 32 });
    expect(JSON.stringify(many).length).toBeGreaterThan(64 * 1024);
    expect((await device.send(many)).receipts).toHaveLength(120);
    expect((await t.post('/api/auth/sign-in', { username: 'dtv01', password: 'x'.repeat(70 * 1024) })).status).toBe(413);
  });

  it('a batch of 10,000 interviews is refused whole: split it', async () => {
    const { t, device, before } = await setup();
    const many = Array.from({ length: 10_000 }, () => ({ id: randomUUID() }));
    expect(await refused(t, await device.post(device.batch(many)), before)).toMatchObject({
      code: 'sync.tooManyInterviews', status: 413, params: { count: 10_000, max: 500 },
    });
    const real = device.interviews({ count: 10_000, seed: 33 });
    expect((await refused(t, await device.post(device.batch(real)), before)).code).toBe('sync.tooManyInterviews');
  });

  it('a protocol from the future or the past tells the app to update', async () => {
    const { t, device, before } = await setup();
    for (const protocol of [2, 0, 1.5]) {
      const problem = await refused(t, await device.post({ ...device.batch([]), protocol }), before);
      expect(problem).toEqual({ code: 'sync.protocolUnsupported', status: 400, params: { protocol, supported: '1' } });
    }
  });

  it('another device’s id, and a batch id reused for other interviews, are refused', async () => {
    const { t, device, before } = await setup();
    const stranger = await registerDevice(t, 'dtv02');
    const mine = device.batch(device.interviews({ count: 1, seed: 34 }));
    const afterStranger = snapshot(t.db);
    expect(await refused(t, await stranger.post(mine), afterStranger)).toMatchObject({ code: 'sync.deviceMismatch', status: 403 });
    const first = await device.send(device.interviews({ count: 1, seed: 35 }));
    const stored = snapshot(t.db);
    const reused = device.batch(device.interviews({ count: 1, seed: 36 }), { batchId: first.batchId });
    expect(await refused(t, await device.post(reused), stored)).toMatchObject({ code: 'sync.batchReused', status: 409 });
    expect(before).not.toBe(stored);
  });

  it('a revoked device token is refused with its own code elsewhere; at sync it hands in, to quarantine only', async () => {
    const { t, device, before } = await setup();
    const cookie = await t.signIn('dtv01', DEMO_PASSWORDS.enumerator);
    expect((await t.post(`/api/devices/${device.deviceId}/revoke`, {}, { cookie })).status).toBe(204);
    expect(snapshot(t.db)).toBe(before);
    const stored = count(t.db, 'interviews');
    const state = await t.request('/api/device/state', { headers: { authorization: `Bearer ${device.token}` } });
    expect([state.status, await problemCode(state)]).toEqual([401, 'auth.tokenRevoked']);
    const answer = await device.post(device.batch(device.interviews({ count: 1, seed: 36 })));
    expect(answer.headers.get(SERVER_TIME_HEADER)).toBe(new Date(t.clock.now()).toISOString());
    const { receipts } = BatchResponseV1Schema.parse(await answer.json());
    expect(receipts.map((r) => [r.outcome, r.reason?.code])).toEqual([['rejected', 'sync.reason.deviceRevoked']]);
    expect([count(t.db, 'interviews'), count(t.db, 'quarantine')]).toEqual([stored, 1]);
  });

  it('an unknown survey is a rejected receipt with its payload kept, never an interview', async () => {
    const { t, device } = await setup();
    const [interview] = device.interviews({ count: 1, seed: 37 });
    const interviewsBefore = count(t.db, 'interviews');
    const answer = await device.send([{ ...interview!, surveySlug: 'khong-co' }]);
    expect(answer.receipts[0]).toMatchObject({ outcome: 'rejected', reason: { code: 'sync.reason.surveyUnknown', params: { survey: 'khong-co' } } });
    expect(count(t.db, 'interviews')).toBe(interviewsBefore);
    expect(findInterview(t.db, interview!.id)).toBeUndefined();
    expect(count(t.db, 'quarantine')).toBe(1);
  });
});
