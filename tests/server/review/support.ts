// Helpers for the review tests: the demo app with an admin signed in and dtv01's device, interviews handed in
// through the real sync (so their flags are the ingest's), and the review routes called as the admin.
import type { Interview } from '#shared/interview/schema.ts';
import type { ReviewDetail, ReviewItem, ReviewListResponse } from '#shared/api/review.ts';
import { ReviewDetailSchema, ReviewItemResponseSchema, ReviewListResponseSchema } from '#shared/api/review.ts';
import { demoPassword } from '#server/demo/seed.ts';
import { testApp, type TestApp } from '../support/test-app.ts';
import { registerDevice, type SyncDevice } from '../sync/support.ts';

export const SURVEY = 'hung-yen-2026';
const BASE = `/api/admin/review/${SURVEY}`;

export type Review = {
  t: TestApp; admin: string; device: SyncDevice;
  send: (interviews: readonly Interview[]) => Promise<void>;
  list: (query?: Record<string, string>) => Promise<ReviewListResponse>;
  detail: (id: string) => Promise<ReviewDetail>;
  item: (id: string) => Promise<ReviewItem>;
  /** POSTs as `cookie` (the admin by default) and answers the raw response. */
  post: (path: string, body: unknown, cookie?: string) => Promise<Response>;
  act: (id: string, body: Record<string, unknown>, cookie?: string) => Promise<Response>;
  decide: (id: string, flag: string, body: Record<string, unknown>, cookie?: string) => Promise<Response>;
  /** The revision and review version an action must name, read fresh. */
  seen: (id: string) => Promise<{ revision: number; version: number }>;
  audit: () => { action: string; target: string; after: string | null; actor: string }[];
};

export async function reviewApp(): Promise<Review> {
  const t = await testApp({ demo: true });
  const admin = await t.signIn('admin', demoPassword('admin'));
  const device = await registerDevice(t, 'dtv01');
  const get = async (path: string) => {
    const response = await t.request(path, { headers: { cookie: admin } });
    if (response.status !== 200) throw new Error(`${path}: ${response.status} ${await response.text()}`);
    return response.json() as Promise<unknown>;
  };
  const post = (path: string, body: unknown, cookie = admin) => t.post(`${BASE}${path}`, body, { cookie });
  const item = async (id: string) => (await detail(id)).interview;
  const detail = async (id: string) => ReviewDetailSchema.parse(await get(`${BASE}/interviews/${id}`));
  return {
    t, admin, device, post, item, detail,
    send: async (interviews) => {
      const answer = await device.send(interviews);
      const refused = answer.receipts.filter((r) => r.outcome !== 'accepted' && r.outcome !== 'updated' && r.outcome !== 'duplicate');
      if (refused.length > 0) throw new Error(`not stored: ${JSON.stringify(refused)}`);
    },
    list: async (query = {}) => ReviewListResponseSchema.parse(await get(`${BASE}/interviews?${new URLSearchParams(query).toString()}`)),
    act: (id, body, cookie) => post(`/interviews/${id}/action`, body, cookie),
    decide: (id, flag, body, cookie) => post(`/interviews/${id}/flags/${flag}`, body, cookie),
    seen: async (id) => {
      const { revision, version } = await item(id);
      return { revision, version };
    },
    audit: () => t.db.prepare('SELECT action, target, after, actor FROM audit_log ORDER BY seq').all() as ReturnType<Review['audit']>,
  };
}

/** The item an action answered. */
export async function answered(response: Response): Promise<ReviewItem> {
  if (response.status !== 200) throw new Error(`${response.status} ${await response.text()}`);
  return ReviewItemResponseSchema.parse(await response.json()).interview;
}

/** The problem code of a refusal, with its status. */
export async function refusal(response: Response): Promise<{ status: number; code: string }> {
  const body = (await response.json()) as { problem?: { code?: string } };
  return { status: response.status, code: body.problem?.code ?? '(none)' };
}

/** A unit's figures on the admin's dashboard. */
export async function unitCounts(r: Review, unitNo: string): Promise<{ received: number; approved: number; flagged: number }> {
  const response = await r.t.request(`/api/quota/${SURVEY}`, { headers: { cookie: r.admin } });
  const dashboard = (await response.json()) as { units: { no: string; counts: { received: number; approved: number; flagged: number } }[] };
  return dashboard.units.find((u) => u.no === unitNo)!.counts;
}
