// An admin's correction: a new revision through the engine's checks, with a required reason, the original kept
// and shown in the history with what changed and who changed it; a correction the engine refuses changes nothing.
import { describe, expect, it } from 'vitest';
import { answered, refusal, reviewApp } from './support.ts';

describe('corrections by the admin', () => {
  it('store a new revision, keep the original, and show both in the history with the reason', async () => {
    const r = await reviewApp();
    const [a] = r.device.interviews({ count: 1, seed: 41, unitNos: ['01'] });
    await r.send([a!]);
    await r.act(a!.id, { action: 'request_correction', comment: 'Tuổi ghi sai', ...(await r.seen(a!.id)) });
    const age = a!.answers.c2 === 40 ? 41 : 40;
    r.t.clock.advance(60_000);
    const corrected = await answered(await r.post(`/interviews/${a!.id}/correction`, {
      answers: { ...a!.answers, c2: age }, reason: 'Đối chiếu phiếu giấy: 40 tuổi', ...(await r.seen(a!.id)),
    }));
    expect(corrected).toMatchObject({ revision: 2, status: 'received' });
    const detail = await r.detail(a!.id);
    expect(detail.answers.c2).toBe(age);
    const revisions = detail.history.filter((h) => h.kind === 'revision');
    expect(revisions).toEqual([
      expect.objectContaining({ revision: 1, username: 'dtv01', reason: null }),
      { kind: 'revision', revision: 2, at: '2026-05-28T01:01:00.000Z', username: 'admin', reason: 'Đối chiếu phiếu giấy: 40 tuổi', changes: [{ variable: 'c2', before: a!.answers.c2, after: age }] },
    ]);
    // The original is kept as it came.
    const original = r.t.db.prepare('SELECT record FROM interview_revisions WHERE interview_id = ? AND revision = 1').pluck().get(a!.id) as string;
    expect((JSON.parse(original) as { answers: Record<string, unknown> }).answers.c2).toBe(a!.answers.c2);
    const entry = r.audit().at(-1)!;
    expect(entry.action).toBe('review.correct');
    // Which answers changed, never their values (the reason is the admin's own words).
    expect(JSON.parse(entry.after!)).toEqual({ revision: 2, status: 'received', reason: 'Đối chiếu phiếu giấy: 40 tuổi', changed: ['c2'] });
  });

  it('refuses a correction without a reason, one the engine refuses, and one on an approved interview', async () => {
    const r = await reviewApp();
    const [a, b] = r.device.interviews({ count: 2, seed: 42, unitNos: ['01'] });
    await r.send([a!, b!]);
    const before = r.t.db.prepare('SELECT * FROM interviews WHERE id = ?').get(a!.id);
    expect(await refusal(await r.post(`/interviews/${a!.id}/correction`, { answers: a!.answers, ...(await r.seen(a!.id)) })))
      .toEqual({ status: 400, code: 'review.reasonRequired' });
    const tooOld = await r.post(`/interviews/${a!.id}/correction`, { answers: { ...a!.answers, c2: 130 }, reason: 'Sửa tuổi', ...(await r.seen(a!.id)) });
    expect(tooOld.status).toBe(400);
    expect(await tooOld.json()).toEqual({ problem: { code: 'review.correctionRefused', status: 400, params: { count: 1, questions: 'Câu 2' } } });
    expect(r.t.db.prepare('SELECT * FROM interviews WHERE id = ?').get(a!.id)).toEqual(before);
    expect(r.t.db.prepare('SELECT count(*) FROM interview_revisions WHERE interview_id = ?').pluck().get(a!.id)).toBe(0);

    await r.act(b!.id, { action: 'approve', ...(await r.seen(b!.id)) });
    expect(await refusal(await r.post(`/interviews/${b!.id}/correction`, { answers: b!.answers, reason: 'x', ...(await r.seen(b!.id)) })))
      .toEqual({ status: 409, code: 'review.transitionRefused' });
    expect(await refusal(await r.post(`/interviews/${a!.id}/correction`, { answers: a!.answers, reason: 'x', revision: 1, version: 5 })))
      .toEqual({ status: 409, code: 'review.changed' });
    expect(r.audit().map((e) => e.action)).toEqual(['review.approve']);
  });
});
