// The admin's quarantine: interviews set aside at sync (refusals, conflicts, hand-ins of disabled accounts and
// revoked or expired devices), listed without their answers, each accepted (stored as an upload would be) or
// rejected. Resolved items are deleted after the retention period. The review issue builds the full screen.
// A survey manager sees and resolves only its surveys' items (decision 0012).
import { Hono } from 'hono';
import type { Context } from 'hono';
import {
  QuarantineListQuerySchema, type QuarantineItem, type QuarantineListResponse, type QuarantineResolvedResponse,
} from '#shared/api/devices.ts';
import { isoAt } from '#shared/clock.ts';
import type { MessageParams } from '#shared/i18n/message.ts';
import { problem } from '#shared/problems.ts';
import type { AppEnv, Deps } from '../deps.ts';
import { recordAudit } from '../audit/record.ts';
import { commitInGroup } from '../db/group-commit.ts';
import { callerOf, requireRole } from '../http/auth.ts';
import { managedSurveyIds, refuseUnmanagedSlug } from '../http/survey-manager.ts';
import { readQuery } from '../http/query.ts';
import {
  findQuarantineListRow, listQuarantinePage, purgeResolvedQuarantine, resolveQuarantine, type QuarantineListRow,
} from '../repo/quarantine.ts';
import { acceptQuarantined } from '../sync/accept-quarantined.ts';
import { QUARANTINE_RETENTION_DAYS } from '../sync/quarantine.ts';

const PAGE_SIZE = 500;
const DAY_MS = 86_400_000;

const toItem = (row: QuarantineListRow): QuarantineItem => ({
  id: row.id, kind: row.kind, interviewId: row.interview_id, revision: row.revision, surveySlug: row.survey_slug,
  unitNo: row.unit_no, deviceId: row.device_id, accountId: row.account_id, username: row.username,
  reason: { code: row.reason_code, params: JSON.parse(row.reason_params) as MessageParams },
  receivedAt: row.received_at, resolvedAt: row.resolved_at, resolution: row.resolution,
});

export function adminQuarantineRoutes(deps: Deps) {
  const idParam = (c: Context<AppEnv>): number => {
    const id = Number(c.req.param('id'));
    if (!Number.isInteger(id) || id <= 0) throw problem('quarantine.notFound');
    return id;
  };
  const purge = (now: number) => purgeResolvedQuarantine(deps.db, isoAt(now - QUARANTINE_RETENTION_DAYS * DAY_MS));
  // Never the payload, never the answers: kind, interview id, where from, and the reason.
  const audited = (row: QuarantineListRow) => ({ interviewId: row.interview_id, account: row.username, reason: row.reason_code });

  return new Hono<AppEnv>()
    .use(requireRole(['admin']))
    .get('/', (c) => {
      const { state, account } = readQuery(c, QuarantineListQuerySchema);
      purge(deps.clock.now());
      const caller = callerOf(c).account;
      const rows = listQuarantinePage(deps.db, {
        state: state ?? 'open', accountId: account === undefined ? null : Number(account), limit: PAGE_SIZE,
        managerId: managedSurveyIds(deps, caller) === null ? null : caller.id,
      });
      return c.json({ items: rows.map(toItem), retentionDays: QUARANTINE_RETENTION_DAYS } satisfies QuarantineListResponse);
    })
    // In the sync's commit group: an acceptance and a batch touching the same interview are stored one after the other.
    .post('/:id/accept', async (c) => {
      const id = idParam(c);
      const now = deps.clock.now();
      const answer = await commitInGroup(deps.db, (): QuarantineResolvedResponse => {
        const held = findQuarantineListRow(deps.db, id);
        if (held) refuseUnmanagedSlug(deps, callerOf(c).account, held.survey_slug);
        const { outcome } = acceptQuarantined(deps.db, id, callerOf(c).account.id, isoAt(now));
        const row = findQuarantineListRow(deps.db, id);
        if (!row) throw problem('quarantine.notFound');
        recordAudit(deps, c, { action: 'quarantine.accept', target: `quarantine:${id}`, after: { ...audited(row), outcome } });
        purge(now);
        return { item: toItem(row), outcome };
      });
      return c.json(answer);
    })
    .post('/:id/reject', async (c) => {
      const id = idParam(c);
      const now = deps.clock.now();
      const answer = await commitInGroup(deps.db, (): QuarantineResolvedResponse => {
        const open = findQuarantineListRow(deps.db, id);
        if (!open) throw problem('quarantine.notFound');
        refuseUnmanagedSlug(deps, callerOf(c).account, open.survey_slug);
        if (!resolveQuarantine(deps.db, id, isoAt(now), { resolution: 'rejected', by: callerOf(c).account.id })) {
          throw problem('quarantine.alreadyResolved');
        }
        recordAudit(deps, c, { action: 'quarantine.reject', target: `quarantine:${id}`, after: audited(open) });
        purge(now);
        return { item: toItem(findQuarantineListRow(deps.db, id) ?? open) };
      });
      return c.json(answer);
    });
}
