// Routes an upload to the handler of its protocol version. Each version keeps its own schema and handler, so a
// version 2 is added beside version 1 while old apps in the field are still served (docs/sync-protocol.md §8).
import { problem } from '#shared/problems.ts';
import { BatchV1Schema, type BatchResponseV1, MAX_INTERVIEWS_PER_BATCH, ProtocolEnvelopeSchema, SYNC_PROTOCOLS, type SyncProtocol } from '#shared/sync/messages.ts';
import type { Deps } from '../deps.ts';
import { ingestBatchV1, type DeviceCaller } from './ingest-v1.ts';

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

/** An interview nests about five levels deep; far deeper is hostile and would exhaust recursive code (hashing). */
const MAX_DEPTH = 32;

// Recursion stops at `max` levels whatever the input, so it cannot overflow the stack; it allocates nothing,
// which matters because it visits every value of every batch.
function nestsDeeperThan(value: unknown, max: number): boolean {
  if (value === null || typeof value !== 'object') return false;
  if (max <= 0) return true;
  if (Array.isArray(value)) {
    for (const item of value) if (nestsDeeperThan(item, max - 1)) return true;
    return false;
  }
  const record = value as Record<string, unknown>;
  for (const key in record) if (Object.hasOwn(record, key) && nestsDeeperThan(record[key], max - 1)) return true;
  return false;
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
  if (nestsDeeperThan(body, MAX_DEPTH)) throw problem('request.invalid', { path: '(body)', issue: 'too_deep' });
  const envelope = ProtocolEnvelopeSchema.safeParse(body);
  if (!envelope.success) invalid(envelope.error.issues);
  const { protocol } = envelope.data;
  const handler = (SYNC_PROTOCOLS as readonly number[]).includes(protocol) ? HANDLERS[protocol as SyncProtocol] : undefined;
  if (!handler) throw problem('sync.protocolUnsupported', { protocol, supported: SYNC_PROTOCOLS.join(', ') });
  checkEnvelope(caller, envelope.data);
  return handler(deps, caller, envelope.data);
}
