// Sync from the device's side, in Chromium against the real server: offline work goes up by itself when the
// network returns; a response lost after the server committed, and a proxy's HTML answering 200, lose and
// duplicate nothing; a refused form is corrected and accepted; a new questionnaire version leaves open drafts
// on theirs; and Background Sync uploads from the service worker with no page interaction.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { generateInterviews } from '#shared/demo/generate-interviews.ts';
import { hungYen2026 } from '#shared/demo/hung-yen-2026.ts';
import type { Interview } from '#shared/interview/schema.ts';
import { findSurveyBySlug, insertQuestionnaireVersion } from '#server/repo/surveys.ts';
import { returnInterview } from '#server/repo/returned-interviews.ts';
import { useBrowserHarness } from './support/harness.ts';
import { goOffline, goOnline, waitForServiceWorkerControl } from './support/offline.ts';
import { registeredDevice, storedInterview, storedInterviews, writeInterviews, type DeviceIds } from './support/device-db.ts';
import { HomePage } from './pages/HomePage.ts';
import { SyncPanel } from './pages/SyncPanel.ts';

let seed = 1;

const h = useBrowserHarness({
  timeout: 15_000,
  prepare: (server) => {
    // The survey is in the field now: synced forms stay on the device until its window closes (housekeeping).
    const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
    server.db.prepare(`UPDATE surveys SET definition = json_set(definition, '$.fieldWindow.start', ?, '$.fieldWindow.end', ?)`)
      .run(`${day(-3)}T00:00:00+07:00`, `${day(30)}T23:59:59+07:00`);
  },
});

async function signIn(username: string): Promise<{ home: HomePage; sync: SyncPanel; device: DeviceIds }> {
  await h.signIn(username);
  const home = await new HomePage(h.page, h.baseUrl).waitUntilShown();
  await waitForServiceWorkerControl(h.page);
  return { home, sync: new SyncPanel(h.page), device: await registeredDevice(h.page) };
}

/** Valid finished forms of the demo questionnaire, made on this device (as the entry screens would). */
function finishedForms(device: DeviceIds, count: number, unitNo: string): Interview[] {
  return generateInterviews({ version: hungYen2026.versions[0]!, count, unitNos: [unitNo], seed: seed++, ...device });
}

type ServerRow = { id: string; revision: number; status: string; questionnaire_version: number; unit_no: string };
function onServer(ids: readonly string[]): ServerRow[] {
  return ids.map((id) => h.server.db.prepare(
    `SELECT i.id, i.revision, i.status, i.questionnaire_version, u.no AS unit_no FROM interviews i JOIN units u ON u.id = i.unit_id WHERE i.id = ?`,
  ).get(id) as ServerRow).filter(Boolean);
}

async function deviceStatuses(page: Page, ids: readonly string[]): Promise<string[]> {
  const stored = await storedInterviews(page);
  return ids.map((id) => stored.find((interview) => interview.id === id)?.status ?? 'missing');
}

describe('sync from the device', () => {
  it('uploads offline work by itself when the network returns, and survives a lost response and a portal’s HTML', async () => {
    const { home, sync, device } = await signIn('dtv01');
    const page = h.page;
    await goOffline(h.context);
    const offline = finishedForms(device, 3, '01');
    await writeInterviews(page, offline);
    await page.reload(); // from the service worker, offline
    await home.waitUntilShown();
    expect(await home.stateCount('finished')).toBe(3);
    expect(await home.figure('01', 'waiting')).toBe('3');

    await goOnline(h.context); // nothing clicked: the `online` event starts the sync
    await expect.poll(() => home.stateCount('synced')).toBe(3);
    expect(await home.stateCount('finished')).toBe(0);
    await expect.poll(() => home.figure('01', 'synced')).toMatch(/^3 /);
    expect(await home.figure('01', 'waiting')).toBe('0');
    expect(onServer(offline.map((i) => i.id)).map((row) => [row.revision, row.status])).toEqual([[1, 'received'], [1, 'received'], [1, 'received']]);
    await sync.lastSuccess().getByText('Đồng bộ thành công lần cuối').waitFor();

    // The answer to an upload is lost after the server committed it.
    // Every answer is lost until the check below: the change to the outbox starts a sync by itself, and whichever
    // upload goes first (that one or the button's) must be the one whose answer is lost.
    const cut = finishedForms(device, 2, '01');
    await h.context.route('**/api/sync/batches', async (route) => {
      await route.fetch();
      await route.abort('connectionreset');
    });
    await writeInterviews(page, cut);
    await sync.syncNow();
    await sync.error().getByText('Không kết nối được máy chủ').waitFor();
    expect(onServer(cut.map((i) => i.id))).toHaveLength(2); // the server has them…
    expect(await deviceStatuses(page, cut.map((i) => i.id))).toEqual(['finished', 'finished']); // …the device does not know
    await h.context.unroute('**/api/sync/batches');
    await sync.syncNow();
    await expect.poll(() => deviceStatuses(page, cut.map((i) => i.id))).toEqual(['received', 'received']);
    await expect.poll(() => sync.error().count()).toBe(0);
    const stored = h.server.db.prepare(`SELECT count(*) AS n FROM interview_history WHERE interview_id IN (?, ?)`).get(cut[0]!.id, cut[1]!.id) as { n: number };
    expect(stored.n).toBe(2); // once each
    expect(onServer(cut.map((i) => i.id)).map((row) => row.revision)).toEqual([1, 1]);

    // A proxy answers 200 with an HTML page: nothing is marked synced, the enumerator is told, then the real sync works.
    const portal = finishedForms(device, 1, '02');
    await writeInterviews(page, portal);
    await h.context.route('**/api/sync/batches', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<html><body>Wi-Fi login</body></html>' }), { times: 1 });
    await sync.syncNow();
    await sync.error().getByText('Không đọc được câu trả lời của máy chủ').waitFor();
    expect(await deviceStatuses(page, [portal[0]!.id])).toEqual(['finished']);
    expect(onServer([portal[0]!.id])).toEqual([]);
    await sync.syncNow();
    await expect.poll(() => deviceStatuses(page, [portal[0]!.id])).toEqual(['received']);
    await expect.poll(() => sync.error().count()).toBe(0);
    expect(onServer([portal[0]!.id])).toHaveLength(1);
  });

  it('shows a refusal’s reason and an admin’s return, and accepts each once corrected', async () => {
    const { sync, device } = await signIn('dtv01');
    const page = h.page;
    // Keyed under unit 03, which is not this enumerator's: the server refuses it.
    const [wrongUnit] = finishedForms(device, 1, '01').map((i) => ({ ...i, unitNo: '03', answers: { ...i.answers, c6: '03' } }));
    const [returned] = finishedForms(device, 1, '02');
    await writeInterviews(page, [wrongUnit!, returned!]);
    await sync.syncNow();
    await sync.attention(wrongUnit!.id).getByText('Đơn vị 03 không được giao cho tài khoản này').waitFor();
    expect(await deviceStatuses(page, [wrongUnit!.id, returned!.id])).toEqual(['needs_correction', 'received']);

    // The admin returns the other with a comment (no review screen yet: set on the server directly).
    returnInterview(h.server.db, returned!.id, 'Câu 11.3: ghi rõ ý kiến khác', new Date().toISOString());
    await sync.syncNow();
    await sync.attention(returned!.id).getByText('Quản trị viên trả lại: Câu 11.3: ghi rõ ý kiến khác').waitFor();
    expect(await deviceStatuses(page, [returned!.id])).toEqual(['needs_correction']);

    // Corrected on the device (the unit; an answer) and finished again; sync sends both.
    const fixUnit = { ...(await storedInterview(page, wrongUnit!.id))!, unitNo: '01', status: 'finished' };
    fixUnit.answers = { ...fixUnit.answers, c6: '01' };
    const fixReturned = { ...(await storedInterview(page, returned!.id))!, status: 'finished' };
    fixReturned.answers = { ...fixReturned.answers, c2: 45 };
    await writeInterviews(page, [fixUnit, fixReturned]);
    await sync.syncNow();
    await expect.poll(() => deviceStatuses(page, [wrongUnit!.id, returned!.id])).toEqual(['received', 'received']);
    expect(await sync.attention(wrongUnit!.id).count()).toBe(0);
    expect(onServer([wrongUnit!.id, returned!.id]).map((row) => [row.unit_no, row.revision, row.status])).toEqual([
      ['01', 1, 'received'], // never stored before: a new interview
      ['02', 2, 'received'], // revision 2 on the server's 1: an update, back to received
    ]);
  });

  it('finishes an open draft on its version after a new one is published, and starts the next on the new one', async () => {
    const { home, sync, device } = await signIn('dtv02');
    const unitNo = (await home.unitNumbers())[0]!;
    await startOnScreen(h.page, unitNo);
    const draftId = new URL(h.page.url()).pathname.split('/').pop()!;

    const v1 = hungYen2026.versions[0]!;
    insertQuestionnaireVersion(h.server.db, findSurveyBySlug(h.server.db, 'hung-yen-2026')!.id, {
      version: 2, status: 'published', definition: JSON.stringify({ ...v1, version: 2 }), publishedAt: new Date().toISOString(),
    });
    await h.page.goto(`${h.baseUrl}/`);
    await home.waitUntilShown();
    await sync.syncNow();
    await expect.poll(async () => (await storedInterview(h.page, draftId))?.questionnaireVersion).toBe(1);
    await expect.poll(() => kitVersions(h.page)).toEqual([1, 2]);

    // The draft is finished on version 1 and goes up on it.
    const draft = (await storedInterview(h.page, draftId))!;
    const [answers] = finishedForms(device, 1, unitNo);
    await writeInterviews(h.page, [{ ...answers!, id: draftId, serial: draft.serial, questionnaireVersion: 1 }]);
    await sync.syncNow();
    await expect.poll(() => onServer([draftId]).map((row) => row.questionnaire_version)).toEqual([1]);

    await h.page.goto(`${h.baseUrl}/`);
    await home.waitUntilShown();
    await startOnScreen(h.page, unitNo);
    const nextId = new URL(h.page.url()).pathname.split('/').pop()!;
    expect((await storedInterview(h.page, nextId))?.questionnaireVersion).toBe(2);
  });

  it('uploads from the service worker when Background Sync fires, with no page interaction', async () => {
    const { device } = await signIn('dtv01');
    const forms = finishedForms(device, 2, '02');
    const cdp = await h.context.newCDPSession(h.page);
    const registration = new Promise<string>((resolve) => {
      cdp.on('ServiceWorker.workerRegistrationUpdated', (event: { registrations: { registrationId: string; scopeURL: string; isDeleted: boolean }[] }) => {
        const found = event.registrations.find((r) => !r.isDeleted && r.scopeURL.startsWith(h.baseUrl));
        if (found) resolve(found.registrationId);
      });
    });
    await cdp.send('ServiceWorker.enable');
    const registrationId = await registration;
    await writeInterviews(h.page, forms);

    await cdp.send('ServiceWorker.dispatchSyncEvent', { origin: h.baseUrl, registrationId, tag: 'phieu-sync', lastChance: false });
    await expect.poll(() => onServer(forms.map((i) => i.id)).length, { timeout: 15_000 }).toBe(2);
    await expect.poll(() => deviceStatuses(h.page, forms.map((i) => i.id))).toEqual(['received', 'received']);
  });
});

/** Starts a face-to-face draft from the home screen's unit link, with the suggested serial. */
async function startOnScreen(page: Page, unitNo: string): Promise<void> {
  await page.locator(`.start-work a[data-unit="${unitNo}"]`).click();
  const start = page.getByRole('button', { name: /Bắt đầu|Start/ });
  await start.waitFor();
  const faceToFace = page.locator('#mode-interview'); // offered once paper keying has its own mode
  if (await faceToFace.count() > 0) await faceToFace.check();
  await start.click();
  await page.waitForURL(/\/interviews\/[0-9a-f-]{36}$/);
}

async function kitVersions(page: Page): Promise<number[]> {
  return page.evaluate(() => new Promise<number[]>((resolve, reject) => {
    const open = indexedDB.open('phieu');
    open.onerror = () => reject(open.error ?? new Error('IndexedDB failed without an error'));
    open.onsuccess = () => {
      const all = open.result.transaction('surveys').objectStore('surveys').getAll();
      all.onsuccess = () => {
        open.result.close();
        resolve((all.result as { versions: { version: number }[] }[]).flatMap((row) => row.versions.map((v) => v.version)));
      };
    };
  }));
}
