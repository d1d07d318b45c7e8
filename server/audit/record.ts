// The one call every admin action makes: records who did what to what, from where, in the request's transaction.
import type { Context } from 'hono';
import type { AuditAction } from '#shared/audit/actions.ts';
import { isoNow } from '#shared/clock.ts';
import type { AppEnv, Deps } from '../deps.ts';
import { callerOf } from '../http/auth.ts';
import { clientAddress } from '../http/client-address.ts';
import { appendAudit } from './append.ts';

export type AuditEntry = {
  /** What was done, one of the log's actions (shared/audit/actions.ts): 'account.create', 'device.revoke' … */
  action: AuditAction;
  /** What it was done to: 'account:14', 'survey:hung-yen-2026', 'device:<uuid>', 'share-link:<id>' … */
  target: string;
  /** A short before/after summary; never a password, token, hash or an interview's answers. */
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
};

/** Appends one row to the audit log (actor and address taken from the request), inside the current transaction
 * when called within one, so the action and its record are stored together or not at all. */
export function recordAudit(deps: Deps, c: Context<AppEnv>, entry: AuditEntry): void {
  const { account } = callerOf(c);
  appendAudit(deps.db, deps.audit.key, {
    ...entry, at: isoNow(deps.clock), actorId: account.id, actor: account.username, address: clientAddress(c, deps.config),
  });
  deps.audit.appended();
}
