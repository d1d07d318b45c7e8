// The hand-over file and its import, as zod schemas (the server parses every file with them; the phone imports
// only the types of format.ts). docs/sync-protocol.md §9 describes the file.
import * as z from 'zod/mini';
import { AccountSchema } from '../accounts/schema.ts';
import { ReceiptItemSchema } from '../interview/receipt.ts';
import { HANDOVER_FORMAT, HANDOVER_VERSION } from './format.ts';

const base64url = (max: number) => z.string().check(z.regex(/^[A-Za-z0-9_-]*$/), z.maxLength(max));

export const EcPublicJwkSchema = z.strictObject({
  kty: z.literal('EC'), crv: z.literal('P-256'), x: base64url(64), y: base64url(64),
});

export const ServerHandoverKeySchema = z.object({ id: base64url(64), jwk: EcPublicJwkSchema });

/** At most what a sync body may carry (routes/sync.ts): the interviews of one batch, base64url-encoded. */
export const MAX_HANDOVER_CHARS = 12 * 1024 * 1024;

export const HandoverFileSchema = z.strictObject({
  format: z.literal(HANDOVER_FORMAT),
  version: z.literal(HANDOVER_VERSION),
  deviceId: z.uuid(),
  createdAt: z.iso.datetime({ offset: true }),
  count: z.number().check(z.int(), z.gte(0)),
  serverKey: base64url(64),
  ephemeralKey: EcPublicJwkSchema,
  iv: base64url(16),
  ciphertext: base64url(MAX_HANDOVER_CHARS),
  signature: base64url(128),
  checksum: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
});

/** The admin page sends the file's text as it is: the server, not the browser, decides whether it is whole. */
export const ImportHandoverRequestSchema = z.object({
  name: z._default(z.string().check(z.maxLength(200)), ''),
  content: z.string().check(z.maxLength(MAX_HANDOVER_CHARS)),
});
export type ImportHandoverRequest = z.input<typeof ImportHandoverRequestSchema>;

/** One interview of the file and what the server decided, with what the admin needs to recognise it. */
export const HandoverItemSchema = z.object({
  receipt: ReceiptItemSchema,
  surveySlug: z.nullable(z.string()),
  unitNo: z.nullable(z.string()),
  serial: z.nullable(z.string()),
});
export type HandoverItem = z.infer<typeof HandoverItemSchema>;

export const ImportHandoverResponseSchema = z.object({
  deviceId: z.uuid(),
  /** The signing device's account: the interviews are stored as its work. */
  account: z.pick(AccountSchema, { id: true, username: true, displayName: true }),
  /** The batch its interviews were stored as: the uploads page opens it. */
  batchId: z.uuid(),
  createdAt: z.string(),
  /** True when the device was revoked or its account disabled: every interview went to quarantine. */
  quarantined: z.boolean(),
  items: z.array(HandoverItemSchema),
});
export type ImportHandoverResponse = z.infer<typeof ImportHandoverResponseSchema>;
