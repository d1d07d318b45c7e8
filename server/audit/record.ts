// The audit-log seam agreed between helpers (/work/wt/AUDIT-SEAM.md); the accounts issue owns the real module.
import type { Context } from 'hono';
import type { AppEnv, Deps } from '../deps.ts';

export type AuditEntry = {
  /** What was done, dotted: 'account.create', 'account.disable', 'device.revoke', 'survey.publish', 'export.download' … */
  action: string;
  /** What it was done to: 'account:14', 'survey:hung-yen-2026', 'device:<uuid>', 'share-link:<id>' … */
  target: string;
  /** A short before/after summary; never a password, token, hash or an interview's answers. */
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
};

/** Appends one row to the audit log (actor and address taken from the request), inside the current transaction
 * when called within one, so the action and its record are stored together or not at all. */
export function recordAudit(deps: Deps, c: Context<AppEnv>, entry: AuditEntry): void {
  // replaced by the audit log module at merge
}
