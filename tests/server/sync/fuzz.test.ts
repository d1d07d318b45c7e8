// Generated payloads (fast-check) against the sync endpoint: never a 5xx; a refused request changes nothing stored;
// garbage interviews are each rejected and kept in quarantine; and whatever arrives is either stored or kept.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Interview } from '#shared/interview/schema.ts';
import { BatchResponseV1Schema } from '#shared/sync/messages.ts';
import { findInterview } from '#server/repo/interviews.ts';
import { listQuarantineOfInterview } from '#server/repo/quarantine.ts';
import { testApp } from '../support/test-app.ts';
import { count, registerDevice, snapshot } from './support.ts';

const RUNS = 150;

describe('fuzzing POST /api/sync/batches', { timeout: 30_000 }, () => {
  it('any JSON value or text as the body: a coded 4xx, nothing stored changes', async () => {
    const t = await testApp({ demo: true });
    const device = await registerDevice(t, 'dtv01');
    await device.send(device.interviews({ count: 3, seed: 40 }));
    let before = snapshot(t.db);
    const bodies = fc.oneof(
      fc.jsonValue().map((value) => JSON.stringify(value)),
      fc.string(),
      // Near misses: a batch envelope with one field replaced by anything.
      fc.tuple(fc.constantFrom('protocol', 'batchId', 'deviceId', 'sentAt', 'interviews', 'inventory'), fc.jsonValue())
        .map(([key, value]) => JSON.stringify({ ...device.batch([]), [key]: value })),
    );
    await fc.assert(fc.asyncProperty(bodies, async (body) => {
      const response = await t.request('/api/sync/batches', {
        method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${device.token}` }, body,
      });
      expect(response.status).toBeLessThan(500);
      if (response.status >= 400) {
        expect((await response.json() as { problem: { code: string } }).problem.code).toMatch(/^(request|sync)\./);
        expect(snapshot(t.db)).toBe(before);
      } else {
        before = snapshot(t.db); // a near miss can still be a valid (empty) batch
      }
    }), { numRuns: RUNS * 2 });
  });

  it('garbage interviews with valid ids: each rejected on its own receipt and kept in quarantine, no interview stored', async () => {
    const t = await testApp({ demo: true });
    const device = await registerDevice(t, 'dtv01');
    const junk = fc.record({ id: fc.uuid({ version: 4 }), rest: fc.dictionary(fc.string(), fc.jsonValue(), { maxKeys: 6 }) })
      .map(({ id, rest }) => ({ ...rest, id }));
    await fc.assert(fc.asyncProperty(fc.uniqueArray(junk, { maxLength: 8, selector: (item) => item.id }), async (items) => {
      const response = await device.post(device.batch(items));
      expect(response.status).toBe(200);
      const { receipts } = BatchResponseV1Schema.parse(await response.json());
      expect(receipts.map((r) => [r.id, r.outcome])).toEqual(items.map((item) => [item.id, 'rejected']));
      for (const item of items) expect(listQuarantineOfInterview(t.db, item.id)).toHaveLength(1);
    }), { numRuns: RUNS });
    expect(count(t.db, 'interviews')).toBe(0);
  });

  it('valid interviews with one field mutated: every interview is stored or kept in quarantine, none lost', async () => {
    const t = await testApp({ demo: true });
    const device = await registerDevice(t, 'dtv01');
    const pool = device.interviews({ count: RUNS * 3, seed: 41 });
    let next = 0;
    const mutation = fc.tuple(
      fc.constantFrom('surveySlug', 'questionnaireVersion', 'mode', 'entry', 'serial', 'unitNo', 'accountId', 'paper', 'answers', 'times', 'revision', 'baseRevision', 'status', 'voided', 'practice', 'clockOffsetMs', 'answers.c2', 'answers.c11_1', 'answers.c12', 'times.finishedAt'),
      fc.option(fc.jsonValue(), { nil: undefined }),
    );
    await fc.assert(fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 3 }), async (mutations) => {
      const interviews = mutations.map(([path, value]) => mutate(pool[next++ % pool.length]!, path, value));
      const response = await device.post(device.batch(interviews));
      expect(response.status).toBe(200);
      const { receipts } = BatchResponseV1Schema.parse(await response.json());
      expect(receipts).toHaveLength(interviews.length);
      for (const receipt of receipts) {
        const held = findInterview(t.db, receipt.id) !== undefined;
        const kept = listQuarantineOfInterview(t.db, receipt.id).length > 0;
        expect(held || kept).toBe(true);
      }
    }), { numRuns: RUNS });
  });
});

/** A copy of the interview with the value at a dotted path replaced, or removed when `value` is undefined. */
function mutate(interview: Interview, path: string, value: unknown): Record<string, unknown> {
  const copy = structuredClone(interview) as unknown as Record<string, Record<string, unknown>>;
  const [head, tail] = path.split('.') as [string, string | undefined];
  const target: Record<string, unknown> = tail ? (copy[head] ??= {}) : copy;
  const key = tail ?? head;
  if (value === undefined) delete target[key];
  else target[key] = value;
  return copy;
}
