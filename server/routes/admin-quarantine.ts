// The admin's quarantine: interviews set aside at sync (refusals, conflicts, hand-ins of disabled accounts and
// revoked or expired devices), listed without their answers, each accepted (stored as an upload would be) or
// discarded with a reason; one item's payload as it arrived, laid out by the office's quarantine page, may be fixed
// and accepted through the same checks. Resolved items are kept for good, marked (decision 0019): never deleted.
// A survey manager sees and resolves only its surveys' items (decision 0012).
import { Hono } from 'hono';
import type { Context } from 'hono';
import {
  QuarantineDiscardRequestSchema, QuarantineFixRequestSchema, QuarantineListQuerySchema,
  type QuarantineDetail, type QuarantineItem, type QuarantineListResponse, type QuarantineResolvedResponse,
} from '#shared/api/devices.ts';
import { isoAt } from '#shared/clock.ts';
import type { MessageParams } from '#shared/i18n/message.ts';
import { problem } from '#shared/problems.ts';
import type { AppEnv, Deps } from '../deps.ts';
import { recordAudit } from '../audit/record.ts';
import { commitInGroup } from '../db/group-commit.ts';
import { callerOf, requireRole } from '../http/auth.ts';
import { managedSurveyIds, refuseUnmanagedSlug } from '../http/survey-manager.ts';
import { readJson } from '../http/body.ts';
import { readQuery } from '../http/query.ts';
import { findQuarantineListRow, listQuarantinePage, resolveQuarantine, type QuarantineListRow } from '../repo/quarantine.ts';
import { acceptQuarantined } from '../sync/accept-quarantined.ts';

const PAGE_SIZE = 500;

/** A payload as far as it parses: the JSON value, or null when it is no JSON at all. */
function parsedPayload(text: string | null): unknown {
  if (text === null) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

const toItem = (row: QuarantineListRow): QuarantineItem => ({
  id: row.id, kind: row.kind, interviewId: row.interview_id, revision: row.revision, surveySlug: row.survey_slug,
  unitNo: row.unit_no, deviceId: row.device_id, accountId: row.account_id, username: row.username,
  reason: { code: row.reason_code, params: JSON.parse(row.reason_params) as MessageParams },
  receivedAt: row.received_at, resolvedAt: row.resolved_at, resolution: row.resolution,
  resolutionReason: row.resolution_reason, fixed: row.fixed_payload !== null,
});

export function adminQuarantineRoutes(deps: Deps) {
  const idParam = (c: Context<AppEnv>): number => {
    const id = Number(c.req.param('id'));
    if (!Number.isInteger(id) || id <= 0) throw problem('quarantine.notFound');
    return id;
  };
  // Never the payload, never the answers: kind, interview id, where from, and the reason.
  const audited = (row: QuarantineListRow) => ({ interviewId: row.interview_id, account: row.username, reason: row.reason_code });

  // In the sync's commit group: an acceptance and a batch touching the same interview are stored one after the other.
  const accept = (c: Context<AppEnv>, id: number, fixed?: Record<string, unknown>) => commitInGroup(deps.db, (): QuarantineResolvedResponse => {
    const held = findQuarantineListRow(deps.db, id);
    if (held) refuseUnmanagedSlug(deps, callerOf(c).account, held.survey_slug);
    const { outcome } = acceptQuarantined(deps.db, id, callerOf(c).account.id, isoAt(deps.clock.now()), fixed);
    const row = findQuarantineListRow(deps.db, id);
    if (!row) throw problem('quarantine.notFound');
    recordAudit(deps, c, { action: 'quarantine.accept', target: `quarantine:${id}`, after: { ...audited(row), outcome, fixed: fixed !== undefined } });
    return { item: toItem(row), outcome };
  });

  return new Hono<AppEnv>()
    .use(requireRole(['admin']))
    .get('/', (c) => {
      const { state, account } = readQuery(c, QuarantineListQuerySchema);
      const caller = callerOf(c).account;
      const rows = listQuarantinePage(deps.db, {
        state: state ?? 'open', accountId: account === undefined ? null : Number(account), limit: PAGE_SIZE,
        managerId: managedSurveyIds(deps, caller) === null ? null : caller.id,
      });
      return c.json({ items: rows.map(toItem) } satisfies QuarantineListResponse);
    })
    // The payload carries answers: an admin's (of the survey, for a manager), never in the audit log.
    .get('/:id', (c) => {
      const row = findQuarantineListRow(deps.db, idParam(c));
      if (!row) throw problem('quarantine.notFound');
      refuseUnmanagedSlug(deps, callerOf(c).account, row.survey_slug);
      return c.json({ item: toItem(row), payload: parsedPayload(row.payload), fixedPayload: parsedPayload(row.fixed_payload) } satisfies QuarantineDetail);
    })
    .post('/:id/accept', async (c) => c.json(await accept(c, idParam(c))))
    // Fixed by a person, then accepted through the same checks as an upload; the original payload is kept.
    .post('/:id/fix', async (c) => {
      const id = idParam(c);
      const { payload } = await readJson(c, QuarantineFixRequestSchema);
      return c.json(await accept(c, id, payload));
    })
    // Discarded with a reason: kept and marked, never deleted.
    .post('/:id/reject', async (c) => {
      const id = idParam(c);
      const { reason } = await readJson(c, QuarantineDiscardRequestSchema);
      const now = deps.clock.now();
      const answer = await commitInGroup(deps.db, (): QuarantineResolvedResponse => {
        const open = findQuarantineListRow(deps.db, id);
        if (!open) throw problem('quarantine.notFound');
        refuseUnmanagedSlug(deps, callerOf(c).account, open.survey_slug);
        if (!resolveQuarantine(deps.db, id, isoAt(now), { resolution: 'rejected', by: callerOf(c).account.id, reason })) {
          throw problem('quarantine.alreadyResolved');
        }
        recordAudit(deps, c, { action: 'quarantine.reject', target: `quarantine:${id}`, after: { ...audited(open), discardReason: reason } });
        return { item: toItem(findQuarantineListRow(deps.db, id) ?? open) };
      });
      return c.json(answer);
    });
}
