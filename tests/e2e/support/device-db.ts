// Reads the app's IndexedDB from inside the page, the way the app itself would find it after a restart.
import type { Page } from 'playwright-core';

export type StoredInterview = { id: string; accountId: number; serial?: string; status: string; answers: Record<string, unknown> };

export async function storedInterviews(page: Page): Promise<StoredInterview[]> {
  return page.evaluate(() => new Promise<StoredInterview[]>((resolve, reject) => {
    const open = indexedDB.open('phieu');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const all = open.result.transaction('interviews').objectStore('interviews').getAll();
      all.onsuccess = () => { resolve(all.result as StoredInterview[]); open.result.close(); };
      all.onerror = () => reject(all.error);
    };
  }));
}
