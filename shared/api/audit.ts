// The admin's audit log and backups pages: the rows of the log (newest first, by filters), and the backups list.
import * as z from 'zod/mini';

const Count = z.number().check(z.int(), z.nonnegative());
const Summary = z.nullable(z.record(z.string(), z.unknown()));

export const AuditEntrySchema = z.object({
  seq: Count,
  /** ISO instant (UTC). */
  at: z.string(),
  /** The username at the time, or `cli:<os user>` for the command line. */
  actor: z.string(),
  actorId: z.nullable(Count),
  address: z.nullable(z.string()),
  action: z.string(),
  target: z.string(),
  before: Summary,
  after: Summary,
});
export type AuditEntry = z.infer<typeof AuditEntrySchema>;

/** Filters as sent: days in Asia/Ho_Chi_Minh (YYYY-MM-DD, both ends included), an actor (a username, or `cli`), an
 * action, and `before` a seq for the next page. */
export const AuditQuerySchema = z.object({
  from: z.optional(z.iso.date()),
  to: z.optional(z.iso.date()),
  actor: z.optional(z.string().check(z.maxLength(200))),
  action: z.optional(z.string().check(z.maxLength(200))),
  before: z.optional(z.string().check(z.regex(/^[1-9]\d{0,15}$/))),
});
export type AuditQuery = z.input<typeof AuditQuerySchema>;

export const AuditListResponseSchema = z.object({
  entries: z.array(AuditEntrySchema),
  /** Whether older rows match too (ask again with `before` the last entry's seq). */
  more: z.boolean(),
  /** What the filters can choose from: every action and actor the log holds. */
  actions: z.array(z.string()),
  actors: z.array(z.string()),
});
export type AuditListResponse = z.infer<typeof AuditListResponseSchema>;

export const BackupSummarySchema = z.object({
  name: z.string(),
  takenAt: z.nullable(z.string()),
  bytes: Count,
  encrypted: z.boolean(),
});
export type BackupSummary = z.infer<typeof BackupSummarySchema>;

export const BackupListResponseSchema = z.object({
  backups: z.array(BackupSummarySchema),
  /** Whether the server encrypts the backups it takes (PHIEU_BACKUP_KEY_FILE). */
  encrypting: z.boolean(),
});
export type BackupListResponse = z.infer<typeof BackupListResponseSchema>;

export const CreatedBackupResponseSchema = z.object({ backup: BackupSummarySchema });
export type CreatedBackupResponse = z.infer<typeof CreatedBackupResponseSchema>;
