// The device's one IndexedDB database, declared version by version. A released version is never edited:
// a change is a new entry at the end of SCHEMA (with an upgrade function when old rows must change), so a
// phone that updates the app mid-survey opens its old database, drafts included.
import Dexie, { type EntityTable, type Table, type Transaction } from 'dexie';
import type { Interview } from '#shared/interview/schema.ts';
import type { AccountRow, DeviceRow, OutboxRow, QuotaRow, SentRow, SettingRow, SurveyRow, SyncRecord } from './rows.ts';
import { sentRowOf } from './sent-row.ts';

export type SchemaVersion = {
  version: number;
  /** Dexie's store syntax: primary key first, then only the fields queries use as indexes. */
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void> | void;
};

export const SCHEMA: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      // Every query is scoped by account: a shared laptop shows each clerk only their own work.
      interviews: 'id, accountId, [accountId+status], [accountId+surveySlug+unitNo], [surveySlug+unitNo]',
      outbox: 'interviewId, accountId, [accountId+status]',
      accounts: 'id',
      devices: 'accountId, deviceId',
      surveys: '[accountId+slug], accountId',
      quota: '[accountId+surveySlug+unitNo], accountId',
      settings: 'key',
    },
  },
  {
    version: 2,
    stores: {
      // Sync's record of what the server said about each interview (sync issue): receipts, reasons, comments.
      syncRecords: 'interviewId, accountId',
    },
  },
  {
    version: 3,
    stores: {
      // The forms this device sent (issue 16): the sent list, and the serials remembered after housekeeping.
      sent: 'interviewId, accountId, surveySlug',
    },
    // Forms synced before this version are still on the device: they start the list.
    async upgrade(tx) {
      const records = new Map((await tx.table<SyncRecord>('syncRecords').toArray()).map((r) => [r.interviewId, r]));
      const synced = await tx.table<Interview>('interviews').filter((i) => i.status === 'received' || i.status === 'approved').toArray();
      await tx.table<SentRow>('sent').bulkPut(synced.map((i) => {
        const record = records.get(i.id);
        return sentRowOf(i, record?.syncedAt ?? i.times.updatedAt, record?.flags ?? []);
      }));
    },
  },
];

export type PhieuDb = Dexie & {
  interviews: EntityTable<Interview, 'id'>;
  outbox: EntityTable<OutboxRow, 'interviewId'>;
  accounts: EntityTable<AccountRow, 'id'>;
  devices: EntityTable<DeviceRow, 'accountId'>;
  surveys: Table<SurveyRow, [number, string]>;
  quota: Table<QuotaRow, [number, string, string]>;
  settings: EntityTable<SettingRow, 'key'>;
  syncRecords: EntityTable<SyncRecord, 'interviewId'>;
  sent: EntityTable<SentRow, 'interviewId'>;
};

export const DB_NAME = 'phieu';

/** Opens (lazily, on first use) the database with the given schema history; tests pass their own name. */
export function openDb(name: string = DB_NAME, schema: readonly SchemaVersion[] = SCHEMA): PhieuDb {
  // 'relaxed' (Chromium's default): a commit is in the OS before the save resolves, so a killed tab, browser or
  // app loses nothing; 'strict' would also fsync each keystroke, at twice the cost (decision 0004).
  const db = new Dexie(name, { chromeTransactionDurability: 'relaxed' }) as PhieuDb;
  for (const step of schema) {
    const version = db.version(step.version).stores(step.stores);
    if (step.upgrade) version.upgrade(step.upgrade);
  }
  return db;
}

let shared: PhieuDb | undefined;

/** The app's database, one per page. */
export function appDb(): PhieuDb {
  shared ??= openDb();
  return shared;
}
