// Share links: the admin makes, lists and revokes read-only links to one unit's progress page; anyone holding
// a live link opens that page without an account, and nothing else: any other path under it is a bare 403.
import { Hono } from 'hono';
import {
  CreateShareLinkRequestSchema, sharePath, type CreatedShareLink, type UnitDashboard,
} from '#shared/api/quota.ts';
import { isoNow } from '#shared/clock.ts';
import { problem } from '#shared/problems.ts';
import * as z from 'zod/mini';
import type { AppEnv, Deps } from '../deps.ts';
import { callerOf, requireRole } from '../http/auth.ts';
import { refuseUnmanagedSlug } from '../http/survey-manager.ts';
import { readJson } from '../http/body.ts';
import { recordAudit } from '../audit/record.ts';
import { unitDashboard } from '../quota/dashboards.ts';
import { createShareLink, openShareLink, toShareLink } from '../quota/share-links.ts';
import { findQuotaSurvey, requireQuotaSurvey } from '../quota/survey.ts';
import { findShareLink, listShareLinks, revokeShareLink } from '../repo/share-links.ts';

const IdSchema = z.coerce.number().check(z.int(), z.positive());

export function shareLinkRoutes(deps: Deps) {
  const admin = requireRole(['admin']);

  return new Hono<AppEnv>()
    .get('/view/:token', (c) => {
      const body: UnitDashboard = deps.db.transaction(() => {
        const link = openShareLink(deps.db, c.req.param('token'));
        const quota = findQuotaSurvey(deps.db, link.surveySlug)!;
        const unit = quota.units.find((u) => u.id === link.unitId)!;
        return unitDashboard(deps.db, quota, unit, isoNow(deps.clock));
      })();
      return c.json(body);
    })
    .all('/view/:token/*', (c) => {
      openShareLink(deps.db, c.req.param('token'));
      throw problem('auth.forbidden');
    })
    .get('/', admin, (c) => {
      const links = deps.db.transaction(() => {
        const quota = requireQuotaSurvey(deps.db, c.req.query('survey') ?? '');
        return listShareLinks(deps.db, quota.id).map(toShareLink);
      })();
      return c.json({ links });
    })
    .post('/', admin, async (c) => {
      const input = await readJson(c, CreateShareLinkRequestSchema);
      const { account } = callerOf(c);
      const created = deps.db.transaction(() => {
        refuseUnmanagedSlug(deps, account, input.surveySlug);
        const quota = requireQuotaSurvey(deps.db, input.surveySlug);
        const unit = quota.units.find((u) => u.no === input.unitNo);
        if (!unit) throw problem('unit.notFound', { unit: input.unitNo });
        const link = createShareLink(deps.db, quota, unit, { label: input.label, createdBy: account.id, at: isoNow(deps.clock) });
        recordAudit(deps, c, { action: 'share-link.create', target: `share-link:${link.link.id}`, after: { survey: input.surveySlug, unit: unit.no, label: input.label } });
        return link;
      })();
      const body: CreatedShareLink = { ...created, path: sharePath(created.token) };
      return c.json(body, 201);
    })
    .post('/:id/revoke', admin, (c) => {
      const parsed = IdSchema.safeParse(c.req.param('id'));
      const link = deps.db.transaction(() => {
        const found = parsed.success ? findShareLink(deps.db, parsed.data) : undefined;
        if (!found) throw problem('share.notFound');
        refuseUnmanagedSlug(deps, callerOf(c).account, found.surveySlug);
        revokeShareLink(deps.db, found.id, isoNow(deps.clock));
        recordAudit(deps, c, {
          action: 'share-link.revoke', target: `share-link:${found.id}`,
          before: { survey: found.surveySlug, unit: found.unitNo, revokedAt: found.revokedAt }, after: { revoked: true },
        });
        return toShareLink(findShareLink(deps.db, found.id)!);
      })();
      return c.json({ link });
    });
}
