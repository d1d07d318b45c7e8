// Bodies of the batches routes (issue 20, item 2): every sync upload and hand-over file import newest first, with how
// it came and how each interview was received; one batch's receipts; and a device's last inventory against what the
// server holds.
import * as z from 'zod/mini';
import { ReceiptItemSchema } from '../interview/receipt.ts';

const Count = z.number().check(z.int(), z.nonnegative());

/** How a batch reached the server: the device's sync, or a hand-over file an admin imported (decision 0016). */
export const BatchViaSchema = z.enum(['sync', 'file']);
export type BatchVia = z.infer<typeof BatchViaSchema>;

export const BatchListQuerySchema = z.object({
  account: z.optional(z.string().check(z.regex(/^[1-9][0-9]{0,9}$/))),
  device: z.optional(z.uuid()),
  via: z.optional(BatchViaSchema),
  /** The `next` of the previous page. */
  after: z.optional(z.string().check(z.regex(/^[A-Za-z0-9_-]{1,200}$/))),
});

export const BatchSummarySchema = z.object({
  id: z.string(), via: BatchViaSchema, receivedAt: z.string(), sentAt: z.string(), accountId: z.number().check(z.int()), username: z.string(),
  deviceId: z.string(), interviews: Count,
  accepted: Count, duplicate: Count, updated: Count, conflict: Count, rejected: Count, flagged: Count,
});
export type BatchSummary = z.infer<typeof BatchSummarySchema>;

export const BatchListResponseSchema = z.object({ batches: z.array(BatchSummarySchema), next: z.nullable(z.string()) });
export type BatchListResponse = z.infer<typeof BatchListResponseSchema>;

export const BatchDetailSchema = z.object({
  batch: BatchSummarySchema, receipts: z.array(ReceiptItemSchema),
  /** Each receipt's interview the server holds: its survey (the office opens it under review), unit and paper serial. */
  held: z.array(z.object({ id: z.string(), surveySlug: z.string(), unitNo: z.string(), serial: z.nullable(z.string()) })),
});
export type BatchDetail = z.infer<typeof BatchDetailSchema>;

export const InventoryItemStateSchema = z.object({
  id: z.string(), revision: z.number().check(z.int()), surveySlug: z.string(), unitNo: z.string(),
  /** The revision the server holds (null: none). */
  heldRevision: z.nullable(z.number().check(z.int())),
});
export const DeviceInventorySchema = z.object({
  deviceId: z.string(), username: z.string(), reportedAt: z.nullable(z.string()),
  /** Finished interviews the last inventory lists, how many the server holds at that revision or later, and the rest. */
  finished: Count, held: Count, missing: z.array(InventoryItemStateSchema),
});
export type DeviceInventory = z.infer<typeof DeviceInventorySchema>;
