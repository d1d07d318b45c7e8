// The admin imports a hand-over file (decision 0016): the file's text in, one receipt per interview out. Its body
// limit is its own (a file carries a batch of whole interviews, base64url-encoded), like the sync route's.
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { ImportHandoverRequestSchema } from '#shared/handover/schema.ts';
import { problem } from '#shared/problems.ts';
import type { AppEnv, Deps } from '../deps.ts';
import { recordAudit } from '../audit/record.ts';
import { handoverAuditEntry, importHandover } from '../handover/import-file.ts';
import { requireRole } from '../http/auth.ts';
import { readJson } from '../http/body.ts';

export const HANDOVER_BODY_LIMIT_BYTES = 16 * 1024 * 1024;

export function adminHandoverRoutes(deps: Deps) {
  return new Hono<AppEnv>()
    .use(requireRole(['admin']))
    .use(bodyLimit({
      maxSize: HANDOVER_BODY_LIMIT_BYTES,
      onError: () => { throw problem('request.tooLarge', { limit: `${HANDOVER_BODY_LIMIT_BYTES / 1024 / 1024} MB` }); },
    }))
    .post('/', async (c) => {
      const body = await readJson(c, ImportHandoverRequestSchema);
      const result = await importHandover(deps, body.content);
      // After the ingest committed: an import is logged once it stored (or set aside) what it says it did.
      deps.db.transaction(() => recordAudit(deps, c, handoverAuditEntry(result, body.name)))();
      return c.json(result);
    });
}
