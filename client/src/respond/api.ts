// The page's two calls: open the link, and send the answers until the server's receipt comes back. A network
// failure, a 5xx or a 429 is tried again with growing pauses (and at once when the browser says it is back
// online); a coded refusal (4xx) is final and shown in words.
import type { RespondentForm, RespondentReceipt, RespondentSubmission } from '#shared/online/schema.ts';

export type Refusal = { code: string; params: Record<string, string | number> };
export type Outcome<T> = { ok: true; value: T } | { ok: false; refusal?: Refusal };

async function call<T>(path: string, init?: RequestInit): Promise<Outcome<T>> {
  let response: Response;
  try {
    response = await fetch(path, { ...init, credentials: 'omit', cache: 'no-store' });
  } catch {
    return { ok: false };
  }
  const type = response.headers.get('content-type') ?? '';
  // A captive portal's page is no answer of ours: the same as no network.
  if (!type.includes('application/json')) return { ok: false };
  const body = (await response.json().catch(() => undefined)) as (T & { problem?: Refusal }) | undefined;
  if (response.ok && body) return { ok: true, value: body };
  if (response.status >= 400 && response.status < 500 && response.status !== 429 && body?.problem) {
    return { ok: false, refusal: { code: body.problem.code, params: body.problem.params ?? {} } };
  }
  return { ok: false };
}

/** `ticket`: the one kept from the first opening, so a form started in the window may be sent in its grace period. */
export function openLink(token: string, ticket?: string): Promise<Outcome<RespondentForm>> {
  const query = ticket ? `?ticket=${encodeURIComponent(ticket)}` : '';
  return call<RespondentForm>(`/api/respond/${encodeURIComponent(token)}${query}`);
}

/** Sends until a receipt or a refusal; `onWait` is told each time a try failed for want of a network. */
export async function sendUntilReceipt(
  token: string, body: RespondentSubmission, onWait: () => void,
): Promise<{ receipt: RespondentReceipt } | { refusal: Refusal }> {
  let pause = 1000;
  for (;;) {
    const outcome = await call<RespondentReceipt>(`/api/respond/${encodeURIComponent(token)}/submissions`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body),
    });
    if (outcome.ok) return { receipt: outcome.value };
    if (outcome.refusal) return { refusal: outcome.refusal };
    onWait();
    await new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        removeEventListener('online', done);
        resolve();
      };
      const timer = setTimeout(done, pause);
      addEventListener('online', done);
    });
    pause = Math.min(pause * 2, 30_000);
  }
}
