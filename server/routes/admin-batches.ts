// Batches (issue 20, item 2): every sync upload and hand-over file import, newest first, with how each of its
// interviews was received; one batch's receipts; and a device's last inventory against what the server holds, with
// the ids still missing.
// Office-wide (a batch may carry several surveys): a full admin's, like the devices page (app.ts).
import { Hono } from 'hono';
import { BatchListQuerySchema, type BatchDetail, type BatchListResponse, type BatchSummary, type DeviceInventory } from '#shared/api/batches.ts';
import type { ReceiptItem } from '#shared/interview/receipt.ts';
import { problem } from '#shared/problems.ts';
import type { AppEnv, Deps } from '../deps.ts';
import { requireRole } from '../http/auth.ts';
import { readQuery } from '../http/query.ts';
import { findBatchForOffice, listHeldSurveys, findDeviceOwner, listBatchPage, listInventoryState, type BatchListRow } from '../repo/batch-list.ts';

const PAGE = 50;

const summary = (row: BatchListRow): BatchSummary => ({
  id: row.id, via: row.via, receivedAt: row.received_at, sentAt: row.sent_at, accountId: row.account_id, username: row.username,
  deviceId: row.device_id, interviews: row.interviews, accepted: row.accepted, duplicate: row.duplicate, updated: row.updated,
  conflict: row.conflict, rejected: row.rejected, flagged: row.flagged,
});

function decodeAfter(text: string): [string, string] {
  try {
    const key = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(key) && key.length === 2 && typeof key[0] === 'string' && typeof key[1] === 'string') return [key[0], key[1]];
  } catch { /* refused below */ }
  throw problem('review.badCursor');
}

export function adminBatchRoutes(deps: Deps) {
  return new Hono<AppEnv>()
    .use(requireRole(['admin']))
    .get('/', (c) => {
      const q = readQuery(c, BatchListQuerySchema);
      const rows = listBatchPage(deps.db, { accountId: q.account === undefined ? null : Number(q.account), deviceId: q.device ?? null, via: q.via ?? null },
        q.after === undefined ? null : decodeAfter(q.after), PAGE + 1);
      const page = rows.slice(0, PAGE);
      const last = page.at(-1);
      const next = rows.length > PAGE && last ? Buffer.from(JSON.stringify([last.received_at, last.id])).toString('base64url') : null;
      return c.json({ batches: page.map(summary), next } satisfies BatchListResponse);
    })
    .get('/:id', (c) => {
      const row = findBatchForOffice(deps.db, c.req.param('id'));
      if (!row) throw problem('batch.notFound');
      const receipts = JSON.parse(row.receipts) as ReceiptItem[];
      return c.json({ batch: summary(row), receipts, held: listHeldSurveys(deps.db, receipts.map((r) => r.id)) } satisfies BatchDetail);
    });
}

export function adminInventoryRoutes(deps: Deps) {
  return new Hono<AppEnv>()
    .use(requireRole(['admin']))
    .get('/:deviceId', (c) => {
      const deviceId = c.req.param('deviceId');
      const username = findDeviceOwner(deps.db, deviceId);
      if (username === undefined) throw problem('device.notFound');
      const items = listInventoryState(deps.db, deviceId);
      const missing = items.filter((item) => item.held === null || item.held < item.revision);
      return c.json({
        deviceId, username, reportedAt: items[0]?.reported_at ?? null, finished: items.length, held: items.length - missing.length,
        missing: missing.map((item) => ({ id: item.interview_id, revision: item.revision, surveySlug: item.survey_slug, unitNo: item.unit_no, heldRevision: item.held })),
      } satisfies DeviceInventory);
    });
}
