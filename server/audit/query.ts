// The audit page's filters, from the query as sent to the repository's terms: days in Asia/Ho_Chi_Minh become the
// instants that bound them (from its midnight, to the next day's midnight), and bad input a coded 400.
import { isoAt } from '#shared/clock.ts';
import { AuditQuerySchema } from '#shared/api/audit.ts';
import { problem } from '#shared/problems.ts';
import type { AuditQuery } from '../repo/audit-log.ts';

export const AUDIT_PAGE_ROWS = 200;
const DAY_MS = 86_400_000;

/** Vietnam's midnight starting `day` (UTC+7 all year), as an instant. */
function vietnamMidnight(day: string): number {
  return Date.parse(`${day}T00:00:00+07:00`);
}

export function parseAuditQuery(raw: Record<string, string>, limit = AUDIT_PAGE_ROWS): AuditQuery {
  const parsed = AuditQuerySchema.safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw problem('request.invalid', { path: first?.path.join('.') || '(query)', issue: first?.code ?? 'invalid' });
  }
  const { from, to, actor, action, before } = parsed.data;
  if (from && to && from > to) throw problem('request.invalid', { path: 'to', issue: 'too_small' });
  return {
    fromAt: from ? isoAt(vietnamMidnight(from)) : null,
    toAt: to ? isoAt(vietnamMidnight(to) + DAY_MS) : null,
    actor: actor || null,
    action: action || null,
    beforeSeq: before ? Number(before) : null,
    limit,
  };
}
