// A person accepts an interview set aside at sync (a revoked or disabled device's hand-in, a refusal since put
// right on the server): it goes through the same checks as an upload from the account that sent it, except the
// one that set it aside, and is stored exactly as an upload would store it. Whatever still stands in its way
// (another account's interview, a conflict, a unit no longer assigned) keeps it in quarantine with that reason.
import { problem } from '#shared/problems.ts';
import type { Db } from '../db/open.ts';
import { findAccountById, withoutSecret } from '../repo/accounts.ts';
import { findDeviceClock } from '../repo/device-clocks.ts';
import { findInterview } from '../repo/interviews.ts';
import { findQuarantined, resolveQuarantine, type QuarantineRow } from '../repo/quarantine.ts';
import { parseInterview, placeInterview } from './check-interview.ts';
import { serialWatch } from './flags.ts';
import { quotaTally } from './quota-tally.ts';
import { storeInterview } from './store-interview.ts';
import { surveyLookup } from './survey-context.ts';

export type Accepted = { row: QuarantineRow; outcome: 'accepted' | 'updated' | 'duplicate' };

/**
 * Call inside the write transaction (the sync's commit group). Throws `quarantine.*` problems. `fixed`: the
 * payload a person fixed, checked exactly as the original would be; it must be the same interview (same id).
 */
export function acceptQuarantined(db: Db, id: number, by: number, at: string, fixed?: Record<string, unknown>): Accepted {
  const row = findQuarantined(db, id);
  if (!row) throw problem('quarantine.notFound');
  // The sync's reason with its own parameters (the questions refused, the revisions), shown as its words.
  const refuse = (reason: string, params: Record<string, string | number> = {}) => problem('quarantine.cannotAccept', { ...params, reason });
  if (row.resolved_at) throw problem('quarantine.alreadyResolved');
  const sender = findAccountById(db, row.account_id);
  if (fixed && fixed['id'] !== row.interview_id) throw problem('quarantine.notInterview', { reason: 'id' });
  const parsed = parseInterview(fixed ?? (JSON.parse(row.payload) as unknown));
  if (!parsed.ok) throw refuse(parsed.reason.code, parsed.reason.params);
  if (!sender) throw problem('quarantine.notFound');
  const { interview, hash } = parsed;
  const held = findInterview(db, interview.id);
  let outcome: Accepted['outcome'];
  if (held && held.revision === interview.revision && held.content_hash === hash) {
    outcome = 'duplicate';
  } else {
    if (held && held.account_id !== sender.id) throw refuse('sync.reason.notOwner');
    if (held && interview.baseRevision !== held.revision) throw refuse('sync.reason.conflict');
    const account = withoutSecret(sender);
    const placed = placeInterview(db, interview, account, surveyLookup(db, account));
    if (!placed.ok) throw refuse(placed.reason.code, placed.reason.params);
    const serials = serialWatch(db, interview.serial === undefined ? [] : [interview.serial]);
    storeInterview(db, quotaTally(db), serials, {
      interview, record: parsed.record, hash, context: placed.context, unit: placed.unit, accountId: sender.id,
      deviceId: row.device_id, clockOffsetMs: findDeviceClock(db, row.device_id)?.clockOffsetMs ?? 0, at,
    }, held);
    outcome = held ? 'updated' : 'accepted';
  }
  resolveQuarantine(db, id, at, { resolution: 'accepted', by, ...(fixed ? { fixedPayload: parsed.record } : {}) });
  return { row: findQuarantined(db, id) ?? row, outcome };
}
