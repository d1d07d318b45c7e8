// The sync content hash: SHA-256 (hex) of the canonical JSON of a value. Same content, same hash, whatever the
// key order a device wrote: the idempotency key of an interview revision.
import { hash } from 'node:crypto';
import { canonicalJson } from '#shared/sync/canonical-json.ts';

// The one-shot crypto.hash (Node ≥ 20.12) skips building a Hash object per interview; same digest.
export function sha256(text: string): string {
  return hash('sha256', text, 'hex');
}

/** The canonical text and its hash, so callers that store the text do not serialise twice. */
export function canonicalWithHash(value: unknown): { text: string; hash: string } {
  const text = canonicalJson(value);
  return { text, hash: sha256(text) };
}
