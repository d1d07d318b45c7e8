// The admin's online links (decision 0021): list with counts, make one per unit or per survey, pause, reopen or
// retire, and the QR code of a link, made here (uqr) so no phone's bundle carries a QR library.
import { Hono } from 'hono';
import { renderSVG } from 'uqr';
import * as z from 'zod/mini';
import { isoNow } from '#shared/clock.ts';
import { CreateOnlineLinkRequestSchema, SetOnlineLinkStateRequestSchema } from '#shared/online/schema.ts';
import { problem } from '#shared/problems.ts';
import { SlugSchema } from '#shared/survey/survey.ts';
import type { AppEnv, Deps } from '../deps.ts';
import { recordAudit } from '../audit/record.ts';
import { callerOf, requireRole } from '../http/auth.ts';
import { readJson } from '../http/body.ts';
import { readQuery } from '../http/query.ts';
import { refuseUnmanagedSlug } from '../http/survey-manager.ts';
import { findOnlineLink, listOnlineLinks, type OnlineLinkRow } from '../repo/online-links.ts';
import { findSurveyBySlug } from '../repo/surveys.ts';
import { changeOnlineLinkState, createOnlineLink, toOnlineLink } from '../services/online-links.ts';

const IdSchema = z.coerce.number().check(z.int(), z.positive());

export function onlineLinkRoutes(deps: Deps) {
  const admin = requireRole(['admin']);
  /** The link of the path's id, of a survey the caller manages; else 404. */
  const linkOf = (param: string, account: Parameters<typeof refuseUnmanagedSlug>[1]): OnlineLinkRow => {
    const parsed = IdSchema.safeParse(param);
    const found = parsed.success ? findOnlineLink(deps.db, parsed.data) : undefined;
    if (!found) throw problem('online.linkNotFound');
    refuseUnmanagedSlug(deps, account, found.surveySlug);
    return found;
  };

  return new Hono<AppEnv>()
    .get('/', admin, (c) => {
      const { survey } = readQuery(c, z.object({ survey: SlugSchema }));
      const links = deps.db.transaction(() => {
        refuseUnmanagedSlug(deps, callerOf(c).account, survey);
        const row = findSurveyBySlug(deps.db, survey);
        if (!row) throw problem('survey.notFound', { survey });
        return listOnlineLinks(deps.db, row.id).map(toOnlineLink);
      })();
      return c.json({ links });
    })
    .post('/', admin, async (c) => {
      const input = await readJson(c, CreateOnlineLinkRequestSchema);
      const { account } = callerOf(c);
      const link = deps.db.transaction(() => {
        refuseUnmanagedSlug(deps, account, input.surveySlug);
        const row = createOnlineLink(deps.db, input, { accountId: account.id, at: isoNow(deps.clock) });
        // The token is public by design, yet the audit log names the link by its id only.
        recordAudit(deps, c, {
          action: 'online-link.create', target: `online-link:${row.id}`,
          after: { survey: row.surveySlug, unit: row.unitNo, label: row.label },
        });
        return toOnlineLink(row);
      })();
      return c.json({ link }, 201);
    })
    .post('/:id/state', admin, async (c) => {
      const { state } = await readJson(c, SetOnlineLinkStateRequestSchema);
      const link = deps.db.transaction(() => {
        const found = linkOf(c.req.param('id'), callerOf(c).account);
        const row = changeOnlineLinkState(deps.db, found, state, isoNow(deps.clock));
        recordAudit(deps, c, { action: 'online-link.state', target: `online-link:${row.id}`, before: { state: found.state }, after: { state } });
        return toOnlineLink(row);
      })();
      return c.json({ link });
    })
    .get('/:id/qr.svg', admin, (c) => {
      const link = toOnlineLink(deps.db.transaction(() => linkOf(c.req.param('id'), callerOf(c).account))());
      const url = new URL(c.req.url);
      const proto = deps.config.trustProxy ? c.req.header('x-forwarded-proto') : undefined;
      const origin = `${proto ?? url.protocol.replace(':', '')}://${url.host}`;
      c.header('Content-Type', 'image/svg+xml');
      c.header('Content-Disposition', `attachment; filename="phieu-link-${link.id}.svg"`);
      return c.body(renderSVG(`${origin}${link.path}`, { ecc: 'M', border: 2 }));
    });
}
