// The admin's devices page in the built client: a device registered from a phone is listed with its account, the
// admin revokes it (after confirming), the revoked phone still hands in a finished interview, which waits in
// quarantine on the same page until the admin accepts it — and then it is stored.
import { describe, expect, it } from 'vitest';
import { generateInterviews } from '#shared/demo/generate-interviews.ts';
import { hungYen2026 } from '#shared/demo/hung-yen-2026.ts';
import { findInterview } from '#server/repo/interviews.ts';
import { demoPassword } from '#server/demo/seed.ts';
import { findAccountByUsername } from '#server/repo/accounts.ts';
import { useBrowserHarness } from './support/harness.ts';

const h = useBrowserHarness({ timeout: 15_000 });

/** A phone of dtv01, registered through the API as the app does it: a session, then the device's token. */
async function registerPhone(): Promise<{ deviceId: string; token: string }> {
  const signIn = await fetch(`${h.baseUrl}/api/auth/sign-in`, {
    method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'dtv01', password: demoPassword('dtv01') }),
  });
  const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0]!;
  const deviceId = crypto.randomUUID();
  const registered = await fetch(`${h.baseUrl}/api/devices`, {
    method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ deviceId, label: 'Samsung A15' }),
  });
  return { deviceId, token: ((await registered.json()) as { token: string }).token };
}

describe('the devices page', () => {
  it('lists a phone, revokes it, and accepts what it hands in afterwards from the quarantine', async () => {
    const phone = await registerPhone();
    await h.signIn('admin');
    await h.page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
    await h.page.goto(`${h.baseUrl}/admin/devices`);
    await h.page.getByRole('heading', { level: 1, name: 'Thiết bị đồng bộ' }).waitFor();
    const row = h.page.locator(`tr[data-device="${phone.deviceId}"]`);
    await expect.poll(() => row.textContent()).toContain('Samsung A15');
    expect(await row.textContent()).toContain('dtv01');
    expect(await row.textContent()).toContain('Đang dùng');
    expect(await row.getByRole('link', { name: 'Phiếu của máy' }).getAttribute('href')).toBe(`/admin/review?device=${phone.deviceId}`);

    h.page.once('dialog', (dialog) => { void dialog.accept(); });
    await row.getByRole('button', { name: 'Thu hồi' }).click();
    await h.page.getByRole('status').filter({ hasText: 'Đã thu hồi thiết bị “Samsung A15”.' }).waitFor();
    await expect.poll(() => row.textContent()).toContain('Đã thu hồi');

    // The revoked phone still hands in its finished interview: it waits in quarantine.
    const accountId = findAccountByUsername(h.server.db, 'dtv01')!.id;
    const [interview] = generateInterviews({ version: hungYen2026.versions[0]!, count: 1, unitNos: ['01'], accountId, deviceId: phone.deviceId, seed: 31 });
    const upload = await fetch(`${h.baseUrl}/api/sync/batches`, {
      method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${phone.token}` },
      body: JSON.stringify({ protocol: 1, batchId: crypto.randomUUID(), deviceId: phone.deviceId, sentAt: new Date().toISOString(), interviews: [interview] }),
    });
    expect(upload.status).toBe(200);
    expect(findInterview(h.server.db, interview!.id)).toBeUndefined();

    await h.page.reload();
    const waiting = h.page.locator('tr[data-quarantine]').filter({ hasText: interview!.id.slice(0, 8) });
    await waiting.waitFor();
    expect(await waiting.textContent()).toContain('Thiết bị đã bị thu hồi');
    await waiting.getByRole('button', { name: 'Nhận phiếu' }).click();
    await h.page.getByRole('status').filter({ hasText: `Đã nhận phiếu ${interview!.id.slice(0, 8)}.` }).waitFor();
    await h.page.getByText('Không có phiếu nào chờ xử lý.').waitFor();
    expect(findInterview(h.server.db, interview!.id)).toMatchObject({ status: 'received' });
  });
});
