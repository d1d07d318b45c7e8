// Reads the app's IndexedDB from inside the page, the way the app itself would find it after a restart.
import type { Page } from 'playwright-core';

export type StoredInterview = { id: string; accountId: number; serial?: string; status: string; answers: Record<string, unknown> };

export async function storedInterviews(page: Page): Promise<StoredInterview[]> {
  return page.evaluate(() => new Promise<StoredInterview[]>((resolve, reject) => {
    const open = indexedDB.open('phieu');
    open.onerror = () => reject(open.error ?? new Error('IndexedDB failed without an error'));
    open.onsuccess = () => {
      const all = open.result.transaction('interviews').objectStore('interviews').getAll();
      all.onsuccess = () => { resolve(all.result as StoredInterview[]); open.result.close(); };
      all.onerror = () => reject(all.error ?? new Error('IndexedDB failed without an error'));
    };
  }));
}

export type DeviceIds = { accountId: number; deviceId: string };

/** The account and device id of the device registered in this browser (the first one). */
export async function registeredDevice(page: Page): Promise<DeviceIds> {
  return page.evaluate(() => new Promise<DeviceIds>((resolve, reject) => {
    const open = indexedDB.open('phieu');
    open.onerror = () => reject(open.error ?? new Error('IndexedDB failed without an error'));
    open.onsuccess = () => {
      const all = open.result.transaction('devices').objectStore('devices').getAll();
      all.onsuccess = () => {
        const row = (all.result as DeviceIds[])[0];
        open.result.close();
        if (row) resolve({ accountId: row.accountId, deviceId: row.deviceId });
        else reject(new Error('no device registered'));
      };
    };
  }));
}

/**
 * Writes interviews the way the app's write path does: each with its outbox row (change bumped) in one
 * IndexedDB transaction. For tests that need finished forms before the finish screen exists.
 */
export async function writeInterviews(page: Page, interviews: readonly object[]): Promise<void> {
  await page.evaluate((rows) => new Promise<void>((resolve, reject) => {
    const open = indexedDB.open('phieu');
    open.onerror = () => reject(open.error ?? new Error('IndexedDB failed without an error'));
    open.onsuccess = () => {
      const tx = open.result.transaction(['interviews', 'outbox'], 'readwrite');
      const now = new Date().toISOString();
      for (const interview of rows as { id: string; accountId: number; surveySlug: string; unitNo: string; status: string }[]) {
        tx.objectStore('interviews').put(interview);
        const outbox = tx.objectStore('outbox');
        const previous = outbox.get(interview.id);
        previous.onsuccess = () => {
          const row = previous.result as { change: number; queuedAt: string } | undefined;
          outbox.put({
            interviewId: interview.id, accountId: interview.accountId, surveySlug: interview.surveySlug, unitNo: interview.unitNo,
            status: interview.status, change: (row?.change ?? 0) + 1, queuedAt: row?.queuedAt ?? now, changedAt: now,
          });
        };
      }
      tx.oncomplete = () => { open.result.close(); resolve(); };
      tx.onerror = () => reject(tx.error ?? new Error('IndexedDB failed without an error'));
    };
  }), interviews);
}

/** One interview as the device holds it now, or undefined. */
export async function storedInterview(page: Page, id: string): Promise<StoredInterview & Record<string, unknown> | undefined> {
  return (await storedInterviews(page)).find((interview) => interview.id === id);
}
