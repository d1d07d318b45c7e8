// Helpers for sync tests: a registered device of a demo account, batches of generated interviews, and a
// snapshot of everything sync stores, to prove a refused request changed nothing.
import { randomUUID } from 'node:crypto';
import type { Interview } from '#shared/interview/schema.ts';
import { generateInterviews, type GenerateOptions } from '#shared/demo/generate-interviews.ts';
import { hungYen2026 } from '#shared/demo/hung-yen-2026.ts';
import { BatchResponseV1Schema, type BatchResponseV1 } from '#shared/sync/messages.ts';
import type { Db } from '#server/db/open.ts';
import { demoPassword } from '#server/demo/seed.ts';
import { findAccountByUsername } from '#server/repo/accounts.ts';
import type { TestApp } from '../support/test-app.ts';

export type SyncDevice = {
  deviceId: string; token: string; accountId: number;
  /** Posts any body to /api/sync/batches with this device's token. */
  post: (body: unknown) => Promise<Response>;
  /** Sends a protocol-1 batch of these interviews and parses the 200 answer. */
  send: (interviews: readonly unknown[], options?: { batchId?: string; sentAt?: string; inventory?: unknown[] }) => Promise<BatchResponseV1>;
  batch: (interviews: readonly unknown[], options?: { batchId?: string; sentAt?: string; inventory?: unknown[] }) => Record<string, unknown>;
  interviews: (options: Partial<GenerateOptions> & { count: number }) => Interview[];
};

export async function registerDevice(t: TestApp, username: string, password = demoPassword(username)): Promise<SyncDevice> {
  const cookie = await t.signIn(username, password);
  const deviceId = randomUUID();
  const response = await t.post('/api/devices', { deviceId, label: `${username} phone` }, { cookie });
  if (response.status !== 201) throw new Error(`device registration failed: ${response.status}`);
  const { token } = await response.json() as { token: string };
  const accountId = findAccountByUsername(t.db, username)!.id;
  const post = (body: unknown) => t.post('/api/sync/batches', body, { authorization: `Bearer ${token}` });
  const batch: SyncDevice['batch'] = (interviews, options = {}) => ({
    protocol: 1, batchId: options.batchId ?? randomUUID(), deviceId,
    sentAt: options.sentAt ?? new Date(t.clock.now()).toISOString(), interviews,
    ...(options.inventory ? { inventory: options.inventory } : {}),
  });
  return {
    deviceId, token, accountId, post, batch,
    send: async (interviews, options) => {
      const response = await post(batch(interviews, options));
      if (response.status !== 200) throw new Error(`sync failed: ${response.status} ${await response.text()}`);
      return BatchResponseV1Schema.parse(await response.json());
    },
    interviews: (options) => generateInterviews({
      version: hungYen2026.versions[0]!, unitNos: ['01', '02'], accountId, deviceId, ...options,
    }),
  };
}

const TABLES = ['interviews', 'interview_revisions', 'sync_batches', 'quarantine', 'device_clocks', 'device_inventory'];

/** Every row sync writes, as text: equal snapshots mean nothing stored changed. */
export function snapshot(db: Db): string {
  return TABLES.map((table) => JSON.stringify(db.prepare(`SELECT * FROM ${table} ORDER BY rowid`).all())).join('\n');
}

export function count(db: Db, table: string): number {
  return db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
}
