// The quarantine's review (issue 20, item 7): an item laid out as far as its payload parses, fixed and accepted
// through the same checks as a sync (the original kept beside the fix), or discarded with a reason — kept, marked,
// never deleted; each in the audit log, without the answers.
import { describe, expect, it } from 'vitest';
import { QuarantineDetailSchema, QuarantineListResponseSchema, QuarantineResolvedResponseSchema } from '#shared/api/devices.ts';
import { findInterview } from '#server/repo/interviews.ts';
import { refusal, reviewApp } from './support.ts';

describe('the quarantine under review', () => {
  it('lays an item out, refuses a bad fix, accepts a good one and keeps the original', async () => {
    const r = await reviewApp();
    const [interview, other] = r.device.interviews({ count: 2, seed: 101 });
    // A unit not assigned to dtv01: set aside at sync with the reason.
    await r.device.send([{ ...interview!, unitNo: '05' }, { ...other!, unitNo: '06' }]);
    const list = QuarantineListResponseSchema.parse(await (await r.t.request('/api/admin/quarantine', { headers: { cookie: r.admin } })).json()).items;
    const item = list.find((i) => i.interviewId === interview!.id)!;
    const detail = QuarantineDetailSchema.parse(await (await r.t.request(`/api/admin/quarantine/${item.id}`, { headers: { cookie: r.admin } })).json());
    expect(detail.item).toMatchObject({ reason: { code: 'sync.reason.unitNotAssigned' }, resolution: null, fixed: false });
    expect(detail.payload).toMatchObject({ id: interview!.id, unitNo: '05', answers: interview!.answers });
    expect(detail.fixedPayload).toBeNull();

    const fix = (payload: unknown) => r.t.post(`/api/admin/quarantine/${item.id}/fix`, { payload }, { cookie: r.admin });
    const original = detail.payload as Record<string, unknown>;
    expect(await refusal(await fix({ ...original, id: other!.id }))).toEqual({ status: 400, code: 'quarantine.notInterview' });
    expect(await refusal(await fix({ ...original, unitNo: '07' }))).toEqual({ status: 409, code: 'quarantine.cannotAccept' });
    expect(await refusal(await fix({ ...original, revision: 'two' }))).toEqual({ status: 409, code: 'quarantine.cannotAccept' });
    const unit01 = { ...interview!.answers, ...(interview!.answers['c6'] === undefined ? {} : { c6: '01' }) };
    const accepted = QuarantineResolvedResponseSchema.parse(await (await fix({ ...original, unitNo: '01', answers: unit01 })).json());
    expect(accepted).toMatchObject({ outcome: 'accepted', item: { resolution: 'accepted', fixed: true } });
    expect(findInterview(r.t.db, interview!.id)).toMatchObject({ status: 'received' });
    const after = QuarantineDetailSchema.parse(await (await r.t.request(`/api/admin/quarantine/${item.id}`, { headers: { cookie: r.admin } })).json());
    expect(after.payload).toMatchObject({ unitNo: '05' });
    expect(after.fixedPayload).toMatchObject({ unitNo: '01' });

    const second = list.find((i) => i.interviewId === other!.id)!;
    const discard = (body: unknown) => r.t.post(`/api/admin/quarantine/${second.id}/reject`, body, { cookie: r.admin });
    expect(await refusal(await discard({}))).toEqual({ status: 400, code: 'request.invalid' });
    expect(QuarantineResolvedResponseSchema.parse(await (await discard({ reason: 'Phiếu thử của tập huấn' })).json()).item)
      .toMatchObject({ resolution: 'rejected', resolutionReason: 'Phiếu thử của tập huấn' });
    expect(await refusal(await discard({ reason: 'again' }))).toEqual({ status: 409, code: 'quarantine.alreadyResolved' });
    expect(r.t.db.prepare('SELECT count(*) FROM quarantine').pluck().get()).toBe(2);

    const audit = r.audit();
    expect(audit.map((entry) => entry.action)).toEqual(['quarantine.accept', 'quarantine.reject']);
    expect(JSON.parse(audit[0]!.after!)).toMatchObject({ fixed: true, outcome: 'accepted' });
    expect(JSON.parse(audit[1]!.after!)).toMatchObject({ discardReason: 'Phiếu thử của tập huấn' });
    expect(audit.map((entry) => entry.after).join('')).not.toContain('"answers"');
  });
});
