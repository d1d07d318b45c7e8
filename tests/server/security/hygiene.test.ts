// Finding 8 of issue 17, the parts in the HTTP app: share-link tokens were written whole in the request log, and
// `X-Frame-Options: SAMEORIGIN` disagreed with the CSP's `frame-ancestors 'none'`.
import { describe, expect, it } from 'vitest';
import { manualClock } from '#shared/clock.ts';
import { createApp } from '#server/app.ts';
import { ephemeralAuditDeps } from '#server/audit/ephemeral.ts';
import { createSignInThrottle } from '#server/auth/throttle.ts';
import { newToken } from '#server/auth/tokens.ts';
import { openDatabase } from '#server/db/open.ts';
import { REDACTED, redactSecrets } from '#server/http/request-log.ts';
import { testApp } from '../support/test-app.ts';

function loggingApp() {
  const clock = manualClock('2026-05-28T08:00:00+07:00');
  const lines: string[] = [];
  const app = createApp({
    db: openDatabase(':memory:'), clock, throttle: createSignInThrottle(clock),
    config: { trustProxy: false, sessionHours: 24, bodyLimitBytes: 64 * 1024, staticDir: null, log: true, logLine: (line) => lines.push(line) },
    ...ephemeralAuditDeps(),
  });
  return { app, lines };
}

describe('the request log', () => {
  it('never writes a share-link token', async () => {
    const { app, lines } = loggingApp();
    const token = newToken();
    expect((await app.request(`/api/share-links/view/${token}`)).status).toBe(404);
    await app.request(`/api/share-links/view/${token}/anything?x=1`);
    expect(lines.length).toBe(4);
    for (const line of lines) {
      expect(line).not.toContain(token);
      expect(line).toContain(`/api/share-links/view/${REDACTED}`);
    }
  });

  it('blanks any token-like word and secret-named query value, and keeps ids and slugs readable', () => {
    const token = newToken();
    expect(redactSecrets(`--> GET /api/other/${token} 200 1ms`)).toBe(`--> GET /api/other/${REDACTED} 200 1ms`);
    expect(redactSecrets('<-- GET /api/x?token=abc&lang=vi&apiKey=zz')).toBe(`<-- GET /api/x?token=${REDACTED}&lang=vi&apiKey=${REDACTED}`);
    const readable = '<-- POST /api/devices/0b5e7c1e-3a4f-4f6e-9a63-1c2d3e4f5a6b/revoke /api/quota/khao-sat-cu-tri-hung-yen-2026/units/07';
    expect(redactSecrets(readable)).toBe(readable);
  });
});

describe('one frame policy', () => {
  it('denies framing in both headers', async () => {
    const t = await testApp();
    const response = await t.request('/api/health');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  });
});
