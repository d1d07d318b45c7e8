// Malformed requests of every kind get the right 4xx with a coded problem: never a 500, never a stack trace.
import { describe, expect, it } from 'vitest';
import { Hono } from 'hono';
import { onError } from '#server/http/problem.ts';
import { problemCode, testApp } from './support/test-app.ts';

describe('bad requests', () => {
  it('malformed JSON is a 400 request.malformedJson', async () => {
    const t = await testApp();
    const response = await t.post('/api/auth/sign-in', '{"username": "dtv01", ');
    expect(response.status).toBe(400);
    expect(await problemCode(response)).toBe('request.malformedJson');
  });

  it('a body that does not match the schema names the field', async () => {
    const t = await testApp();
    const response = await t.post('/api/auth/sign-in', { username: 'dtv01' });
    expect(response.status).toBe(400);
    const body = await response.json() as { problem: { code: string; params: { path: string } } };
    expect(body.problem.code).toBe('request.invalid');
    expect(body.problem.params.path).toBe('password');
  });

  it('a form post is refused as an unsupported media type (JSON only: the CSRF defence)', async () => {
    const t = await testApp();
    const response = await t.request('/api/auth/sign-in', {
      method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'username=a&password=b',
    });
    expect(response.status).toBe(415);
    expect(await problemCode(response)).toBe('request.unsupportedMediaType');
  });

  it('a body over the limit is a 413 request.tooLarge', async () => {
    const t = await testApp({ bodyLimitBytes: 1024 });
    const response = await t.post('/api/auth/sign-in', { username: 'dtv01', password: 'x'.repeat(5000) });
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ problem: { code: 'request.tooLarge', status: 413, params: { limit: '1 KB' } } });
  });

  it('an unknown API route is a 404 route.notFound', async () => {
    const t = await testApp();
    for (const path of ['/api/nothing-here', '/api/auth/nothing']) {
      const response = await t.request(path);
      expect(response.status).toBe(404);
      expect(await problemCode(response)).toBe('route.notFound');
    }
  });

  it('an unexpected exception is a coded 500 without its stack trace', async () => {
    const app = new Hono();
    app.onError(onError);
    app.get('/boom', () => { throw new Error('secret internals at /srv/phieu/db.ts:42'); });
    const original = console.error;
    console.error = () => {};
    try {
      const response = await app.request('/boom');
      expect(response.status).toBe(500);
      const text = await response.text();
      expect(JSON.parse(text)).toEqual({ problem: { code: 'server.internal', status: 500 } });
      expect(text).not.toContain('secret');
    } finally {
      console.error = original;
    }
  });
});

describe('headers', () => {
  it('sets security headers and forbids caching API answers', async () => {
    const t = await testApp();
    const response = await t.request('/api/health');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toMatchObject({ status: 'ok', serverTime: new Date(t.clock.now()).toISOString() });
  });
});
