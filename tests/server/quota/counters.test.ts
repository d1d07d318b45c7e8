// The quota counters are exact: after 1,000 concurrent uploads through the real sync endpoint, then reviews,
// voids, practice forms and corrections, every dashboard figure equals a count made straight from the
// interviews table, and the older GROUP BY count agrees too.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Interview } from '#shared/interview/schema.ts';
import { countWaitingByUnit } from '#server/repo/inventory.ts';
import { findSurveyBySlug } from '#server/repo/surveys.ts';
import { testApp } from '../support/test-app.ts';
import { registerDevice, type SyncDevice } from '../sync/support.ts';
import { directCounts, getProvince, getUnit, signInDemo, SURVEY } from './support.ts';
import { DEMO_PASSWORDS } from '#server/demo/seed.ts';

const ENUMERATORS = ['dtv01', 'dtv02', 'dtv03', 'dtv04', 'dtv05'];
const UNITS_OF = (i: number) => [String(2 * i + 1).padStart(2, '0'), String(2 * i + 2).padStart(2, '0')];

describe('quota counters', { timeout: 30_000 }, () => {
  it('equal a direct count after 1,000 concurrent uploads, reviews, voids and corrections', async () => {
    const t = await testApp({ demo: true });
    const devices: SyncDevice[] = await Promise.all(ENUMERATORS.map((username) => registerDevice(t, username, DEMO_PASSWORDS.enumerator)));
    // 200 interviews per device, some over their unit's quota (45), spread over six days.
    const perDevice = devices.map((device, i) => device.interviews({ count: 200, seed: 100 + i, unitNos: UNITS_OF(i), days: 6 }));
    const uploads = perDevice.flatMap((interviews, i) => interviews.map((interview, k) => {
      // A few practice forms, and a few voided ones, as they would arrive from the field.
      const sent: Interview = k % 17 === 0 ? { ...interview, practice: true }
        : k % 23 === 0 ? { ...interview, voided: { reason: 'Nhập nhầm', at: interview.times.updatedAt } } : interview;
      return { device: devices[i]!, sent };
    }));
    expect(uploads).toHaveLength(1000);
    const answers = await Promise.all(uploads.map(({ device, sent }) => device.send([sent])));
    expect(answers.flatMap((a) => a.receipts).filter((r) => r.outcome !== 'accepted')).toEqual([]);

    // Review and corrections after the uploads: approvals, rejections, a new revision, flags cleared by hand.
    const ids = uploads.map(({ sent }) => sent.id);
    const setStatus = t.db.prepare('UPDATE interviews SET status = ? WHERE id = ?');
    t.db.transaction(() => {
      ids.forEach((id, k) => {
        if (k % 3 === 0) setStatus.run('approved', id);
        else if (k % 11 === 0) setStatus.run('rejected', id);
        else if (k % 13 === 0) setStatus.run('needs_correction', id);
      });
      t.db.prepare("UPDATE interviews SET flags = '[]' WHERE rowid % 5 = 0").run();
      t.db.prepare("UPDATE interviews SET interview_day = NULL WHERE rowid % 29 = 0").run();
    })();
    const first = uploads[1]!;
    const corrected = { ...first.sent, revision: 2, baseRevision: 1, answers: { ...first.sent.answers, c2: 50 } };
    expect((await first.device.send([corrected])).receipts[0]?.outcome).toBe('updated');
    // A device still holding three unsent interviews of unit 01 says so in its inventory.
    const unsent = Array.from({ length: 3 }, () => ({ id: randomUUID(), revision: 1, surveySlug: SURVEY, unitNo: '01' }));
    await devices[0]!.send([], { inventory: unsent });

    const direct = directCounts(t.db);
    expect(direct.rows).toBe(1000);
    const admin = await signInDemo(t, 'admin');
    const province = await getProvince(t, admin);
    const surveyId = findSurveyBySlug(t.db, SURVEY)!.id;
    const waiting = new Map(countWaitingByUnit(t.db, surveyId).map((w) => [w.unitNo, w.waiting]));
    let received = 0;
    for (const unit of province.units) {
      const expected = direct.byUnit.get(unit.no) ?? { received: 0, approved: 0, flagged: 0 };
      expect(unit.counts, unit.no).toEqual(expected);
      expect(unit.byMode.direct ?? { received: 0, approved: 0, flagged: 0 }).toEqual(expected);
      expect(unit.waiting).toBe(waiting.get(unit.no));
      received += unit.counts.received;
    }
    expect(received).toBeGreaterThan(700);
    expect(province.units.find((u) => u.no === '01')!.waiting).toBe(3);
    expect(province.units.some((u) => u.counts.received > u.target)).toBe(true);
    expect(province.units.some((u) => u.counts.flagged > 0)).toBe(true);

    for (const unitNo of ['01', '04', '10']) {
      const unit = await getUnit(t, admin, unitNo);
      const days = Object.fromEntries(unit.byDay.map((d) => [d.day, d.counts.received]));
      const expectedDays = Object.fromEntries([...direct.byUnitDay].filter(([key]) => key.startsWith(`${unitNo}|`))
        .map(([key, n]) => [key.slice(unitNo.length + 1), n]));
      expect(days).toEqual(expectedDays);
      expect(Object.keys(days)).toContain('');
      expect(unit.byEnumerator.map((e) => e.counts.received)).toEqual(
        [...direct.byUnitAccount].filter(([key]) => key.startsWith(`${unitNo}|`)).map(([, n]) => n),
      );
      expect(unit.unit.counts).toEqual(direct.byUnit.get(unitNo));
    }
  }, 120_000);

  it('follow deletions, and counts that return to zero leave no row behind', async () => {
    const t = await testApp({ demo: true });
    const device = await registerDevice(t, 'dtv01');
    const interviews = device.interviews({ count: 4, seed: 7 });
    await device.send(interviews);
    t.db.transaction(() => {
      for (const { id } of interviews) {
        t.db.prepare('DELETE FROM interview_revisions WHERE interview_id = ?').run(id);
        t.db.prepare('DELETE FROM interviews WHERE id = ?').run(id);
      }
    })();
    expect(t.db.prepare('SELECT count(*) FROM quota_unit_counts').pluck().get()).toBe(0);
    expect(t.db.prepare('SELECT count(*) FROM quota_daily_counts').pluck().get()).toBe(0);
    const province = await getProvince(t, await signInDemo(t, 'admin'));
    expect(province.units.every((u) => u.counts.received === 0)).toBe(true);
  });
});
