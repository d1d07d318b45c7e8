// Cross-site request forgery: a state-changing request (anything but GET, HEAD, OPTIONS) that a browser made
// from another site is refused with `request.forbiddenOrigin`, whatever its body; a write without a body
// needs no CORS preflight, and SameSite=Strict does not cover sibling sub-domains or other ports.
// The browser's own `Sec-Fetch-Site` decides when sent (only `same-origin` passes); otherwise `Origin` must be this
// server's. A request with neither header is not from a browser page (curl, the command line, tests). A
// device's bearer-token request is exempt: it is not authenticated by a cookie, and no other site can set the header.
import type { Context, MiddlewareHandler } from 'hono';
import { problem } from '#shared/problems.ts';
import type { Config } from '../config.ts';

const SAFE_METHOD = /^(GET|HEAD|OPTIONS)$/;
/** The same test as `identify` (http/auth.ts): with a bearer token, the cookie is never read. */
const BEARER = /^Bearer\s+\S+$/i;

export function refuseCrossSite(config: Pick<Config, 'trustProxy'>): MiddlewareHandler {
  return async (c, next) => {
    if (SAFE_METHOD.test(c.req.method) || BEARER.test(c.req.header('authorization') ?? '')) return next();
    const site = c.req.header('sec-fetch-site');
    const origin = c.req.header('origin');
    if (site !== undefined ? site !== 'same-origin' : origin !== undefined && origin.toLowerCase() !== ownOrigin(c, config)) {
      throw problem('request.forbiddenOrigin');
    }
    await next();
  };
}

/**
 * This server's origin as the browser sees it. Behind the README's proxy the request reaches Node over plain
 * HTTP with the browser's Host (the snippets pass it), so the scheme comes from X-Forwarded-Proto, trusted only
 * under PHIEU_TRUST_PROXY.
 */
function ownOrigin(c: Context, config: Pick<Config, 'trustProxy'>): string {
  const url = new URL(c.req.url);
  const forwarded = config.trustProxy ? c.req.header('x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase() : undefined;
  const scheme = forwarded === 'https' || forwarded === 'http' ? `${forwarded}:` : url.protocol;
  const port = url.port === '' || url.port === (scheme === 'https:' ? '443' : '80') ? '' : `:${url.port}`;
  return `${scheme}//${url.hostname}${port}`.toLowerCase();
}
