// The respondent's two public calls (decision 0021): opening a link (GET: the page's first screen in one answer)
// and sending the answers (POST: a receipt, the same one for a replay). Limited per address with sizes meant for a
// mobile carrier's NAT, where many people share one address; the address is kept only as a keyed daily hash.
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { RespondentSubmissionSchema, TicketQuerySchema } from '#shared/online/schema.ts';
import { problem } from '#shared/problems.ts';
import type { AppEnv, Deps } from '../deps.ts';
import { clientAddress, addressKey } from '../http/client-address.ts';
import { readJson } from '../http/body.ts';
import { readQuery } from '../http/query.ts';
import { createRateLimiter, retryAfterSeconds, type RateLimiter } from '../http/rate-limit.ts';
import { addressHash } from '../online/keys.ts';
import { respondentForm } from '../services/online-form.ts';
import { submitOnline } from '../services/online-submit.ts';

/** A questionnaire's answers are a few KB; a body past this is refused before it is read. */
export const SUBMISSION_LIMIT_BYTES = 64 * 1024;
const WINDOW_MS = 10 * 60_000;
/** Per address and ten minutes: a carrier NAT puts a whole district behind one address, so these are generous. */
export const OPENS_PER_ADDRESS = 1_200;
export const SUBMISSIONS_PER_ADDRESS = 300;

export function respondRoutes(deps: Deps) {
  const key = deps.audit.key;
  const opens = createRateLimiter({ clock: deps.clock, limit: OPENS_PER_ADDRESS, windowMs: WINDOW_MS });
  const sends = createRateLimiter({ clock: deps.clock, limit: SUBMISSIONS_PER_ADDRESS, windowMs: WINDOW_MS });
  const limit = (limiter: RateLimiter, address: string) => {
    const wait = limiter.hit(addressKey(address));
    if (wait > 0) throw problem('online.tooMany', { seconds: retryAfterSeconds(wait) }, retryAfterSeconds(wait));
  };

  return new Hono<AppEnv>()
    .get('/:token', (c) => {
      limit(opens, clientAddress(c, deps.config));
      const { ticket } = readQuery(c, TicketQuerySchema);
      const form = deps.db.transaction(() => respondentForm(deps.db, key, c.req.param('token'), deps.clock.now(), ticket))();
      return c.json(form);
    })
    .post('/:token/submissions', bodyLimit({
      maxSize: SUBMISSION_LIMIT_BYTES,
      onError: () => { throw problem('request.tooLarge', { limit: `${SUBMISSION_LIMIT_BYTES / 1024} KB` }); },
    }), async (c) => {
      const address = clientAddress(c, deps.config);
      limit(sends, address);
      const body = await readJson(c, RespondentSubmissionSchema);
      const nowMs = deps.clock.now();
      const receipt = deps.db.transaction(() => submitOnline(deps.db, {
        token: c.req.param('token'), body, addressHash: addressHash(key, address, nowMs), nowMs, key,
      }))();
      return c.json(receipt);
    });
}
