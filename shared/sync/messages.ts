// The sync wire protocol (docs/sync-protocol.md): the batch a device uploads and the server's answer, one schema
// per protocol version so that the server can keep serving old app versions while new ones speak a newer one.
import * as z from 'zod/mini';
import { InstantSchema } from '../interview/schema.ts';
import { ReceiptItemSchema } from '../interview/receipt.ts';
import { SlugSchema, UnitNoSchema } from '../survey/survey.ts';

/** Every protocol version this code base speaks, oldest first; the last is what new apps send. */
export const SYNC_PROTOCOLS = [1] as const;
export type SyncProtocol = (typeof SYNC_PROTOCOLS)[number];
export const CURRENT_SYNC_PROTOCOL: SyncProtocol = 1;

export const MAX_INTERVIEWS_PER_BATCH = 500;
export const MAX_INVENTORY_ITEMS = 20_000;
/**
 * Levels of objects and arrays an interview may nest, itself counting as the first (a real one uses three:
 * the interview, `answers`, a multiple choice's array); the batch outside its interviews has the same limit.
 */
export const MAX_NESTING_DEPTH = 32;
/** What a device should send per batch: small enough to finish on a weak connection. */
export const SUGGESTED_BATCH_SIZE = 50;

/** Only the protocol number is read first, so that any version can be routed to its own schema. */
export const ProtocolEnvelopeSchema = z.looseObject({ protocol: z.number() });

/** One finished interview still on the device, for the "waiting on devices" count of each unit. */
export const InventoryItemSchema = z.strictObject({
  id: z.uuid(),
  revision: z.number().check(z.int(), z.gte(1)),
  surveySlug: SlugSchema,
  unitNo: UnitNoSchema,
});
export type InventoryItem = z.infer<typeof InventoryItemSchema>;

/**
 * Each interview is checked on its own by the server (one bad interview never blocks the rest), so the batch
 * only requires what a receipt needs: an object with a UUID id.
 */
export const BatchInterviewEnvelopeSchema = z.looseObject({ id: z.uuid() });

export const BatchV1Schema = z.strictObject({
  protocol: z.literal(1),
  batchId: z.uuid(),
  deviceId: z.uuid(),
  /** The device's clock when it sent the batch: the server measures the device's clock offset from it. */
  sentAt: InstantSchema,
  interviews: z.array(BatchInterviewEnvelopeSchema).check(z.maxLength(MAX_INTERVIEWS_PER_BATCH)),
  inventory: z.optional(z.array(InventoryItemSchema).check(z.maxLength(MAX_INVENTORY_ITEMS))),
});
export type BatchV1 = z.infer<typeof BatchV1Schema>;

export const BatchResponseV1Schema = z.object({
  protocol: z.literal(1),
  batchId: z.uuid(),
  /** The server's clock at this response (ISO, UTC). */
  serverTime: z.iso.datetime(),
  /** Server clock − device clock, measured from `sentAt` when the batch was first stored. */
  clockOffsetMs: z.number().check(z.int()),
  /** True when the batch id had been stored already: the receipts are the stored ones. */
  replay: z.boolean(),
  /** One per interview, in the order they were sent. */
  receipts: z.array(ReceiptItemSchema),
});
export type BatchResponseV1 = z.infer<typeof BatchResponseV1Schema>;

/** The header that carries the server's clock on every sync response, errors included. */
export const SERVER_TIME_HEADER = 'x-phieu-server-time';
