// The one way the client talks to the server: JSON in and out. The body is typed by the caller from the shared
// zod schema's type but not parsed with it: the server is the one validation boundary, and its tests hold every
// response to its schema (decision 0010). What is checked here is what tells our server from anything else: a
// JSON content type and, for a failure, a coded problem. A failure comes back as an ApiError carrying a
// dictionary key, never a sentence: `problem.<code>` when the server answered with a coded problem,
// `app.error.network` when it could not be reached or understood.
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

type RequestOptions = {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  json?: unknown;
  /** A device's bearer token (sync, device state); without it the session cookie speaks. */
  token?: string;
};

/** Sends a request and returns the JSON body as `T` (the shared schema's type of this endpoint's answer). */
export async function request<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const response = await send(path, options);
  const body = await readJson(response);
  if (!response.ok) throw failure(response, body);
  if (typeof body !== 'object' || body === null) throw new ApiError('network', 'unreadable', response.status);
  return body as T;
}

/** Sends a request that answers with no body (204). */
export async function requestNoContent(path: string, options: RequestOptions = {}): Promise<void> {
  const response = await send(path, options);
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

async function send(path: string, options: RequestOptions): Promise<Response> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (options.token !== undefined) headers.Authorization = `Bearer ${options.token}`;
  const init: RequestInit = { method: options.method ?? 'GET', headers, credentials: 'same-origin' };
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
