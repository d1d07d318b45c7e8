// Keys sent the way a slow laptop delivers a fast clerk's typing: all at once. Each key becomes the raw CDP key
// events a real keyboard gives (keydown with its text, keyup), all sent without waiting for the page, so the
// page receives them back to back whatever it is doing (storing a form, opening the next, rendering).
import type { Page } from 'playwright-core';

type KeyEvent = { type: 'keyDown' | 'rawKeyDown' | 'keyUp'; key: string; code?: string; text?: string; windowsVirtualKeyCode: number };

const NAMED: Record<string, { code: string; vk: number; text?: string }> = {
  Enter: { code: 'Enter', vk: 13, text: '\r' },
  Backspace: { code: 'Backspace', vk: 8 },
  ArrowUp: { code: 'ArrowUp', vk: 38 },
  ArrowDown: { code: 'ArrowDown', vk: 40 },
};

function virtualKey(ch: string): number {
  if (/^\d$/.test(ch)) return 48 + Number(ch);
  if (/^[a-z]$/i.test(ch)) return ch.toUpperCase().charCodeAt(0);
  return ({ '-': 189, '*': 106, ' ': 32 } as Record<string, number>)[ch] ?? 0;
}

export function keyEvents(key: string): KeyEvent[] {
  const named = NAMED[key];
  if (named) {
    const down: KeyEvent = named.text
      ? { type: 'keyDown', key, code: named.code, text: named.text, windowsVirtualKeyCode: named.vk }
      : { type: 'rawKeyDown', key, code: named.code, windowsVirtualKeyCode: named.vk };
    return [down, { type: 'keyUp', key, code: named.code, windowsVirtualKeyCode: named.vk }];
  }
  const vk = virtualKey(key);
  return [{ type: 'keyDown', key, text: key, windowsVirtualKeyCode: vk }, { type: 'keyUp', key, windowsVirtualKeyCode: vk }];
}

/** Sends every key with no delay between them (`cpuSlowdown`: CDP's CPU throttling rate while they arrive). */
export async function burstKeys(page: Page, keys: readonly string[], cpuSlowdown = 1): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
    await Promise.all(keys.flatMap(keyEvents).map((event) => cdp.send('Input.dispatchKeyEvent', event)));
  } finally {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await cdp.detach();
  }
}
