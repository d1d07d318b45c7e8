// Hand-over files for server tests, sealed by the phone's own code (client/src/handover/seal.ts runs on Node's
// WebCrypto): a device registered with an ECDSA key, and a file of its interviews for a given server key.
import type { Interview } from '#shared/interview/schema.ts';
import type { HandoverFile, ServerHandoverKey } from '#shared/handover/format.ts';
import { sealHandover, type Signer } from '#client/handover/seal.ts';

type Poster = { post: (path: string, body: unknown, headers?: Record<string, string>) => Promise<Response> };

export type KeyedDevice = Signer & { token: string; publicKeyJwk: string };

/** Registers a new device of the signed-in account with a fresh ECDSA P-256 key, as the app does. */
export async function registerKeyedDevice(t: Poster, cookie: string): Promise<KeyedDevice> {
  const keyPair = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign', 'verify']);
  const jwk = await crypto.subtle.exportKey('jwk', keyPair.publicKey);
  const publicKeyJwk = JSON.stringify({ kty: jwk.kty, crv: jwk.crv, x: jwk.x, y: jwk.y });
  const deviceId = crypto.randomUUID();
  const response = await t.post('/api/devices', { deviceId, label: 'handover', publicKey: publicKeyJwk }, { cookie });
  if (response.status !== 201) throw new Error(`device registration failed: ${response.status} ${await response.text()}`);
  const { token } = (await response.json()) as { token: string };
  return { deviceId, privateKey: keyPair.privateKey, token, publicKeyJwk };
}

/** The file a device writes for these interviews (re-owned by the device, as its app would have made them). */
export async function handoverFileOf(
  device: Signer, interviews: readonly Interview[], server: ServerHandoverKey, createdAt = '2026-05-29T10:00:00.000Z',
): Promise<HandoverFile> {
  const batch = {
    protocol: 1 as const, batchId: crypto.randomUUID(), deviceId: device.deviceId, sentAt: createdAt,
    interviews: interviews.map((interview) => ({ ...interview, deviceId: device.deviceId })),
  };
  return sealHandover(batch, device, server, createdAt);
}
