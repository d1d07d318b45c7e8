// The hand-over file (docs/sync-protocol.md §9): a device with no network writes its finished interviews to one
// file, encrypted to the server's public key and signed by the device's key. Pure text rules, no zod and no crypto,
// so the phone imports them at no cost and the server checks exactly what the device wrote.

export const HANDOVER_FORMAT = 'phieu-handover';
export const HANDOVER_VERSION = 1;
/** HKDF's `info`: a key derived for this file format is useless for anything else. */
export const HANDOVER_HKDF_INFO = 'phieu-handover/1 aes-256-gcm';

/** The public half of an ECDH P-256 key as a JWK carries it (base64url coordinates). */
export type EcPublicJwk = { kty: 'EC'; crv: 'P-256'; x: string; y: string };

/** The server's encryption key as the offline kit brings it down; `id` names it in every file sealed to it. */
export type ServerHandoverKey = { id: string; jwk: EcPublicJwk };

export type HandoverFile = {
  format: typeof HANDOVER_FORMAT;
  version: typeof HANDOVER_VERSION;
  deviceId: string;
  /** The device's clock when the file was written (ISO). */
  createdAt: string;
  /** How many interviews it holds (readable without the server's key, so the admin can tell files apart). */
  count: number;
  /** The id of the server key it is encrypted to: another server's file is refused before any decryption. */
  serverKey: string;
  /** The ephemeral ECDH public key of this file alone. */
  ephemeralKey: EcPublicJwk;
  /** AES-GCM's 12-byte nonce and the ciphertext with its 16-byte tag, base64url. */
  iv: string;
  ciphertext: string;
  /** ECDSA P-256 / SHA-256 over `handoverSignedText`, raw r‖s (64 bytes), base64url. */
  signature: string;
  /** SHA-256 of `handoverSignedText` + "\n" + signature, lowercase hex: tells damage in transport from forgery. */
  checksum: string;
};

/** The header every byte of the ciphertext is bound to (AES-GCM's additional data): a header edited after sealing
 * makes decryption fail, even were the signature and checksum made again. */
export function handoverHeaderText(file: Pick<HandoverFile, 'deviceId' | 'createdAt' | 'count' | 'serverKey'>): string {
  return [`${HANDOVER_FORMAT}/${HANDOVER_VERSION}`, file.deviceId, file.createdAt, String(file.count), file.serverKey].join('\n');
}

/** What the device signs: the header, the ephemeral key, the nonce and the ciphertext, one per line. */
export function handoverSignedText(file: Omit<HandoverFile, 'signature' | 'checksum' | 'format' | 'version'>): string {
  return [handoverHeaderText(file), file.ephemeralKey.x, file.ephemeralKey.y, file.iv, file.ciphertext].join('\n');
}

/** What the checksum covers: everything signed, and the signature. */
export function handoverChecksumText(file: Omit<HandoverFile, 'checksum' | 'format' | 'version'>): string {
  return `${handoverSignedText(file)}\n${file.signature}`;
}

/** `phieu-YYYY-MM-DD-HHmm-<first 8 of the device id>.phieu`: sorts by date, and tells two devices' files apart. */
export function handoverFileName(deviceId: string, createdAt: string): string {
  const stamp = createdAt.slice(0, 16).replace('T', '-').replace(':', '');
  return `phieu-${stamp}-${deviceId.slice(0, 8)}.phieu`;
}
