// Hand-over by file in Chromium against the real server (issue 16's Done-when): a device offline for the whole test
// exports its finished forms; the file's bytes hold no answer in clear; the admin imports it on the admin page and
// the server holds each interview once; a second import changes nothing; an edited file is refused with its reason;
// and the device's later sync answers duplicate and confirms the forms it had kept in its outbox; the uploads list
// tells the imports from the sync.
import { readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { generateInterviews } from '#shared/demo/generate-interviews.ts';
import { hungYen2026 } from '#shared/demo/hung-yen-2026.ts';
import { useBrowserHarness } from './support/harness.ts';
import { goOffline, goOnline, waitForServiceWorkerControl } from './support/offline.ts';
import { registeredDevice, storedInterviews, writeInterviews } from './support/device-db.ts';
import { HomePage } from './pages/HomePage.ts';
import { InterviewPage } from './pages/InterviewPage.ts';
import { ReviewPage } from './pages/ReviewPage.ts';
import { HandoverCard, HandoverImportPage } from './pages/HandoverPages.ts';
import { BatchesPage } from './pages/ReviewToolsPages.ts';
import { allowAxe, seriousViolations } from './pages/axe.ts';

const h = useBrowserHarness({
  timeout: 15_000,
  prepare: (server) => {
    // The survey is in the field now, so nothing is flagged outside the window and synced forms stay on the device.
    const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
    server.db.prepare(`UPDATE surveys SET definition = json_set(definition, '$.fieldWindow.start', ?, '$.fieldWindow.end', ?)`)
      .run(`${day(-3)}T00:00:00+07:00`, `${day(30)}T23:59:59+07:00`);
  },
});

/** Typed by the enumerator: an "other – specify" text and a free answer, each easy to find in a file's bytes. */
const OTHER_TEXT = 'Thợ may tự do ZQX-4711';
const FREE_TEXT = 'Mong có thêm đèn đường ở thôn KWV-0815';

async function outbox(page: Page): Promise<{ interviewId: string; handedOver?: { change: number }; change: number }[]> {
  return page.evaluate(() => new Promise((resolve, reject) => {
    const open = indexedDB.open('phieu');
    open.onerror = () => reject(open.error ?? new Error('IndexedDB failed without an error'));
    open.onsuccess = () => {
      const all = open.result.transaction('outbox').objectStore('outbox').getAll();
      all.onsuccess = () => { resolve(all.result as never); open.result.close(); };
    };
  }));
}

async function sortedOutcomes(page: HandoverImportPage): Promise<{ id: string; outcome: string }[]> {
  return (await page.outcomes()).sort((a, b) => a.id.localeCompare(b.id));
}

/** Types one whole interview on its screens, offline: "other – specify" at Câu 3 and a free answer at Câu 16. */
async function typeInterview(home: HomePage): Promise<string> {
  await home.startInterview('01', '0105');
  const id = new URL(h.page.url()).pathname.split('/').pop()!;
  const form = await new InterviewPage(h.page).waitForQuestion('Câu 1');
  const choose = async (paper: string, variable: string, code: number) => {
    await form.waitForQuestion(paper);
    await form.choose(variable, code);
    await form.next();
  };
  await choose('Câu 1', 'c1', 2);
  await form.waitForQuestion('Câu 2');
  await form.type('c2', '45');
  await form.next();
  await form.waitForQuestion('Câu 3');
  await form.choose('c3', 7);
  await form.type('c3_other', OTHER_TEXT);
  await form.next();
  await choose('Câu 4', 'c4', 2);
  await choose('Câu 5', 'c5', 3);
  await form.waitForQuestion('Câu 6');
  await form.next();
  await choose('Câu 7', 'c7', 3); // → Câu 10
  await choose('Câu 10', 'c10', 1);
  await form.waitForQuestion('Câu 11');
  for (const row of [1, 2, 3, 4, 5]) await form.choose(`c11_${row}`, 2);
  await form.next();
  await choose('Câu 12', 'c12', 6);
  await choose('Câu 13', 'c13', 1);
  await choose('Câu 14', 'c14', 3); // → Câu 16
  await form.waitForQuestion('Câu 16');
  await form.type('c16', FREE_TEXT);
  await form.next();
  await form.waitUntilSaved();
  await h.page.getByRole('link', { name: 'Xem lại và hoàn thành' }).click();
  await (await new ReviewPage(h.page).waitUntilShown()).finish();
  return id;
}

describe('hand-over by file', () => {
  it('exports offline, imports once on the admin page, refuses an edited file, and a later sync confirms the forms', async () => {
    await h.signIn('dtv01');
    const home = await new HomePage(h.page, h.baseUrl).waitUntilShown();
    await waitForServiceWorkerControl(h.page);
    const device = await registeredDevice(h.page);

    // From here the device has no network until the end. One form is typed on its screens, two more written as the
    // entry screens would.
    await goOffline(h.context);
    const typedId = await typeInterview(home);
    const generated = generateInterviews({ version: hungYen2026.versions[0]!, count: 2, unitNos: ['02'], seed: 77, ...device })
      .map((form) => ({ ...form, answers: { ...form.answers, c3: 7, c3_other: OTHER_TEXT, c16: FREE_TEXT } }));
    await writeInterviews(h.page, generated);
    const ids = [typedId, ...generated.map((form) => form.id)].sort();
    const forms = ids.map((id) => ({ id }));
    await h.page.goto(`${h.baseUrl}/`);
    await home.waitUntilShown();
    expect(await home.stateCount('finished')).toBe(3);
    const typed = (await storedInterviews(h.page)).find((form) => form.id === typedId);
    expect(typed?.answers).toMatchObject({ c3: 7, c3_other: OTHER_TEXT, c16: FREE_TEXT });

    const card = new HandoverCard(h.page);
    const download = await card.export();
    expect(download.suggestedFilename()).toMatch(new RegExp(`^phieu-\\d{4}-\\d{2}-\\d{2}-\\d{4}-${device.deviceId.slice(0, 8)}\\.phieu$`));
    const dir = await mkdtemp(join(tmpdir(), 'phieu-handover-'));
    const file = join(dir, download.suggestedFilename());
    await download.saveAs(file);
    const bytes = readFileSync(file);
    for (const clear of [OTHER_TEXT, FREE_TEXT, 'ZQX-4711', 'KWV-0815', '"answers"', typedId]) {
      expect(bytes.includes(Buffer.from(clear, 'utf8')), `“${clear}” in the file`).toBe(false);
    }
    await h.page.getByText('Đã ghi 3 phiếu vào tệp').waitFor();
    await expect.poll(() => card.pending()).toBe(3);
    expect((await outbox(h.page)).every((row) => row.handedOver?.change === row.change)).toBe(true);

    // The admin, on another computer with a network, imports the file.
    const office = await h.openBrowser();
    await allowAxe(office.page);
    await h.signIn('admin', office.page);
    await office.page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
    const importPage = await new HandoverImportPage(office.page, h.baseUrl).open();
    await importPage.importFile(file);
    expect(await importPage.summary()).toMatch(/^Tệp của .+ \(dtv01\) \(thiết bị [0-9a-f]{8}, ghi lúc \d{2}\/\d{2}\/\d{4} .+\): 3 phiếu\.$/);
    expect(await sortedOutcomes(importPage)).toEqual(forms.map((form) => ({ id: form.id, outcome: 'accepted' })));
    expect(await seriousViolations(office.page)).toEqual([]);
    // The upload it became, one click away.
    const batchHref = await office.page.getByRole('link', { name: 'Xem lần gửi này cùng các lần gửi khác' }).getAttribute('href');
    const batchId = new URL(batchHref!, h.baseUrl).searchParams.get('id');
    expect(h.server.db.prepare('SELECT via FROM sync_batches WHERE id = ?').pluck().get(batchId)).toBe('file');
    const held = () => h.server.db.prepare(
      `SELECT id, revision, account_id, content_hash FROM interviews WHERE id IN (${forms.map(() => '?').join(',')}) ORDER BY id`,
    ).all(...forms.map((form) => form.id));
    const first = held();
    expect(first).toHaveLength(3);
    // What was sealed is what was typed: the server, and only the server, reads it.
    const record = h.server.db.prepare('SELECT record FROM interviews WHERE id = ?').pluck().get(typedId) as string;
    expect(record).toContain(OTHER_TEXT);
    expect(record).toContain(FREE_TEXT);

    // The same file again: every form is already there, and nothing changes.
    await importPage.importFile(file);
    await expect.poll(() => sortedOutcomes(importPage)).toEqual(forms.map((form) => ({ id: form.id, outcome: 'duplicate' })));
    expect(held()).toEqual(first);

    // An edited file (one character of its ciphertext): refused, saying why, nothing stored.
    const text = readFileSync(file, 'utf8');
    const at = text.indexOf('"ciphertext":"') + 40;
    const edited = join(dir, 'edited.phieu');
    writeFileSync(edited, text.slice(0, at) + (text[at] === 'A' ? 'B' : 'A') + text.slice(at + 1));
    await importPage.importFile(edited);
    await office.page.getByRole('alert').getByText('Mã kiểm tra của tệp không khớp').waitFor();
    expect(held()).toEqual(first);

    // The device syncs at last: duplicates, and the forms it kept for the file are confirmed and leave the outbox.
    await goOnline(h.context);
    await expect.poll(() => home.stateCount('synced'), { timeout: 15_000 }).toBe(3);
    await expect.poll(() => card.pending()).toBe(0);
    expect(await outbox(h.page)).toEqual([]);
    expect((await storedInterviews(h.page)).map((form) => form.status)).toEqual(['received', 'received', 'received']);
    expect(held()).toEqual(first);
    const batches = h.server.db.prepare('SELECT receipts FROM sync_batches WHERE device_id = ? ORDER BY received_at').pluck().all(device.deviceId) as string[];
    const last = JSON.parse(batches.at(-1)!) as { outcome: string }[];
    expect(last.map((receipt) => receipt.outcome)).toEqual(['duplicate', 'duplicate', 'duplicate']);

    // The uploads list tells the two imports of the file from the device's sync after them.
    const uploads = await new BatchesPage(office.page, h.baseUrl).open();
    expect((await uploads.vias())[0]).toBe('Đồng bộ');
    await uploads.show('Tệp phiếu');
    await expect.poll(() => uploads.vias()).toEqual(['Tệp phiếu', 'Tệp phiếu']);
    expect(await seriousViolations(office.page)).toEqual([]);
  });
});
