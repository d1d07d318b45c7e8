// The admin imports a hand-over file (decision 0016) through app.request: stored once as the signing device's
// account, a second import and the device's later sync answer duplicate, and every bad file is refused with its
// reason while nothing stored changes; a revoked device's file goes to quarantine.
import { describe, expect, it } from 'vitest';
import { generateInterviews } from '#shared/demo/generate-interviews.ts';
import { hungYen2026 } from '#shared/demo/hung-yen-2026.ts';
import { handoverChecksumText, type HandoverFile } from '#shared/handover/format.ts';
import { ImportHandoverResponseSchema } from '#shared/handover/schema.ts';
import type { Interview } from '#shared/interview/schema.ts';
import { demoPassword } from '#server/demo/seed.ts';
import { ephemeralHandoverKey } from '#server/handover/key.ts';
import { findAccountByUsername, setAccountDisabled } from '#server/repo/accounts.ts';
import { listAuditRows } from '#server/repo/audit-log.ts';
import { handoverFileOf, registerKeyedDevice, type KeyedDevice } from '../../helpers/handover-file.ts';
import { problemCode, testApp, type TestApp } from '../support/test-app.ts';
import { count, snapshot } from '../sync/support.ts';

type Setup = { t: TestApp; admin: string; device: KeyedDevice; interviews: Interview[] };

async function setup(): Promise<Setup> {
  const t = await testApp({ demo: true });
  const admin = await t.signIn('admin', demoPassword('admin'));
  const device = await registerKeyedDevice(t, await t.signIn('dtv01', demoPassword('dtv01')));
  const accountId = findAccountByUsername(t.db, 'dtv01')!.id;
  const interviews = generateInterviews({
    version: hungYen2026.versions[0]!, unitNos: ['01', '02'], accountId, deviceId: device.deviceId, count: 3, seed: 16,
  });
  return { t, admin, device, interviews };
}

const importFile = (t: TestApp, admin: string, content: string) => t.post('/api/admin/handover', { name: 'phieu.phieu', content }, { cookie: admin });

async function imported(t: TestApp, admin: string, file: HandoverFile) {
  const response = await importFile(t, admin, JSON.stringify(file));
  expect(response.status).toBe(200);
  return ImportHandoverResponseSchema.parse(await response.json());
}

async function refusedWith(s: Setup, content: string, code: string): Promise<void> {
  const before = snapshot(s.t.db);
  const response = await importFile(s.t, s.admin, content);
  expect(response.status).toBe(400);
  expect(await problemCode(response)).toBe(code);
  expect(snapshot(s.t.db)).toBe(before);
}

/** The file with one character of its ciphertext changed (the middle one: never the base64url tail's spare bits). */
function editCiphertext(file: HandoverFile): HandoverFile {
  const at = Math.floor(file.ciphertext.length / 2);
  const swapped = file.ciphertext[at] === 'A' ? 'B' : 'A';
  return { ...file, ciphertext: file.ciphertext.slice(0, at) + swapped + file.ciphertext.slice(at + 1) };
}

async function withChecksum(file: HandoverFile): Promise<HandoverFile> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(handoverChecksumText(file)));
  return { ...file, checksum: Buffer.from(digest).toString('hex') };
}

describe('POST /api/admin/handover', { timeout: 30_000 }, () => {
  it('stores each interview once as the device account’s work; a second import and a later sync answer duplicate', async () => {
    const s = await setup();
    const file = await handoverFileOf(s.device, s.interviews, s.t.handover.publicKey);
    const first = await imported(s.t, s.admin, file);
    expect(first.account.username).toBe('dtv01');
    expect(first.quarantined).toBe(false);
    expect(first.items.map((item) => item.receipt.outcome)).toEqual(['accepted', 'accepted', 'accepted']);
    expect(first.items.map((item) => item.serial)).toEqual(s.interviews.map((interview) => interview.serial ?? null));
    expect(count(s.t.db, 'interviews')).toBe(3);
    const stored = s.t.db.prepare('SELECT DISTINCT account_id FROM interviews').pluck().all();
    expect(stored).toEqual([findAccountByUsername(s.t.db, 'dtv01')!.id]);
    const [entry] = listAuditRows(s.t.db, { action: 'handover.import', fromAt: null, toAt: null, actor: null, beforeSeq: null, limit: 5 });
    expect(entry).toMatchObject({ action: 'handover.import', actor: 'admin', target: `device:${s.device.deviceId}` });
    // The batch it was stored as, named in the log and the answer alike.
    expect(s.t.db.prepare('SELECT via FROM sync_batches WHERE id = ?').pluck().get(first.batchId)).toBe('file');
    expect(JSON.parse(entry!.after!)).toMatchObject({ batch: first.batchId, interviews: 3, accepted: 3, duplicate: 0 });

    const held = () => JSON.stringify(s.t.db.prepare('SELECT * FROM interviews ORDER BY id').all())
      + JSON.stringify(s.t.db.prepare('SELECT * FROM interview_revisions ORDER BY rowid').all()) + count(s.t.db, 'quarantine');
    const before = held();
    const again = await imported(s.t, s.admin, file);
    expect(again.items.map((item) => item.receipt.outcome)).toEqual(['duplicate', 'duplicate', 'duplicate']);
    expect(held()).toBe(before);

    const sync = await s.t.post('/api/sync/batches', {
      protocol: 1, batchId: crypto.randomUUID(), deviceId: s.device.deviceId, sentAt: new Date(s.t.clock.now()).toISOString(),
      interviews: s.interviews,
    }, { authorization: `Bearer ${s.device.token}` });
    const { receipts } = (await sync.json()) as { receipts: { outcome: string }[] };
    expect(receipts.map((receipt) => receipt.outcome)).toEqual(['duplicate', 'duplicate', 'duplicate']);
    expect(held()).toBe(before);
  });

  it('holds no answer in clear: the free text typed in an interview is not in the file', async () => {
    const s = await setup();
    const secret = 'Ý kiến riêng rất dễ nhận ra 4711';
    const interviews = s.interviews.map((interview) => ({ ...interview, answers: { ...interview.answers, c16: secret } }));
    const text = JSON.stringify(await handoverFileOf(s.device, interviews, s.t.handover.publicKey));
    expect(text).not.toContain(secret);
    expect(text).not.toContain('4711');
    expect(text).not.toContain('"answers"');
  });

  it('refuses a file cut short, edited, with a wrong checksum, or signed by another device, storing nothing', async () => {
    const s = await setup();
    const file = await handoverFileOf(s.device, s.interviews, s.t.handover.publicKey);
    const text = JSON.stringify(file);
    await refusedWith(s, text.slice(0, Math.floor(text.length / 2)), 'handover.unreadable');
    await refusedWith(s, 'not a file at all', 'handover.unreadable');
    await refusedWith(s, JSON.stringify(editCiphertext(file)), 'handover.checksum');
    await refusedWith(s, JSON.stringify({ ...file, checksum: '0'.repeat(64) }), 'handover.checksum');
    // Edited and its checksum made again: the device's signature still gives it away.
    await refusedWith(s, JSON.stringify(await withChecksum(editCiphertext(file))), 'handover.badSignature');
    await refusedWith(s, JSON.stringify(await withChecksum({ ...file, count: 2 })), 'handover.badSignature');
    // Signed by another key in this device's name (a second device of the same account).
    const other = await registerKeyedDevice(s.t, await s.t.signIn('dtv01', demoPassword('dtv01')));
    const forged = await handoverFileOf({ deviceId: s.device.deviceId, privateKey: other.privateKey }, s.interviews, s.t.handover.publicKey);
    await refusedWith(s, JSON.stringify(forged), 'handover.badSignature');
    const stranger = await handoverFileOf({ deviceId: crypto.randomUUID(), privateKey: other.privateKey }, s.interviews, s.t.handover.publicKey);
    await refusedWith(s, JSON.stringify(stranger), 'handover.unknownDevice');
  });

  it('refuses a file for another server, and one that claims this server’s key but is not sealed to it', async () => {
    const s = await setup();
    const elsewhere = ephemeralHandoverKey().publicKey;
    await refusedWith(s, JSON.stringify(await handoverFileOf(s.device, s.interviews, elsewhere)), 'handover.otherServer');
    const misnamed = await handoverFileOf(s.device, s.interviews, { id: s.t.handover.publicKey.id, jwk: elsewhere.jwk });
    await refusedWith(s, JSON.stringify(misnamed), 'handover.cannotDecrypt');
  });

  it('refuses a file of a survey this server does not have, and a device that never registered a key', async () => {
    const s = await setup();
    const unknown = s.interviews.map((interview, i) => (i === 1 ? { ...interview, surveySlug: 'khong-co-khao-sat' } : interview));
    const response = await importFile(s.t, s.admin, JSON.stringify(await handoverFileOf(s.device, unknown, s.t.handover.publicKey)));
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ problem: { code: 'handover.unknownSurvey', params: { survey: 'khong-co-khao-sat' } } });
    expect(count(s.t.db, 'interviews') + count(s.t.db, 'quarantine')).toBe(0);

    const cookie = await s.t.signIn('dtv01', demoPassword('dtv01'));
    const keyless = crypto.randomUUID();
    expect((await s.t.post('/api/devices', { deviceId: keyless, label: 'old app' }, { cookie })).status).toBe(201);
    const file = await handoverFileOf({ deviceId: keyless, privateKey: s.device.privateKey }, s.interviews, s.t.handover.publicKey);
    await refusedWith(s, JSON.stringify(file), 'handover.noDeviceKey');
  });

  it('sets a revoked device’s interviews aside for a person, never storing or losing them', async () => {
    const s = await setup();
    const cookie = await s.t.signIn('dtv01', demoPassword('dtv01'));
    expect((await s.t.post(`/api/devices/${s.device.deviceId}/revoke`, {}, { cookie })).status).toBe(204);
    const result = await imported(s.t, s.admin, await handoverFileOf(s.device, s.interviews, s.t.handover.publicKey));
    expect(result.quarantined).toBe(true);
    expect(result.items.map((item) => [item.receipt.outcome, item.receipt.reason?.code])).toEqual(
      s.interviews.map(() => ['rejected', 'sync.reason.deviceRevoked']));
    expect(count(s.t.db, 'interviews')).toBe(0);
    const held = s.t.db.prepare("SELECT interview_id FROM quarantine WHERE kind = 'disabled' ORDER BY interview_id").pluck().all();
    expect(held).toEqual(s.interviews.map((interview) => interview.id).sort());
  });

  it('sets a disabled account’s interviews aside too, with that reason', async () => {
    const s = await setup();
    setAccountDisabled(s.t.db, findAccountByUsername(s.t.db, 'dtv01')!.id, true);
    const result = await imported(s.t, s.admin, await handoverFileOf(s.device, s.interviews, s.t.handover.publicKey));
    expect(result.quarantined).toBe(true);
    expect(result.items.map((item) => item.receipt.reason?.code)).toEqual(s.interviews.map(() => 'sync.reason.accountDisabled'));
    expect(count(s.t.db, 'interviews')).toBe(0);
    expect(count(s.t.db, 'quarantine')).toBe(3);
  });

  it('keeps a device’s key when it registers again without one (an older app), so its files still verify', async () => {
    const s = await setup();
    const cookie = await s.t.signIn('dtv01', demoPassword('dtv01'));
    expect((await s.t.post('/api/devices', { deviceId: s.device.deviceId, label: 'old app', publicKey: null }, { cookie })).status).toBe(201);
    const result = await imported(s.t, s.admin, await handoverFileOf(s.device, s.interviews, s.t.handover.publicKey));
    expect(result.items.map((item) => item.receipt.outcome)).toEqual(['accepted', 'accepted', 'accepted']);
  });

  it('is for admins only: an enumerator’s session is refused', async () => {
    const s = await setup();
    const file = await handoverFileOf(s.device, s.interviews, s.t.handover.publicKey);
    const response = await importFile(s.t, await s.t.signIn('dtv01', demoPassword('dtv01')), JSON.stringify(file));
    expect(response.status).toBe(403);
    expect(count(s.t.db, 'interviews')).toBe(0);
  });
});
