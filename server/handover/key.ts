// The server's hand-over key pair (ECDH P-256): devices encrypt hand-over files to its public half, which the
// offline kit brings down; only this server's private half opens them. Kept as a PKCS#8 PEM file beside the audit
// key (outside the data folder), made on first start, mode 0600. A lost key makes files not yet imported unreadable,
// so it is backed up with the audit key (README, decision 0016).
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { EcPublicJwk, ServerHandoverKey } from '#shared/handover/format.ts';
import { KeyFileError } from '../audit/key-file.ts';

export type HandoverKey = { privateKey: KeyObject; publicKey: ServerHandoverKey };

/** The key's id: the first 16 bytes of SHA-256 over its coordinates, base64url (what a file names it by). */
export function handoverKeyId(jwk: EcPublicJwk): string {
  return createHash('sha256').update(`${jwk.x}.${jwk.y}`).digest('base64url').slice(0, 22);
}

export function handoverKeyOf(privateKey: KeyObject): HandoverKey {
  const full = createPublicKey(privateKey).export({ format: 'jwk' });
  const jwk: EcPublicJwk = { kty: 'EC', crv: 'P-256', x: String(full.x), y: String(full.y) };
  return { privateKey, publicKey: { id: handoverKeyId(jwk), jwk } };
}

/** A key held in memory only (tests, benches). */
export function ephemeralHandoverKey(): HandoverKey {
  return handoverKeyOf(generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey);
}

/** Reads the key file, or makes it when there is none (flag 'wx': never overwrites one). */
export function openHandoverKey(file: string): HandoverKey & { created: boolean } {
  let pem: string;
  try {
    pem = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
    writeFileSync(file, privateKey.export({ format: 'pem', type: 'pkcs8' }), { flag: 'wx', mode: 0o600 });
    chmodSync(file, 0o600);
    return { ...handoverKeyOf(privateKey), created: true };
  }
  let key: KeyObject;
  try {
    key = createPrivateKey(pem);
  } catch {
    throw new KeyFileError('handover.key.malformed', { file });
  }
  if (key.asymmetricKeyType !== 'ec' || key.asymmetricKeyDetails?.namedCurve !== 'prime256v1') {
    throw new KeyFileError('handover.key.malformed', { file });
  }
  return { ...handoverKeyOf(key), created: false };
}
