// Paper keying as a clerk meets it: Vietnamese typed through an input method (composition events, and Unikey's
// backspace-and-replace) stored exactly; one Backspace too many never changes the previous answer; every
// refusal beside its box and inside a 1366×768 (and 1280×720) window, typing after it not lost; and a form's
// keying statistics (keys, three corrections) arriving on the server with the record.
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { keysFor } from '#shared/entry/keystrokes.ts';
import { PAPER_UNIT_NO, PAPER_YEAR, SKIP_AT_14, SKIP_AT_7 } from '../helpers/paper-forms.ts';
import { keying } from '../shared/entry/support/keying.ts';
import { useBrowserHarness } from './support/harness.ts';
import { burstKeys } from './support/burst-keys.ts';
import { storedInterviews } from './support/device-db.ts';
import { goOffline, goOnline, waitForServiceWorkerControl } from './support/offline.ts';
import { HomePage } from './pages/HomePage.ts';
import { PaperKeyingPage } from './pages/PaperKeyingPage.ts';
import { SyncPanel } from './pages/SyncPanel.ts';

const h = useBrowserHarness({ timeout: 20_000 });
const { compiled } = keying();
const TEXT = 'Tiểu thương';

type Stored = Awaited<ReturnType<typeof storedInterviews>>[number] & { keying?: unknown };

/** Offline, so the stored forms stay on the device as keyed (the demo's field window is over: synced forms go). */
async function openKeyer(page: Page, size = { width: 1366, height: 768 }): Promise<PaperKeyingPage> {
  await page.setViewportSize(size);
  await h.signIn('dtv04', page);
  const home = await new HomePage(page, h.baseUrl).waitUntilShown();
  await waitForServiceWorkerControl(page);
  await goOffline(h.context);
  await home.startPaperKeying(PAPER_UNIT_NO);
  return new PaperKeyingPage(page).waitForSlot('serial');
}

/** The finished form `serial` on the device; failing, what the device and the server hold instead (a serial taken elsewhere?). */
async function finishedForm(page: Page, serial: string): Promise<Stored> {
  try {
    await expect.poll(async () => (await storedInterviews(page)).find((i) => i.serial === serial)?.status, { timeout: 15_000 }).toBe('finished');
  } catch (error) {
    const device = (await storedInterviews(page)).map((i) => `${i.serial ?? '—'} ${i.status}`);
    const server = (h.server.db.prepare('SELECT serial FROM interviews WHERE serial IS NOT NULL').all() as { serial: string }[]).map((row) => row.serial);
    throw new Error(`form ${serial} is not finished on the device, which holds [${device.join(', ')}]; the server holds [${server.join(', ')}]`, { cause: error });
  }
  return (await storedInterviews(page)).find((i) => i.serial === serial) as Stored;
}

/** The keys of SKIP_AT_14 (Câu 3 = 7, "other": Tiểu thương) as form `serial`, split around the text. */
function aroundText(serial: string, defaults?: typeof SKIP_AT_14.footer) {
  const keys = keysFor(compiled, SKIP_AT_14.answers, serial, SKIP_AT_14.footer, {
    unitNo: PAPER_UNIT_NO, year: PAPER_YEAR, suggestedSerial: serial, defaults,
  })!;
  const at = keys.findIndex((_, i) => keys.slice(i, i + [...TEXT].length).join('') === TEXT);
  return { before: keys.slice(0, at), after: keys.slice(at + [...TEXT].length) };
}

async function expectInView(page: Page, message: Locator) {
  await message.waitFor();
  const box = (await message.boundingBox())!;
  const size = page.viewportSize()!;
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height).toBeLessThanOrEqual(size.height);
  expect(box.x + box.width).toBeLessThanOrEqual(size.width);
}

describe('paper keying as a clerk types', () => {
  it('stores "Tiểu thương" typed through composition events, and through Unikey\'s backspace-and-replace', async () => {
    const page = h.page;
    const keyer = await openKeyer(page);
    const cdp = await page.context().newCDPSession(page);
    // The first form: a system input method composes each word, then commits it.
    const firstSerial = await keyer.suggestedSerial();
    const first = aroundText(firstSerial);
    await keyer.keys(first.before);
    await keyer.waitForSlot('c3_other');
    for (const word of [['T', 'Ti', 'Tie', 'Tiê', 'Tiể', 'Tiểu'], ['t', 'th', 'thu', 'thuo', 'thươ', 'thươn', 'thương']]) {
      for (const text of word) await cdp.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length });
      await cdp.send('Input.insertText', { text: word.at(-1)! });
      if (word[0] === 'T') await keyer.keys([' ']);
    }
    expect(await page.locator('#key-c3_other').inputValue()).toBe(TEXT);
    await keyer.keys(first.after);
    expect((await finishedForm(page, firstSerial)).answers).toEqual(SKIP_AT_14.finishedAnswers);

    // The next form: Unikey (Telex) types the plain letter, then takes it back and types the accented one.
    await keyer.waitForSlot('serial');
    const secondSerial = await keyer.suggestedSerial();
    const second = aroundText(secondSerial, SKIP_AT_14.footer);
    await keyer.keys(second.before);
    await keyer.waitForSlot('c3_other');
    await keyer.keys(['T', 'i', 'e', 'Backspace', 'ê', 'Backspace', 'ể', 'u', ' ', 't', 'h', 'u', 'o', 'Backspace', 'Backspace', 'ư', 'ơ', 'n', 'g']);
    expect(await page.locator('#key-c3_other').inputValue()).toBe(TEXT);
    await keyer.keys(second.after);
    expect((await finishedForm(page, secondSerial)).answers).toEqual(SKIP_AT_14.finishedAnswers);
  });

  it('keeps a line break keyed with Shift+Enter inside an open answer, with the typing after it', async () => {
    const page = h.page;
    const keyer = await openKeyer(page);
    const text = 'Tiểu thương\nchợ Phố Hiến';
    const answers = { ...SKIP_AT_14.answers, c3_other: text };
    const serial = await keyer.suggestedSerial();
    const keys = keysFor(compiled, answers, serial, SKIP_AT_14.footer, { unitNo: PAPER_UNIT_NO, year: PAPER_YEAR, suggestedSerial: serial })!;
    expect(keys).toContain('Shift+Enter');
    await keyer.keys(keys.slice(0, keys.indexOf('Shift+Enter') + 2));
    expect(await page.locator('#key-c3_other').inputValue()).toBe('Tiểu thương\nc');
    await keyer.keys(keys.slice(keys.indexOf('Shift+Enter') + 2));
    expect((await finishedForm(page, serial)).answers['c3_other']).toBe(text);
  });

  it('one Backspace too many shows the previous answer kept, and the next codes land where they belong', async () => {
    const page = h.page;
    const keyer = await openKeyer(page);
    const serial = await keyer.suggestedSerial();
    const keys = SKIP_AT_7.keys;
    // Single choice: Câu 1 = 1, one Backspace too many, then Câu 2's age.
    await keyer.keys(keys.slice(0, 2));
    await keyer.keys(['Backspace']);
    await keyer.waitForSlot('c1');
    expect(await page.locator('#key-c1').inputValue()).toBe('1');
    expect(await page.locator('#key-c1').getAttribute('readonly')).not.toBeNull();
    // Multiple choice: Câu 12 = 3, 4 (Enter), one Backspace too many, then Câu 13's code.
    const c13 = 17;
    expect(keys.slice(14, c13)).toEqual(['3', '4', 'Enter']);
    await keyer.keys(keys.slice(2, c13));
    await keyer.keys(['Backspace']);
    await keyer.waitForSlot('c12');
    expect(await page.locator('#key-c12').inputValue()).toBe('34');
    expect(await page.locator('.slot.current .hint').textContent()).toContain('Backspace');
    await keyer.keys(keys.slice(c13));
    expect((await finishedForm(page, serial)).answers).toEqual(SKIP_AT_7.finishedAnswers);
  });

  it('shows every refusal beside its box inside a 1366×768 and a 1280×720 window, and keeps the typing after it', async () => {
    const page = h.page;
    const keyer = await openKeyer(page);
    const serial = await keyer.suggestedSerial();
    const keys = SKIP_AT_7.keys;
    await keyer.keys(keys.slice(0, 14)); // up to Câu 12 (at most 3 codes, 6 exclusive)
    await keyer.waitForSlot('c12');
    await keyer.keys(['1', '2', '5', '4']);
    await expectInView(page, keyer.slotError());
    expect(await keyer.slotError().textContent()).toBe('Câu 12: chọn tối đa 3 phương án.');
    await keyer.keys(['Backspace', 'Backspace', 'Backspace', '1', '6']);
    expect(await keyer.slotError().textContent()).toContain('phương án 6 không được chọn cùng');
    await expectInView(page, keyer.slotError());
    await keyer.keys(['Backspace', '9']);
    expect(await keyer.slotError().textContent()).toBe('Câu 12: không có mã 9.');
    await page.setViewportSize({ width: 1280, height: 720 });
    await keyer.keys(['Backspace', '3', '4', 'Enter', '9']); // Câu 13 has no code 9
    await expectInView(page, keyer.slotError());
    // The rest of the form, with 31/02 keyed for the date first.
    const date = keys.length - 5;
    await keyer.keys(keys.slice(17, date));
    await keyer.keys(['3', '1', '0', '2', 'Enter']);
    await keyer.waitForSlot('interview_date');
    await expectInView(page, keyer.slotError());
    await keyer.keys(['Backspace', 'Backspace', 'Backspace', 'Backspace', ...keys.slice(date)]);
    expect((await finishedForm(page, serial)).answers).toEqual(SKIP_AT_7.finishedAnswers);
    // The next form: a serial of another unit is refused at once.
    await keyer.waitForSlot('serial');
    await keyer.keys(['0', '8']);
    await expectInView(page, keyer.slotError());
    expect(await keyer.slotError().textContent()).toContain('không thuộc đơn vị 07');
    expect(await storedInterviews(page)).toHaveLength(1);
  });

  it('sends a form\'s keying statistics with it: the keys pressed and exactly three corrections', async () => {
    const page = h.page;
    const serial = await (await openKeyer(page)).suggestedSerial();
    // A wrong age digit taken back three times in Câu 2 ("9" waits for a second digit).
    const keys = [...SKIP_AT_7.keys.slice(0, 2), '9', 'Backspace', '9', 'Backspace', '9', 'Backspace', ...SKIP_AT_7.keys.slice(2)];
    await burstKeys(page, keys);
    const stored = await finishedForm(page, serial);
    expect(stored.keying).toMatchObject({ keys: keys.length, corrections: 3, verified: false });
    await goOnline(h.context);
    await page.goto(`${h.baseUrl}/`);
    await new SyncPanel(page).syncNow();
    await expect.poll(() => h.server.db.prepare('SELECT record FROM interviews WHERE id = ?').get(stored.id), { timeout: 15_000 }).toBeDefined();
    const row = h.server.db.prepare('SELECT record FROM interviews WHERE id = ?').get(stored.id) as { record: string };
    const keying = (JSON.parse(row.record) as { keying: { keys: number; corrections: number; seconds: number; verified: boolean } }).keying;
    expect(keying).toMatchObject({ keys: keys.length, corrections: 3, verified: false });
    expect(keying.seconds).toBeGreaterThanOrEqual(0);
  });

  it('fits a 1366×768 laptop: question text once, the current box in the upper half, its codes and the next question in view', async () => {
    const page = h.page;
    const keyer = await openKeyer(page);
    expect(await page.getByText('Giới tính:', { exact: false }).count()).toBe(1);
    expect(await page.locator('.keying-progress').textContent()).toMatch(/Câu 0\/16 · phiếu 1 hôm nay/);
    const keys = SKIP_AT_7.keys;
    const inView = async (selector: string) => {
      const box = await page.locator(selector).first().boundingBox();
      return box !== null && box.y >= 0 && box.y + box.height <= 768;
    };
    for (let i = 0; i < keys.length - 1; i++) {
      await keyer.keys([keys[i]!]);
      const current = page.locator('.slot.current input');
      if (await current.count() === 0) continue;
      const box = (await current.boundingBox())!;
      expect(box.y + box.height, `after key ${i}`).toBeLessThanOrEqual(768 / 2);
      const question = await page.locator('.slot.current').evaluate((el) => el.closest('.paper-q')?.id ?? null);
      if (question === null) continue;
      expect(await inView(`#${question} h3`), `${question}: its text`).toBe(true);
      if (await page.locator(`#${question} .codes`).count() > 0) expect(await inView(`#${question} .codes`), `${question}: its codes`).toBe(true);
      const next = await page.locator(`#${question}`).evaluate((el) => el.nextElementSibling?.id ?? null);
      if (next) expect(await inView(`#${next} h3`), `${question}: the next question`).toBe(true);
    }
    expect(await page.locator('.keying-progress').textContent()).toMatch(/Câu 16\/16/);
  });

  it('with the verify setting on, shows every answer as codes after the last box; Enter stores the form as verified', async () => {
    const page = h.page;
    const keyer = await openKeyer(page);
    // The suggested serial, accepted by the form's first Enter: the server holds 0701 once an earlier test synced it.
    const serial = await keyer.suggestedSerial();
    await page.getByLabel('Đối chiếu cả phiếu trước khi lưu').check();
    await page.locator('#key-serial').focus();
    await keyer.keys(SKIP_AT_7.keys);
    await page.locator('.verify').waitFor();
    expect(await page.locator('.verify [data-slot="c12"] b').textContent()).toBe('34');
    expect(await page.locator('.verify [data-slot="c11_5"] b').textContent()).toBe('4');
    expect(await storedInterviews(page).then((all) => all.filter((i) => i.status === 'finished'))).toHaveLength(0);
    await keyer.keys(['1', '2', 'Enter']); // back to Câu 12, opened for replacing
    await keyer.waitForSlot('c12');
    // The answers after it are kept: ArrowDown passes them, Enter keeps the date and returns to the verify screen.
    await keyer.keys(['3', '4', 'Enter', 'ArrowDown', 'ArrowDown', 'ArrowDown', 'ArrowDown', 'ArrowDown', 'Enter']);
    await page.locator('.verify').waitFor();
    await keyer.keys(['Enter']);
    const stored = await finishedForm(page, serial);
    expect(stored.answers).toEqual(SKIP_AT_7.finishedAnswers);
    expect(stored.keying).toMatchObject({ verified: true });
  });
});
