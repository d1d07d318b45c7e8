// The one way the client talks to the server: JSON in and out. A call names its route of the API registry
// (`request('GET /api/quota/:survey', { params })`), which types its parameters, body and answer; the answer is not
// parsed with the schema: the server is the one validation boundary, and the contract test holds every response to
// its schema (decision 0010). The registry is imported as types only: no zod on the phone. What is checked here is what tells our server from anything else: a
// JSON content type and, for a failure, a coded problem. A failure comes back as an ApiError carrying a
// dictionary key, never a sentence: `problem.<code>` when the server answered with a coded problem,
// `app.error.network` when it could not be reached or understood.
import { fillRoute, type CallParts, type EmptyRoute, type JsonRoute, type ResponseOf, type Route } from '#shared/api/calls.ts';
import { problemMessageKey } from '#shared/problems.ts';
import type { ProblemBody } from '#shared/api/problem.ts';
import type { Message, MessageParams } from '#shared/i18n/message.ts';
import type { MessageKey } from '#shared/i18n/translate.ts';

const TIMEOUT_MS = 20_000;

/** Why a request failed: the server refused it (`problem`), or no usable answer came back (`network`). */
export type ApiErrorKind = 'network' | 'problem';
/** For a `network` error, what went wrong: no connection, no answer in time, or an answer that is not ours. */
export type NetworkReason = 'unreachable' | 'timeout' | 'unreadable';

export class ApiError extends Error {
  constructor(
    readonly kind: ApiErrorKind,
    /** The problem code (`auth.badCredentials`) or the network reason. */
    readonly code: string,
    readonly status: number | null,
    readonly params: MessageParams = {},
  ) {
    super(`${kind}: ${code}${status === null ? '' : ` (${status})`}`);
    this.name = 'ApiError';
  }

  /** The dictionary key of the message to show for this error. */
  get messageCode(): string {
    return this.kind === 'problem' ? problemMessageKey(this.code) : ('app.error.network' satisfies MessageKey);
  }
}

export function isProblem(error: unknown, code?: string): error is ApiError {
  return error instanceof ApiError && error.kind === 'problem' && (code === undefined || error.code === code);
}

/** The message to show for any failure: an ApiError's own, or a generic one for anything else (a bug). */
export function messageOf(error: unknown): Message {
  if (error instanceof ApiError) return { code: error.messageCode, params: error.params };
  return { code: 'app.error.unexpected' satisfies MessageKey };
}

/** A route's parts (path parameters, query, body) and, for sync and the offline kit, a device's bearer token. */
export type CallOptions<K extends Route> = CallParts<K> & {
  /** A device's bearer token (sync, device state); without it the session cookie speaks. */
  token?: string;
};
/** The options argument, optional when the route needs none. */
type Args<K extends Route> = object extends CallOptions<K> ? [options?: CallOptions<K>] : [options: CallOptions<K>];
type LooseOptions = { params?: Record<string, string>; query?: Record<string, string | undefined>; json?: unknown; token?: string };

/** Calls a route that answers JSON and returns its body as the registry's response type. */
export async function request<K extends JsonRoute>(route: K, ...args: Args<K>): Promise<ResponseOf<K>> {
  const response = await send(route, (args[0] ?? {}) as LooseOptions);
  const body = await readJson(response);
  if (!response.ok) throw failure(response, body);
  if (typeof body !== 'object' || body === null) throw new ApiError('network', 'unreadable', response.status);
  return body as ResponseOf<K>;
}

/** Calls a route that answers with no body (204). */
export async function requestNoContent<K extends EmptyRoute>(route: K, ...args: Args<K>): Promise<void> {
  const response = await send(route, (args[0] ?? {}) as LooseOptions);
  if (!response.ok) throw failure(response, await readJson(response));
}

function failure(response: Response, body: unknown): ApiError {
  const problem = problemOf(body);
  // A proxy's or portal's own error page is not the server speaking: treat it as a network failure.
  if (!problem) return new ApiError('network', 'unreadable', response.status);
  return new ApiError('problem', problem.code, response.status, problem.params);
}

/** The code and parameters of a coded problem (`ProblemBody`), or null when the body is not one. */
function problemOf(body: unknown): { code: string; params?: MessageParams } | null {
  const problem = (body as Partial<ProblemBody> | undefined)?.problem;
  if (typeof problem !== 'object' || problem === null || typeof problem.code !== 'string') return null;
  const params = typeof problem.params === 'object' && problem.params !== null ? problem.params : undefined;
  return { code: problem.code, ...(params ? { params } : {}) };
}

async function send(route: Route, options: LooseOptions): Promise<Response> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (options.token !== undefined) headers.Authorization = `Bearer ${options.token}`;
  const init: RequestInit = { method: route.slice(0, route.indexOf(' ')), headers, credentials: 'same-origin' };
  const path = fillRoute(route, options);
  if (options.json !== undefined) {
    headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(options.json);
  }
  try {
    return await fetch(path, { ...init, signal: AbortSignal.timeout(TIMEOUT_MS) });
  } catch (error) {
    const timedOut = error instanceof DOMException && error.name === 'TimeoutError';
    throw new ApiError('network', timedOut ? 'timeout' : 'unreachable', null);
  }
}

/** The body as JSON, `undefined` when empty, or a network error when it is not JSON (a captive portal's HTML). */
async function readJson(response: Response): Promise<unknown> {
  let text: string;
  try {
    text = await response.text();
  } catch {
    throw new ApiError('network', 'unreachable', response.status);
  }
  if (text === '') return undefined;
  const type = response.headers.get('Content-Type') ?? '';
  if (!/^application\/(problem\+)?json\b/i.test(type)) throw new ApiError('network', 'unreadable', response.status);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new ApiError('network', 'unreadable', response.status);
  }
}
