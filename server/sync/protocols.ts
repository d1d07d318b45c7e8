// Routes an upload to the handler of its protocol version. Each version keeps its own schema and handler, so a
// version 2 is added beside version 1 while old apps in the field are still served (docs/sync-protocol.md §8).
import { problem } from '#shared/problems.ts';
import {
  BatchV1Schema, type BatchResponseV1, MAX_INTERVIEWS_PER_BATCH, MAX_NESTING_DEPTH, ProtocolEnvelopeSchema, SYNC_PROTOCOLS, type SyncProtocol,
} from '#shared/sync/messages.ts';
import type { Deps } from '../deps.ts';
import { ingestBatchV1, type DeviceCaller } from './ingest-v1.ts';
import { nestsDeeperThan } from './nesting.ts';

/** The answer of every protocol served (a union once there are two). */
export type SyncResponse = BatchResponseV1;

type Handler = (deps: Deps, caller: DeviceCaller, body: Record<string, unknown>) => Promise<SyncResponse>;

/** Checks that hold for every version: the batch is this caller's device and not oversized. */
function checkEnvelope(caller: DeviceCaller, body: Record<string, unknown>): void {
  if (Array.isArray(body.interviews) && body.interviews.length > MAX_INTERVIEWS_PER_BATCH) {
    throw problem('sync.tooManyInterviews', { count: body.interviews.length, max: MAX_INTERVIEWS_PER_BATCH });
  }
  if (typeof body.deviceId === 'string' && body.deviceId !== caller.deviceId) throw problem('sync.deviceMismatch');
}

/**
 * The path of the first part of the batch outside its interviews that nests past the limit, counted from the body,
 * or null. Each interview object is left to parseInterview, which rejects an over-deep one on its own receipt.
 */
function envelopeTooDeep(body: unknown): string | null {
  if (body === null || typeof body !== 'object') return null;
  if (Array.isArray(body)) return nestsDeeperThan(body, MAX_NESTING_DEPTH) ? '(body)' : null;
  for (const [key, value] of Object.entries(body)) {
    if (key === 'interviews' && Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const item: unknown = value[i];
        const isObject = item !== null && typeof item === 'object' && !Array.isArray(item);
        if (!isObject && nestsDeeperThan(item, MAX_NESTING_DEPTH - 2)) return `interviews.${i}`;
      }
    } else if (nestsDeeperThan(value, MAX_NESTING_DEPTH - 1)) return key;
  }
  return null;
}

function invalid(issues: readonly { path: PropertyKey[]; code: string }[]): never {
  const first = issues[0];
  throw problem('request.invalid', { path: first?.path.join('.') || '(body)', issue: first?.code ?? 'invalid' });
}

const HANDLERS: Record<SyncProtocol, Handler> = {
  1: (deps, caller, body) => {
    const parsed = BatchV1Schema.safeParse(body);
    if (!parsed.success) invalid(parsed.error.issues);
    return ingestBatchV1(deps, caller, parsed.data);
  },
};

export async function handleBatch(deps: Deps, caller: DeviceCaller, body: unknown): Promise<SyncResponse> {
  const tooDeep = envelopeTooDeep(body);
  if (tooDeep !== null) throw problem('request.invalid', { path: tooDeep, issue: 'too_deep' });
  const envelope = ProtocolEnvelopeSchema.safeParse(body);
  if (!envelope.success) invalid(envelope.error.issues);
  const { protocol } = envelope.data;
  const handler = (SYNC_PROTOCOLS as readonly number[]).includes(protocol) ? HANDLERS[protocol as SyncProtocol] : undefined;
  if (!handler) throw problem('sync.protocolUnsupported', { protocol, supported: SYNC_PROTOCOLS.join(', ') });
  checkEnvelope(caller, envelope.data);
  return handler(deps, caller, envelope.data);
}
