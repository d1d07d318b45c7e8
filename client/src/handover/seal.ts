// Seals a batch into a hand-over file with WebCrypto alone (no dependency: this is precached phone code): an
// ephemeral ECDH P-256 key agreed with the server's key, HKDF-SHA-256 to an AES-256-GCM key bound to the header,
// an ECDSA signature by the device's registered key, and a SHA-256 checksum (docs/sync-protocol.md §9).
import {
  HANDOVER_FORMAT, HANDOVER_HKDF_INFO, HANDOVER_VERSION, handoverChecksumText, handoverHeaderText, handoverSignedText,
  type EcPublicJwk, type HandoverFile, type ServerHandoverKey,
} from '#shared/handover/format.ts';
import type { BatchV1 } from '#shared/sync/messages.ts';

const text = new TextEncoder();

function base64url(bytes: ArrayBuffer | Uint8Array): string {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  let binary = '';
  // In slices: String.fromCharCode with a whole batch's bytes as arguments would overflow the stack.
  for (let i = 0; i < view.length; i += 0x8000) binary += String.fromCharCode(...view.subarray(i, i + 0x8000));
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

function hex(bytes: ArrayBuffer): string {
  return Array.from(new Uint8Array(bytes), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

async function aesKeyFor(server: EcPublicJwk, ephemeral: CryptoKeyPair): Promise<CryptoKey> {
  const serverKey = await crypto.subtle.importKey('jwk', server, { name: 'ECDH', namedCurve: 'P-256' }, false, []);
  const secret = await crypto.subtle.deriveBits({ name: 'ECDH', public: serverKey }, ephemeral.privateKey, 256);
  const hkdf = await crypto.subtle.importKey('raw', secret, 'HKDF', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(0), info: text.encode(HANDOVER_HKDF_INFO) },
    hkdf, { name: 'AES-GCM', length: 256 }, false, ['encrypt'],
  );
}

export type Signer = { deviceId: string; privateKey: CryptoKey };

export async function sealHandover(batch: BatchV1, signer: Signer, server: ServerHandoverKey, createdAt: string): Promise<HandoverFile> {
  const ephemeral = await crypto.subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, false, ['deriveBits']);
  const exported = await crypto.subtle.exportKey('jwk', ephemeral.publicKey);
  const ephemeralKey: EcPublicJwk = { kty: 'EC', crv: 'P-256', x: exported.x ?? '', y: exported.y ?? '' };
  const header = { deviceId: signer.deviceId, createdAt, count: batch.interviews.length, serverKey: server.id };
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const sealed = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: text.encode(handoverHeaderText(header)) },
    await aesKeyFor(server.jwk, ephemeral), text.encode(JSON.stringify(batch)),
  );
  const body = { ...header, ephemeralKey, iv: base64url(iv), ciphertext: base64url(sealed) };
  const signature = base64url(await crypto.subtle.sign(
    { name: 'ECDSA', hash: 'SHA-256' }, signer.privateKey, text.encode(handoverSignedText(body)),
  ));
  const checksum = hex(await crypto.subtle.digest('SHA-256', text.encode(handoverChecksumText({ ...body, signature }))));
  return { format: HANDOVER_FORMAT, version: HANDOVER_VERSION, ...body, signature, checksum };
}
