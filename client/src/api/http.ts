// The one way the client talks to the server: JSON in and out, every response parsed with its zod schema.
// A failure comes back as an ApiError carrying a dictionary key, never a sentence: `problem.<code>` when the
// server answered with a coded problem, `app.error.network` when it could not be reached or understood.
import type * as z from 'zod/mini';
import { ProblemBodySchema, problemMessageKey } from '#shared/problems.ts';
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

/** Sends a request and returns the parsed body; `schema: null` expects no body (204). */
export async function request<T>(path: string, schema: z.ZodMiniType<T>, options?: RequestOptions): Promise<T>;
export async function request(path: string, schema: null, options?: RequestOptions): Promise<void>;
export async function request<T>(path: string, schema: z.ZodMiniType<T> | null, options: RequestOptions = {}): Promise<T | void> {
  const response = await send(path, options);
  const body = await readJson(response);
  if (!response.ok) {
    const problem = ProblemBodySchema.safeParse(body);
    // A proxy's or portal's own error page is not the server speaking: treat it as a network failure.
    if (!problem.success) throw new ApiError('network', 'unreadable', response.status);
    throw new ApiError('problem', problem.data.problem.code, response.status, problem.data.problem.params);
  }
  if (schema === null) return;
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new ApiError('network', 'unreadable', response.status);
  return parsed.data;
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
