// The contract test walks the API registry (shared/api/registry.ts): the app serves exactly its routes, every entry
// has a sample whose answers (success and refusals) its schemas accept, and every protected entry's role is enforced.
import { Hono } from 'hono';
import { beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { ROLES } from '#shared/accounts/schema.ts';
import { API, type Access, type RouteKey } from '#shared/api/registry.ts';
import { testApp } from '../support/test-app.ts';
import { answerFaults, bodyFaults, refusalFaults } from './answers.ts';
import { contractContext, send, type As, type Ctx, type Sample } from './calls.ts';
import { routeDrift, servedRoutes } from './drift.ts';
import { SAMPLES } from './samples.ts';

const KEYS = Object.keys(API) as RouteKey[];

describe('the routes the app serves', () => {
  it('are exactly the registry’s entries', async () => {
    const { app } = await testApp();
    expect(routeDrift(servedRoutes(app), KEYS)).toEqual({ unregistered: [], unserved: [] });
  });

  it('report a route added without an entry, and no middleware', async () => {
    const { app } = await testApp();
    app.use('/api/surveys/*', async (_c, next) => { await next(); });
    app.get('/api/surveys/:slug/report', (c) => c.json({}));
    expect(routeDrift(servedRoutes(app), KEYS)).toEqual({ unregistered: ['GET /api/surveys/:slug/report'], unserved: [] });
  });

  it('report an entry the app no longer serves, mounted sub-apps included', () => {
    const app = new Hono().route('/api/a', new Hono().get('/:id', (c) => c.text('')).post('/', (c) => c.text('')));
    expect(servedRoutes(app)).toEqual(['GET /api/a/:id', 'POST /api/a']);
    expect(routeDrift(servedRoutes(app), ['GET /api/a/:id', 'POST /api/a', 'GET /api/b'])).toEqual({ unregistered: [], unserved: ['GET /api/b'] });
  });
});

type Check = { why: string; as: As; status: 401 | 403; codes: readonly string[] };

/** The refusals every protected route owes: 401 with no credentials, 403 to another role or kind of credentials,
 * 403 to a disabled account unless the entry lets it in (sync: its interviews are quarantined, never lost). */
function roleChecks(access: Exclude<Access, 'public'>): Check[] {
  const checks: Check[] = [{ why: 'no credentials', as: 'nobody', status: 401, codes: ['auth.required'] }];
  // Without `via`, a route takes a web session only: device tokens open the device and sync routes alone.
  const via = access.via ?? 'session';
  for (const role of ROLES) {
    if (!access.roles.includes(role)) {
      if (via !== 'device') checks.push({ why: `${role}'s session`, as: { session: role }, status: 403, codes: ['auth.forbidden'] });
      if (via !== 'session') checks.push({ why: `${role}'s device`, as: { device: role }, status: 403, codes: ['auth.forbidden'] });
    } else if (via === 'session') {
      checks.push({ why: `${role}'s device, not a session`, as: { device: role }, status: 403, codes: ['auth.forbidden'] });
    } else if (via === 'device') {
      checks.push({ why: `${role}'s session, not a device`, as: { session: role }, status: 403, codes: ['auth.forbidden', 'sync.deviceRequired'] });
    }
  }
  if (access.roles.includes('enumerator') && !access.allowDisabled) {
    const as: As = via === 'device' ? { device: 'disabled' } : { session: 'disabled' };
    checks.push({ why: 'a disabled enumerator', as, status: 403, codes: ['auth.accountDisabled'] });
  }
  return checks;
}

/** Codes that mean "not you": an admitted caller never gets one (a 403 about the call's data, like
 * sync.deviceMismatch, is no role check). */
const NOT_YOU = ['auth.required', 'auth.forbidden', 'auth.accountDisabled', 'sync.deviceRequired'];

/** Every credential an entry admits: its roles, through a session and a device unless `via` names one. */
function admitted(access: Exclude<Access, 'public'>): As[] {
  const roles = [...access.roles, ...(access.allowDisabled && access.roles.includes('enumerator') ? ['disabled' as const] : [])];
  const via = access.via ?? 'session';
  return roles.flatMap((role): As[] => [
    ...(via === 'device' ? [] : [{ session: role }]),
    ...(via === 'session' ? [] : [{ device: role }]),
  ]);
}

describe('every registry entry, through its sample', () => {
  let ctx: Ctx;
  beforeAll(async () => {
    ctx = await contractContext();
  });

  it('has a sample, and every sample an entry', () => {
    expect(Object.keys(SAMPLES).sort()).toEqual([...KEYS].sort());
  });

  for (const key of KEYS) {
    const spec = API[key];
    it(`${key} answers its schema, and its refusals are coded problems`, async () => {
      const sample: Sample | undefined = SAMPLES[key];
      if (!sample) throw new Error(`${key} has no sample in tests/server/contract/samples.ts`);
      const call = await sample.ok(ctx);
      // The request side: what the server took, the entry's schemas accept; a route without a body is sent none.
      if ('query' in spec) expect(spec.query.safeParse(call.query ?? {}).error, `${key}: query`).toBeUndefined();
      if ('body' in spec) expect(spec.body.safeParse(call.body).error, `${key}: body`).toBeUndefined();
      else expect(call.body, `${key} reads no body`).toBeUndefined();
      expect(await answerFaults(spec.answer, await send(ctx, key, call)), key).toEqual([]);
      for (const refusal of await sample.refusals(ctx)) {
        expect(await refusalFaults(await send(ctx, key, refusal), refusal.status, refusal.code), `${key}: ${refusal.why}`).toEqual([]);
        // A body the server calls invalid is one the entry's schema refuses too: the registry's schema is the server's.
        if ('body' in spec && refusal.code === 'request.invalid') expect(spec.body.safeParse(refusal.body).success, `${key}: ${refusal.why}`).toBe(false);
      }
    });

    const access = spec.access;
    if (access === 'public') continue;
    it(`${key} is refused to whoever its role excludes, and to nobody it names`, async () => {
      const sample: Sample = SAMPLES[key];
      const call = await sample.ok(ctx);
      for (const check of roleChecks(access)) {
        const response = await send(ctx, key, { ...call, as: check.as });
        expect(await refusalFaults(response, check.status, check.codes), `${key}: ${check.why}`).toEqual([]);
      }
      // The other way round: a role the entry names is let through (its answer may still refuse the call's data).
      for (const as of admitted(access)) {
        const response = await send(ctx, key, { ...call, as });
        const code = response.ok ? null : ((await response.json()) as { problem?: { code?: string } }).problem?.code;
        expect(response.status === 401 || NOT_YOU.includes(code ?? ''), `${key}: ${JSON.stringify(as)} answered ${code}`).toBe(false);
      }
    });
  }
});

describe('an answer its schema refuses', () => {
  const CountSchema = z.object({ count: z.number().check(z.int(), z.nonnegative()) });
  const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

  it('fails: a mistyped or missing field, or a field the schema does not name', () => {
    expect(bodyFaults(CountSchema, { count: 3 })).toEqual([]);
    expect(bodyFaults(CountSchema, { count: '3' })).not.toEqual([]);
    expect(bodyFaults(CountSchema, {})).not.toEqual([]);
    expect(bodyFaults(CountSchema, { count: 3, answers: [] })).toEqual(['the body carries fields its schema does not name (or values it would change)']);
  });

  it('fails: another status, a page that is not JSON, a refusal that is no coded problem', async () => {
    const answer = { status: 200, json: CountSchema } as const;
    expect(await answerFaults(answer, json({ count: 3 }))).toEqual([]);
    expect(await answerFaults(answer, json({ count: 3 }, 201))).toHaveLength(1);
    expect(await answerFaults(answer, new Response('<html>', { headers: { 'content-type': 'text/html' } }))).toEqual(['content type text/html, not JSON']);
    expect(await refusalFaults(json({ error: 'nope' }, 403), 403)).not.toEqual([]);
    expect(await refusalFaults(json({ problem: { code: 'auth.forbidden', status: 401 } }, 403), 403)).toEqual(['problem.status 401 ≠ 403']);
    expect(await answerFaults({ status: 204 }, json({}))).toEqual(['status 200, expected 204: {}', 'a body on a no-content answer']);
  });
});
