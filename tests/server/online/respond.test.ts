// Online self-completion through the app (decision 0021): the window by the server's clock and its grace period,
// replays, the honeypot, near-duplicates, the minimum age, the survey's link, per-address limits, addresses kept
// only as keyed hashes, and online answers counted on the unit's dashboard apart from direct ones.
import { describe, expect, it } from 'vitest';
import type { RespondentForm, RespondentSubmission } from '#shared/online/schema.ts';
import { redactSecrets } from '#server/http/request-log.ts';
import { closeSurvey } from '#server/services/survey-lifecycle.ts';
import { SUBMISSIONS_PER_ADDRESS } from '#server/routes/respond.ts';
import { ensureOnlineSurvey, makeOnlineLink, submission, validAnswers } from '../../helpers/online.ts';
import { signInAs } from '../contract/calls.ts';
import { testApp, type TestApp } from '../support/test-app.ts';

const WINDOW = { start: '2026-05-28T07:30:00+07:00', end: '2026-05-28T16:30:00+07:00' };
const unitNo = '01';

async function setup(options: { trustProxy?: boolean } = {}) {
  const t = await testApp({ demo: true, ...options });
  const slug = ensureOnlineSurvey(t.db, 'truc-tuyen', WINDOW);
  const link = makeOnlineLink(t.db, slug, unitNo);
  return { t, slug, link };
}

async function open(t: TestApp, token: string, ticket?: string): Promise<RespondentForm> {
  const response = await t.request(`/api/respond/${token}${ticket ? `?ticket=${ticket}` : ''}`);
  expect(response.status).toBe(200);
  return (await response.json()) as RespondentForm;
}

function send(t: TestApp, token: string, body: RespondentSubmission | string, address = '203.0.113.9') {
  return t.post(`/api/respond/${token}/submissions`, body, { 'x-forwarded-for': address });
}

const interview = (t: TestApp, id: string) => t.db.prepare('SELECT mode, flags, review_flags, account_id, device_id FROM interviews WHERE id = ?')
  .get(id) as { mode: string; flags: string; review_flags: string; account_id: number; device_id: string } | undefined;

describe('the online window, by the server clock', () => {
  it('says when it opens before, refuses a submission then, takes one inside, and says closed after', async () => {
    const { t, slug, link } = await setup();
    t.clock.set('2026-05-28T07:00:00+07:00');
    const before = await open(t, link.token);
    expect(before).toMatchObject({ state: 'before', unit: { no: unitNo }, window: WINDOW });
    expect(before.version).toBeUndefined();
    const early = submission(validAnswers(t.db, slug, unitNo), unitNo, before.ticket, '2026-05-28T00:00:00.000Z');
    expect((await send(t, link.token, early)).status).toBe(403);

    t.clock.set('2026-05-28T09:00:00+07:00');
    const during = await open(t, link.token);
    expect(during.state).toBe('open');
    expect(during.version?.version).toBe(1);
    const body = submission(validAnswers(t.db, slug, unitNo), unitNo, during.ticket, '2026-05-28T02:00:00.000Z');
    const taken = await send(t, link.token, body);
    expect(taken.status).toBe(200);
    expect(await taken.json()).toEqual({ id: body.id, receivedAt: '2026-05-28T02:00:00.000Z' });
    expect(interview(t, body.id)).toMatchObject({ mode: 'online', flags: '[]' });

    t.clock.set('2026-05-28T18:00:00+07:00');
    expect((await open(t, link.token)).state).toBe('closed');
    const late = submission(validAnswers(t.db, slug, unitNo, 3), unitNo, during.ticket, '2026-05-28T11:00:00.000Z');
    const refused = await send(t, link.token, late);
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { problem: { code: string } }).problem.code).toBe('online.closed');
  });

  it('takes a form started inside the window and sent within the grace period, flagged, whatever the device says', async () => {
    const { t, slug, link } = await setup();
    t.clock.set('2026-05-28T16:20:00+07:00');
    const { ticket } = await open(t, link.token);
    t.clock.set('2026-05-28T16:50:00+07:00');
    // The page reopened in the grace period with its ticket is still open to it; a fresh visitor's is not.
    expect((await open(t, link.token, ticket)).state).toBe('open');
    expect((await open(t, link.token)).state).toBe('closed');
    // The device's clock says it is still morning: it is not believed.
    const body = submission(validAnswers(t.db, slug, unitNo), unitNo, ticket, '2026-05-28T03:00:00.000Z');
    expect((await send(t, link.token, body)).status).toBe(200);
    expect(JSON.parse(interview(t, body.id)!.flags)).toContain('outside_window');
    t.clock.set('2026-05-28T17:01:00+07:00');
    const after = submission(validAnswers(t.db, slug, unitNo, 4), unitNo, ticket, '2026-05-28T03:00:00.000Z');
    expect((await send(t, link.token, after)).status).toBe(403);
  });
});

describe('the survey\'s lifecycle over the window', () => {
  it('closes the link of a survey the office closed, inside its window', async () => {
    const { t, slug, link } = await setup();
    t.clock.set('2026-05-28T09:00:00+07:00');
    const { ticket } = await open(t, link.token);
    closeSurvey(t.db, slug, '2026-05-28T02:00:00.000Z');
    expect((await open(t, link.token)).state).toBe('closed');
    const refused = await send(t, link.token, submission(validAnswers(t.db, slug, unitNo), unitNo, ticket, '2026-05-28T02:00:00.000Z'));
    expect(refused.status).toBe(403);
  });
});

describe('a submission', () => {
  it('is an online interview under the link, and a replay gets the same receipt with nothing doubled', async () => {
    const { t, slug, link } = await setup();
    t.clock.set('2026-05-28T09:00:00+07:00');
    const { ticket } = await open(t, link.token);
    const body = submission(validAnswers(t.db, slug, unitNo), unitNo, ticket, '2026-05-28T02:00:00.000Z');
    const first = await (await send(t, link.token, body)).json();
    t.clock.advance(60_000);
    const again = await send(t, link.token, body);
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual(first);
    expect(t.db.prepare('SELECT count(*) FROM interviews WHERE id = ?').pluck().get(body.id)).toBe(1);
    const other = await send(t, link.token, { ...body, answers: { ...body.answers, c2: 77 } });
    expect(other.status).toBe(409);
    const row = interview(t, body.id)!;
    const source = t.db.prepare('SELECT source_id FROM online_links WHERE id = ?').pluck().get(link.id);
    expect(row.device_id).toBe(source);
    expect(t.db.prepare('SELECT username, disabled FROM accounts WHERE id = ?').get(row.account_id)).toEqual({ username: 'online-respondents', disabled: 1 });
  });

  it('is counted on the unit dashboard as online, apart from direct interviews', async () => {
    const { t, slug, link } = await setup();
    t.clock.set('2026-05-28T09:00:00+07:00');
    const { ticket } = await open(t, link.token);
    expect((await send(t, link.token, submission(validAnswers(t.db, slug, unitNo), unitNo, ticket, '2026-05-28T02:00:00.000Z'))).status).toBe(200);
    const cookie = await signInAs(t, 'admin');
    const dashboard = await (await t.request(`/api/quota/${slug}/units/${unitNo}`, { headers: { cookie } })).json() as
      { unit: { counts: { received: number }; byMode: Record<string, { received: number }> }; byEnumerator: { name: string }[] };
    expect(dashboard.unit.byMode.online?.received).toBe(1);
    expect(dashboard.unit.byMode.direct?.received ?? 0).toBe(0);
    expect(dashboard.unit.counts.received).toBe(1);
    expect(dashboard.byEnumerator.map((row) => row.name)).toEqual(['Trả lời trực tuyến']);
    const links = await (await t.request(`/api/online-links?survey=${slug}`, { headers: { cookie } })).json() as { links: { submissions: number }[] };
    expect(links.links[0]?.submissions).toBe(1);
  });

  it('from the honeypot is answered as taken and stored nowhere; an age under the minimum is refused', async () => {
    const { t, slug, link } = await setup();
    t.clock.set('2026-05-28T09:00:00+07:00');
    const { ticket } = await open(t, link.token);
    const robot = { ...submission(validAnswers(t.db, slug, unitNo), unitNo, ticket, '2026-05-28T02:00:00.000Z'), website: 'http://spam.example' };
    expect((await send(t, link.token, robot)).status).toBe(200);
    expect(interview(t, robot.id)).toBeUndefined();
    const young = submission({ ...validAnswers(t.db, slug, unitNo), c2: 16 }, unitNo, ticket, '2026-05-28T02:00:00.000Z');
    expect((await send(t, link.token, young)).status).toBe(422);
  });

  it('with the same answers from one address within minutes is flagged; the address is kept only as a keyed hash', async () => {
    const { t, slug, link } = await setup({ trustProxy: true });
    t.clock.set('2026-05-28T09:00:00+07:00');
    const { ticket } = await open(t, link.token);
    const answers = validAnswers(t.db, slug, unitNo);
    const a = submission(answers, unitNo, ticket, '2026-05-28T02:00:00.000Z');
    const b = submission(answers, unitNo, ticket, '2026-05-28T02:00:00.000Z');
    const c = submission(answers, unitNo, ticket, '2026-05-28T02:00:00.000Z');
    await send(t, link.token, a);
    t.clock.advance(3 * 60_000);
    await send(t, link.token, b);
    await send(t, link.token, c, '198.51.100.20');
    expect(interview(t, a.id)?.review_flags).toBe('["same_answers"]');
    expect(interview(t, b.id)?.review_flags).toBe('["same_answers"]');
    expect(interview(t, c.id)?.review_flags).toBe('[]');
    const cookie = await signInAs(t, 'admin');
    const links = await (await t.request(`/api/online-links?survey=${slug}`, { headers: { cookie } })).json() as { links: { submissions: number; flagged: number }[] };
    expect(links.links[0]).toMatchObject({ submissions: 3, flagged: 2 });
    const hashes = t.db.prepare('SELECT address_hash FROM online_submissions').pluck().all() as string[];
    expect(hashes.some((h) => h.includes('203.0.113.9'))).toBe(false);
    expect(new Set(hashes).size).toBe(2);
  });

  it('through the survey link goes to the unit the respondent chose', async () => {
    const { t, slug } = await setup();
    const link = makeOnlineLink(t.db, slug);
    t.clock.set('2026-05-28T09:00:00+07:00');
    const form = await open(t, link.token);
    expect(form.unit).toBeNull();
    expect(form.units.length).toBeGreaterThan(20);
    const body = submission(validAnswers(t.db, slug, '05'), '05', form.ticket, '2026-05-28T02:00:00.000Z');
    expect((await send(t, link.token, body)).status).toBe(200);
    expect(t.db.prepare('SELECT u.no FROM interviews i JOIN units u ON u.id = i.unit_id WHERE i.id = ?').pluck().get(body.id)).toBe('05');
  });

  it('is limited per address, sized for a carrier NAT, never with a 5xx', async () => {
    const { t, link } = await setup({ trustProxy: true });
    t.clock.set('2026-05-28T09:00:00+07:00');
    const statuses = new Set<number>();
    for (let i = 0; i < SUBMISSIONS_PER_ADDRESS; i++) statuses.add((await send(t, link.token, '{"id":1}', '192.0.2.1')).status);
    expect([...statuses]).toEqual([400]);
    expect((await send(t, link.token, '{"id":1}', '192.0.2.1')).status).toBe(429);
    expect((await send(t, link.token, '{"id":1}', '192.0.2.2')).status).toBe(400);
  });
});

describe('the request log', () => {
  it('never writes a link token whole', () => {
    const line = redactSecrets('<-- GET /r/AbCdEfGhIjKlMnOpQrStUv 200 /api/respond/AbCdEfGhIjKlMnOpQrStUv/submissions?ticket=123.abc');
    expect(line).not.toContain('AbCdEfGhIjKlMnOpQrStUv');
    expect(line).not.toContain('123.abc');
    expect(line).toContain('/r/AbCd…');
  });
});

describe('the online respondents\' account', () => {
  it('is no one\'s: not listed on the accounts page, and cannot be enabled, renamed, reset or assigned units', async () => {
    const { t, slug, link } = await setup();
    t.clock.set('2026-05-28T09:00:00+07:00');
    const { ticket } = await open(t, link.token);
    expect((await send(t, link.token, submission(validAnswers(t.db, slug, unitNo), unitNo, ticket, '2026-05-28T02:00:00.000Z'))).status).toBe(200);
    const { id } = t.db.prepare("SELECT id FROM accounts WHERE username = 'online-respondents'").get() as { id: number };
    const cookie = await signInAs(t, 'admin');
    const list = await (await t.request('/api/admin/accounts', { headers: { cookie } })).json() as { accounts: { username: string }[] };
    expect(list.accounts.map((a) => a.username)).not.toContain('online-respondents');
    for (const [path, body] of [[`${id}/enable`, {}], [`${id}/reset-password`, {}], [`${id}`, { displayName: 'Ai đó' }], [`${id}/assignments`, { surveySlug: slug, unitNos: ['01'] }]] as const) {
      const refused = await t.post(`/api/admin/accounts/${path}`, body, { cookie });
      expect(refused.status, path).toBe(404);
      expect((await refused.json() as { problem: { code: string } }).problem.code).toBe('account.notFound');
    }
    expect(t.db.prepare('SELECT disabled, password_hash FROM accounts WHERE id = ?').get(id)).toEqual({ disabled: 1, password_hash: '!' });
  });
});
