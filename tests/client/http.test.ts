// The fetch wrapper against a stubbed fetch: what the server, a captive portal or a dead network answer
// becomes on the client — the server's JSON, a coded problem, or a network-type error, never a crash.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { routeUrl } from '#shared/api/calls.ts';
import { ApiError, isProblem, messageOf, request, requestNoContent } from '#client/api/http.ts';

function answer(body: string | null, init: { status?: number; type?: string } = {}) {
  const fetchStub = vi.fn(async (_input: RequestInfo | URL, _init?: RequestInit) =>
    new Response(body, { status: init.status ?? 200, headers: { 'Content-Type': init.type ?? 'application/json' } }));
  vi.stubGlobal('fetch', fetchStub);
  return fetchStub;
}

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('request', () => {
  it("returns the server's JSON body", async () => {
    answer('{"status":"ok"}');
    const health: { status: 'ok' } = await request('GET /api/health');
    expect(health).toEqual({ status: 'ok' });
  });

  it('sends JSON with its content type on a POST, the method and path its route names', async () => {
    const fetchStub = answer('{}');
    await request('POST /api/auth/sign-in', { json: { username: 'dtv01', password: 'x' } });
    const [url, init] = fetchStub.mock.calls[0] ?? [];
    expect(url).toBe('/api/auth/sign-in');
    expect(init?.method).toBe('POST');
    expect(new Headers(init?.headers).get('Content-Type')).toBe('application/json');
    expect(init?.body).toBe('{"username":"dtv01","password":"x"}');
  });

  it('fills path parameters URI-encoded, appends the query, and sends a device token as a bearer', async () => {
    const fetchStub = answer('{}');
    await request('GET /api/quota/:survey/units/:unitNo', { params: { survey: 'a b', unitNo: '07/x' } });
    await request('GET /api/share-links', { query: { survey: 'hung-yen-2026' } });
    await request('GET /api/device/state', { token: 'tok' });
    const calls = fetchStub.mock.calls;
    expect(calls.map(([url]) => url)).toEqual(['/api/quota/a%20b/units/07%2Fx', '/api/share-links?survey=hung-yen-2026', '/api/device/state']);
    expect(calls[0]?.[1]?.method).toBe('GET');
    expect(calls[0]?.[1]?.body).toBeUndefined();
    expect(new Headers(calls[2]?.[1]?.headers).get('Authorization')).toBe('Bearer tok');
  });

  it('writes the address of a download link from its route, leaving out a query value not given', () => {
    expect(routeUrl('GET /api/quota/:survey/export.xlsx', { params: { survey: 'hung-yen-2026' }, query: { lang: 'en' } }))
      .toBe('/api/quota/hung-yen-2026/export.xlsx?lang=en');
    expect(routeUrl('GET /api/quota/:survey/export.csv', { params: { survey: 'x' }, query: { lang: undefined } })).toBe('/api/quota/x/export.csv');
  });

  it('takes from the registry, at type level only, what each route needs and answers', () => {
    // Never called: the type checker (part of npm test) holds these lines; the errors are the assertions.
    const typeChecks = async () => {
      // @ts-expect-error a route that is not in the registry
      await request('GET /api/nowhere');
      // @ts-expect-error a path parameter the route does not have
      await request('GET /api/quota/:survey', { params: { slug: 'x' } });
      // @ts-expect-error the body the route reads is required, and must have its schema's shape
      await request('POST /api/share-links', { json: { unitNo: 7 } });
      // @ts-expect-error a file download is a link, not a JSON call
      await request('GET /api/quota/:survey/export.csv', { params: { survey: 'x' } });
      // @ts-expect-error a route answering 204 has no body to read
      await request('POST /api/auth/sign-out');
      // @ts-expect-error the answer's type is the registry's response schema
      const count: string = (await request('GET /api/admin/exports/:slug/count', { params: { slug: 'x' } })).count;
      return count;
    };
    expect(typeof typeChecks).toBe('function');
  });

  it("turns a captive portal's HTML 200 into a network error", async () => {
    answer('<!doctype html><title>Wi-Fi login</title>', { type: 'text/html; charset=utf-8' });
    const error = await failure(request('GET /api/health'));
    expect(error).toMatchObject({ kind: 'network', code: 'unreadable', status: 200 });
    expect(messageOf(error).code).toBe('app.error.network');
  });

  it('turns malformed JSON into a network error', async () => {
    answer('{"status":"ok"');
    expect(await failure(request('GET /api/health'))).toMatchObject({ kind: 'network', code: 'unreadable' });
  });

  it('turns JSON that is no object, or no body at all, into a network error', async () => {
    answer('"ok"');
    expect(await failure(request('GET /api/health'))).toMatchObject({ kind: 'network', code: 'unreadable' });
    answer('');
    expect(await failure(request('GET /api/health'))).toMatchObject({ kind: 'network', code: 'unreadable' });
  });

  it('turns a JSON error body that is no coded problem into a network error', async () => {
    answer('{"error":"Internal"}', { status: 500 });
    expect(await failure(request('GET /api/health'))).toMatchObject({ kind: 'network', code: 'unreadable', status: 500 });
    answer('{"problem":{"code":7}}', { status: 400 });
    expect(await failure(requestNoContent('POST /api/auth/sign-out'))).toMatchObject({ kind: 'network', status: 400 });
  });

  it('turns a coded problem on a no-content request into a coded error', async () => {
    answer('{"problem":{"code":"auth.required","status":401}}', { status: 401 });
    expect(await failure(requestNoContent('POST /api/auth/sign-out'))).toMatchObject({ kind: 'problem', code: 'auth.required', status: 401, params: {} });
  });

  it('turns a problem body into a coded error with its message key and params', async () => {
    answer('{"problem":{"code":"auth.tooManyAttempts","status":429,"params":{"minutes":5}}}', { status: 429 });
    const error = await failure(request('POST /api/auth/sign-in', { json: { username: 'dtv01', password: 'x' } }));
    expect(error).toMatchObject({ kind: 'problem', code: 'auth.tooManyAttempts', status: 429, params: { minutes: 5 } });
    expect(isProblem(error, 'auth.tooManyAttempts')).toBe(true);
    expect(messageOf(error)).toEqual({ code: 'problem.auth.tooManyAttempts', params: { minutes: 5 } });
  });

  it("turns a proxy's HTML error page into a network error, not a problem", async () => {
    answer('<html>502 Bad Gateway</html>', { status: 502, type: 'text/html' });
    expect(await failure(request('GET /api/health'))).toMatchObject({ kind: 'network', status: 502 });
  });

  it('turns a refused connection into a network error', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => { throw new TypeError('Failed to fetch'); }));
    expect(await failure(request('GET /api/health'))).toMatchObject({ kind: 'network', code: 'unreachable', status: null });
  });

  it('turns a timeout into a network error', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => { throw new DOMException('timed out', 'TimeoutError'); }));
    expect(await failure(request('GET /api/health'))).toMatchObject({ kind: 'network', code: 'timeout' });
  });

  it('gives anything that is not an ApiError the generic message', () => {
    expect(messageOf(new Error('bug'))).toEqual({ code: 'app.error.unexpected' });
  });
});
