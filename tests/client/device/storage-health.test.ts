// The storage panel's warnings from its facts: persistence refused, space low, unsynced work old, iOS tab.
import { describe, expect, it } from 'vitest';
import { assessStorage, LOW_SPACE_BYTES, OLD_UNSYNCED_MS, type StorageFacts } from '#client/device/storage-health.ts';

const NOW = Date.parse('2026-05-30T02:00:00Z');
const GB = 1024 ** 3;
const healthy: StorageFacts = { persisted: true, usage: 10 * 1024 ** 2, quota: 2 * GB, unsynced: 0, oldestQueuedAt: null, iosBrowserTab: false };

describe('assessStorage', () => {
  it('has nothing to say about a healthy device, and computes the free space', () => {
    const health = assessStorage(healthy, NOW);
    expect(health.warnings).toEqual([]);
    expect(health.free).toBe(2 * GB - 10 * 1024 ** 2);
  });

  it('warns when persistence was refused, but not when the browser cannot say', () => {
    expect(assessStorage({ ...healthy, persisted: false }, NOW).warnings).toEqual(['persistenceRefused']);
    expect(assessStorage({ ...healthy, persisted: null }, NOW).warnings).toEqual([]);
  });

  it('warns when free space is low in bytes or as a share', () => {
    expect(assessStorage({ ...healthy, usage: 2 * GB - LOW_SPACE_BYTES + 1 }, NOW).warnings).toEqual(['spaceLow']);
    expect(assessStorage({ ...healthy, quota: 100 * GB, usage: 95 * GB }, NOW).warnings).toEqual(['spaceLow']);
    expect(assessStorage({ ...healthy, usage: null, quota: null }, NOW)).toMatchObject({ free: null, warnings: [] });
  });

  it('warns when the oldest unsynced work is older than two days, not before', () => {
    const at = (ms: number) => new Date(NOW - ms).toISOString();
    expect(assessStorage({ ...healthy, unsynced: 3, oldestQueuedAt: at(OLD_UNSYNCED_MS - 1000) }, NOW).warnings).toEqual([]);
    expect(assessStorage({ ...healthy, unsynced: 3, oldestQueuedAt: at(OLD_UNSYNCED_MS + 1000) }, NOW).warnings).toEqual(['unsyncedOld']);
  });

  it('tells an iPhone user in a Safari tab to install to the home screen', () => {
    expect(assessStorage({ ...healthy, iosBrowserTab: true }, NOW).warnings).toEqual(['iosInstall']);
  });
});
