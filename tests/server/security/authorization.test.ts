// Issue 17's authorization test, generated from the API registry (shared/api/registry.ts): every route × every kind
// of caller — nobody, an enumerator by cookie and by device token, a unit board, an admin by cookie and by device
// token, and a share link's token — answers the status the registry's access rules give, and no body carries
// another unit's data, an answer it may not see, a hash, or a token.
import { beforeAll, describe, expect, it } from 'vitest';
import { hungYen2026 } from '#shared/demo/hung-yen-2026.ts';
import { generateInterviews } from '#shared/demo/generate-interviews.ts';
import type { Role } from '#shared/accounts/schema.ts';
import { API, type Access, type Answer, type RouteKey } from '#shared/api/registry.ts';
import { findAccountByUsername } from '#server/repo/accounts.ts';
import { storeInterviews } from '../support/store-interviews.ts';
import { contractContext, send, signInAs, type As, type Ctx } from '../contract/calls.ts';
import { SAMPLES } from '../contract/samples.ts';

type CallerName = 'anonymous' | 'enumerator cookie' | 'enumerator token' | 'unit board' | 'admin cookie' | 'admin token' | 'share token';
type Caller = { name: CallerName; role: Role | null; via: 'session' | 'device' | null; sees: 'all' | readonly string[] };

const units = hungYen2026.survey.units;
/** dtv01 works units 01 and 02; bxd01 watches unit 01 (server/demo/seed.ts). */
const CALLERS: readonly Caller[] = [
  { name: 'anonymous', role: null, via: null, sees: [] },
  { name: 'enumerator cookie', role: 'enumerator', via: 'session', sees: [units[0]!.no, units[1]!.no] },
  { name: 'enumerator token', role: 'enumerator', via: 'device', sees: [units[0]!.no, units[1]!.no] },
  { name: 'unit board', role: 'unit_board', via: 'session', sees: [units[0]!.no] },
  { name: 'admin cookie', role: 'admin', via: 'session', sees: 'all' },
  { name: 'admin token', role: 'admin', via: 'device', sees: 'all' },
  { name: 'share token', role: null, via: null, sees: [units[0]!.no] },
];

/** The status a successful call answers (a fence: its refusal). */
const successStatus = (answer: Answer): number => answer.status;

/** What the registry's access rules give this caller: the success status, or the refusal's. */
const SIGN_IN_STEPS: ReadonlySet<RouteKey> = new Set(['POST /api/auth/second-factor', 'POST /api/auth/password', 'POST /api/auth/two-factor/confirm']);

function expectedStatus(key: RouteKey, access: Access, caller: Caller): number {
  if (access === 'public') return successStatus(API[key].answer);
  if (!caller.role || !caller.via) return 401;
  const via = access.via ?? 'session';
  if (via !== 'any' && via !== caller.via) return 403;
  if (!access.roles.includes(caller.role)) return 403;
  // The one sample bound to a caller's data: a batch names the enumerator's device, and an admin's token is another.
  if (key === 'POST /api/sync/batches' && caller.name === 'admin token') return 403;
  return successStatus(API[key].answer);
}

/** The units whose data a body may carry: the caller's own, and on a public route what its credential in the
 * path or body opens (a share link of unit 01; the sign-in sample signs dtv02 in, units 03 and 04). */
function seenBy(key: RouteKey, caller: Caller): 'all' | readonly string[] {
  if (caller.sees === 'all') return 'all';
  if (key.startsWith('GET /api/share-links/view/')) return [...caller.sees, units[0]!.no];
  // A respondent's link is public by design and names its own unit (the sample's is unit 01's).
  if (key === 'GET /api/respond/:token') return [...caller.sees, units[0]!.no];
  if (key === 'POST /api/auth/sign-in') return [units[2]!.no, units[3]!.no];
  return caller.sees;
}

/** What a body must never carry: for anyone, a 64-hex hash, anyone's credential, a password or token hash field;
 * for a caller who does not see every unit, another unit's name or number and the secret answer stored there. */
export function leaks(text: string, rules: { secrets: readonly string[]; sees: 'all' | readonly string[] }): string[] {
  const found: string[] = [];
  const hash = text.match(/(?<![0-9a-f])[0-9a-f]{64}(?![0-9a-f])/i);
  if (hash) found.push(`a 64-hex hash ${hash[0]}`);
  for (const secret of rules.secrets) if (text.includes(secret)) found.push(`a credential ${secret.slice(0, 6)}…`);
  for (const field of ['passwordHash', 'password_hash', 'tokenHash', 'token_hash', 'content_hash', 'scrypt']) {
    if (text.includes(field)) found.push(`the field ${field}`);
  }
  if (rules.sees !== 'all') {
    if (text.includes(SECRET)) found.push('an answer of a unit it may not see');
    for (const unit of units.filter((u) => !rules.sees.includes(u.no))) {
      if (text.includes(unit.name)) found.push(`unit ${unit.no}'s name ${unit.name}`);
      if (new RegExp(`"(unitNo|no)":"${unit.no}"`).test(text)) found.push(`unit ${unit.no}'s number`);
    }
  }
  return found;
}

/** A secret answer stored for a unit nobody of these callers but the admin may see. */
const SECRET = `BÍ-MẬT-${crypto.randomUUID()}`;
const hiddenUnits = units.filter((u) => ![units[0]!.no, units[1]!.no].includes(u.no));

describe('authorization, from the registry: every route × every caller', { timeout: 120_000 }, () => {
  let ctx: Ctx;
  let shareToken: string;
  let secrets: string[];
  beforeAll(async () => {
    ctx = await contractContext();
    // Interviews of every unit but the callers' own, one of them carrying a secret text answer.
    const interviews = generateInterviews({ version: hungYen2026.versions[0]!, count: hiddenUnits.length, seed: 99, unitNos: hiddenUnits.map((u) => u.no) })
      .map((interview, i) => (i === 0 ? { ...interview, answers: { ...interview.answers, c16: SECRET } } : interview));
    storeInterviews(ctx.t.db, interviews);
    const created = await ctx.t.post('/api/share-links', { surveySlug: hungYen2026.survey.slug, unitNo: units[0]!.no }, { cookie: ctx.as.admin.cookie });
    shareToken = ((await created.json()) as { token: string }).token;
    // Every credential in play: none may ever come back in a body.
    secrets = [shareToken, ...Object.values(ctx.as).flatMap((c) => [c.token, c.cookie.split('=')[1]!])];
  });

  const headersOf = (caller: Caller): As => {
    switch (caller.name) {
      case 'anonymous': return 'nobody';
      case 'enumerator cookie': return { session: 'enumerator' };
      case 'enumerator token': return { device: 'enumerator' };
      case 'unit board': return { session: 'unit_board' };
      case 'admin cookie': return { session: 'admin' };
      case 'admin token': return { device: 'admin' };
      case 'share token': return { headers: { authorization: `Bearer ${shareToken}` } };
    }
  };

  for (const key of Object.keys(API) as RouteKey[]) {
    it(key, async () => {
      const spec = API[key];
      // A sign-in's later steps are opened by the half-finished session their sample makes, which none of these
      // callers holds: each caller here must be turned away (tests/server/auth/sign-in-steps.test.ts covers the rest).
      const stepRoute = SIGN_IN_STEPS.has(key);
      for (const caller of CALLERS) {
        const call = await SAMPLES[key].ok(ctx);
        let as = headersOf(caller);
        // Signing out ends the session it is sent with: give it a session of its own.
        if (key === 'POST /api/auth/sign-out' && typeof as === 'object' && 'session' in as) {
          as = { headers: { cookie: await signInAs(ctx.t, as.session === 'disabled' ? 'enumerator' : as.session) } };
        }
        const response = await send(ctx, key, { ...call, as });
        const where = `${key} as ${caller.name}`;
        if (stepRoute) expect(response.status, where).toBeGreaterThanOrEqual(400);
        else expect(response.status, where).toBe(expectedStatus(key, spec.access, caller));
        const text = Buffer.from(await response.arrayBuffer()).toString('utf8');
        // A backup is the whole database by design, for the admin alone: its status is what is checked.
        if (key === 'GET /api/admin/backups/:name' && response.ok) continue;
        expect(leaks(text, { secrets, sees: seenBy(key, caller) }), where).toEqual([]);
      }
    });
  }
});

describe('the leak scan', () => {
  it('finds each kind of leak in a body, and none in a clean one', () => {
    const rules = { secrets: ['tok-abc-123'], sees: [units[0]!.no] };
    expect(leaks('{"units":[{"no":"01"}]}', rules)).toEqual([]);
    expect(leaks(`{"hash":"${'ab'.repeat(32)}"}`, rules)).toHaveLength(1);
    expect(leaks('{"token":"tok-abc-123"}', rules)).toHaveLength(1);
    expect(leaks('{"passwordHash":"x"}', rules)).toHaveLength(1);
    expect(leaks(`{"c16":"${SECRET}"}`, rules)).toHaveLength(1);
    expect(leaks(`{"name":"${units[5]!.name}"}`, rules)).toHaveLength(1);
    expect(leaks(`{"unitNo":"${units[5]!.no}"}`, rules)).toHaveLength(1);
    expect(leaks(`{"c16":"${SECRET}","name":"${units[5]!.name}"}`, { secrets: [], sees: 'all' })).toEqual([]);
  });
});

describe('the callers of the authorization test', () => {
  it('are real: each credential identifies its account', async () => {
    const ctx = await contractContext();
    expect(findAccountByUsername(ctx.t.db, 'dtv01')!.id).toBe(ctx.as.enumerator.accountId);
    for (const role of ['enumerator', 'admin'] as const) {
      const response = await ctx.t.request('/api/device/state', { headers: { authorization: `Bearer ${ctx.as[role].token}` } });
      expect(((await response.json()) as { account: { role: string } }).account.role).toBe(role);
    }
  });
});
