// Bodies of the admin's device and quarantine routes: every account's devices with their activity, revoking one,
// and the interviews set aside at sync, each accepted or rejected by a person.
import * as z from 'zod/mini';
import { MessageSchema } from '../i18n/message.ts';

const IdQuery = z.optional(z.string().check(z.regex(/^[1-9][0-9]{0,9}$/)));

export const DeviceListQuerySchema = z.object({
  /** Only this account's devices (its id). */
  account: IdQuery,
});

/** `expired`: not used for longer than the server's device-token days; it may still hand in, to quarantine. */
export const DeviceStateNameSchema = z.enum(['active', 'revoked', 'expired']);

export const DeviceSummarySchema = z.object({
  id: z.uuid(),
  accountId: z.number().check(z.int(), z.positive()),
  username: z.string(),
  displayName: z.string(),
  label: z.string(),
  registeredAt: z.string(),
  lastSeenAt: z.nullable(z.string()),
  /** When its last batch arrived (null: never synced). */
  lastSyncAt: z.nullable(z.string()),
  /** Finished interviews its last inventory holds that the server does not have at that revision. */
  unsynced: z.number().check(z.int(), z.gte(0)),
  /** When that inventory was reported (null: none yet). */
  inventoryAt: z.nullable(z.string()),
  revokedAt: z.nullable(z.string()),
  state: DeviceStateNameSchema,
});
export type DeviceSummary = z.infer<typeof DeviceSummarySchema>;

export const DeviceListResponseSchema = z.object({
  devices: z.array(DeviceSummarySchema),
  /** Days unused after which a token expires (PHIEU_DEVICE_TOKEN_DAYS). */
  tokenDays: z.number().check(z.int(), z.gte(0)),
});
export type DeviceListResponse = z.infer<typeof DeviceListResponseSchema>;

export const DeviceResponseSchema = z.object({ device: DeviceSummarySchema });
export type DeviceResponse = z.infer<typeof DeviceResponseSchema>;

export const QuarantineListQuerySchema = z.object({
  /** Open items (the default), resolved ones, or all. */
  state: z.optional(z.enum(['open', 'resolved', 'all'])),
  account: IdQuery,
});

/** One item set aside, without its payload: the answers stay on the server until a person reviews them there. */
export const QuarantineItemSchema = z.object({
  id: z.number().check(z.int(), z.positive()),
  kind: z.enum(['conflict', 'rejected', 'disabled']),
  interviewId: z.string(),
  revision: z.nullable(z.number()),
  surveySlug: z.nullable(z.string()),
  unitNo: z.nullable(z.string()),
  deviceId: z.string(),
  accountId: z.number(),
  username: z.string(),
  reason: MessageSchema,
  receivedAt: z.string(),
  resolvedAt: z.nullable(z.string()),
  resolution: z.nullable(z.enum(['accepted', 'rejected'])),
  /** Why a person discarded it (a discarded item is kept, marked, never deleted). */
  resolutionReason: z.nullable(z.string()),
  /** Whether it was accepted from a payload a person fixed (the original is kept as it arrived). */
  fixed: z.boolean(),
});
export type QuarantineItem = z.infer<typeof QuarantineItemSchema>;

export const QuarantineListResponseSchema = z.object({
  items: z.array(QuarantineItemSchema),
});
export type QuarantineListResponse = z.infer<typeof QuarantineListResponseSchema>;

export const QuarantineResolvedResponseSchema = z.object({
  item: QuarantineItemSchema,
  /** For an accepted item: how it was stored (a duplicate: the server already held exactly this). */
  outcome: z.optional(z.enum(['accepted', 'updated', 'duplicate'])),
});
export type QuarantineResolvedResponse = z.infer<typeof QuarantineResolvedResponseSchema>;

/** One item with its payload as it arrived (any JSON, null when it did not parse) and the fix accepted, if any. */
export const QuarantineDetailSchema = z.object({
  item: QuarantineItemSchema,
  payload: z.unknown(),
  fixedPayload: z.unknown(),
});
export type QuarantineDetail = z.infer<typeof QuarantineDetailSchema>;

/** Discarding says why: the item is kept and marked, never deleted. */
export const QuarantineDiscardRequestSchema = z.object({ reason: z.string().check(z.trim(), z.minLength(1), z.maxLength(1000)) });
/** A payload a person fixed (the interview itself, same id): it goes through the same checks as an upload. */
export const QuarantineFixRequestSchema = z.object({ payload: z.record(z.string(), z.unknown()) });
