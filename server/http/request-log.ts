// The one-line-per-request log (method, path, status, time; never a body or a header). Anything in the path that
// is a secret is blanked first: share-link tokens, query values named like a secret, and any long random-looking
// word, so a token added by a later route is covered without anyone remembering to.
import type { MiddlewareHandler } from 'hono';
import { logger } from 'hono/logger';

export const REDACTED = '[redacted]';

const SHARE_LINK = /(\/share-links\/view\/)[^/?#\s]+/g;
// Online links (/r/<token>, /api/respond/<token>): public, yet never written whole; four characters tell links apart.
const ONLINE_LINK = /(\/(?:r|respond)\/)([^/?#\s]{0,4})[^/?#\s]*/g;
const SECRET_QUERY = /([?&][^=&#\s]*(?:token|key|secret|password|code|share|ticket)[^=&#\s]*=)[^&#\s]*/gi;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const WORD = /[A-Za-z0-9_-]{20,}/g;

/**
 * Our tokens are 32 random bytes in base64url (43 characters): mixed case and long. Device and interview ids
 * (UUIDs) and survey slugs (lower case) stay readable.
 */
function looksRandom(word: string): boolean {
  return !UUID.test(word) && /[A-Z]/.test(word) && /[a-z0-9]/.test(word);
}

export function redactSecrets(line: string): string {
  return line
    .replace(SHARE_LINK, `$1${REDACTED}`)
    .replace(ONLINE_LINK, `$1$2…${REDACTED}`)
    .replace(SECRET_QUERY, `$1${REDACTED}`)
    .replace(WORD, (word) => (looksRandom(word) ? REDACTED : word));
}

export function requestLog(print: (line: string) => void = console.log): MiddlewareHandler {
  return logger((line) => print(redactSecrets(line)));
}
