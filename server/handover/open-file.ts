// Opens a hand-over file, checking in the order that tells the admin the most useful reason: readable and whole,
// checksum, sealed for this server, signed by a device this server knows with that device's key, decryptable, and
// holding a batch of that device. Every failure is a coded problem; nothing here touches the database but to read.
import { createDecipheriv, createHash, createPublicKey, diffieHellman, hkdfSync, timingSafeEqual, verify } from 'node:crypto';
import type { Device } from '#shared/accounts/schema.ts';
import {
  HANDOVER_HKDF_INFO, handoverChecksumText, handoverHeaderText, handoverSignedText, type HandoverFile,
} from '#shared/handover/format.ts';
import { HandoverFileSchema } from '#shared/handover/schema.ts';
import { problem } from '#shared/problems.ts';
import { BatchV1Schema, type BatchV1 } from '#shared/sync/messages.ts';
import type { Db } from '../db/open.ts';
import { findDeviceById } from '../repo/devices.ts';
import type { HandoverKey } from './key.ts';

export type OpenedHandover = { file: HandoverFile; device: Device; batch: BatchV1 };

const TAG_BYTES = 16;

function readFile(text: string): HandoverFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    // A file cut short in transport (a USB stick pulled out, a chat app's size limit) ends here.
    throw problem('handover.unreadable');
  }
  const parsed = HandoverFileSchema.safeParse(json);
  if (!parsed.success) throw problem('handover.unreadable');
  return parsed.data;
}

function checksumMatches(file: HandoverFile): boolean {
  const actual = createHash('sha256').update(handoverChecksumText(file)).digest();
  return timingSafeEqual(actual, Buffer.from(file.checksum, 'hex'));
}

function signedBy(file: HandoverFile, publicKeyJwk: string): boolean {
  try {
    const key = createPublicKey({ key: JSON.parse(publicKeyJwk) as Record<string, string>, format: 'jwk' });
    return verify('sha256', Buffer.from(handoverSignedText(file)), { key, dsaEncoding: 'ieee-p1363' }, Buffer.from(file.signature, 'base64url'));
  } catch {
    return false;
  }
}

function decrypt(file: HandoverFile, key: HandoverKey): string {
  try {
    const ephemeral = createPublicKey({ key: file.ephemeralKey, format: 'jwk' });
    const secret = diffieHellman({ privateKey: key.privateKey, publicKey: ephemeral });
    const aesKey = Buffer.from(hkdfSync('sha256', secret, Buffer.alloc(0), HANDOVER_HKDF_INFO, 32));
    const sealed = Buffer.from(file.ciphertext, 'base64url');
    const decipher = createDecipheriv('aes-256-gcm', aesKey, Buffer.from(file.iv, 'base64url'));
    decipher.setAAD(Buffer.from(handoverHeaderText(file)));
    decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
    return Buffer.concat([decipher.update(sealed.subarray(0, sealed.length - TAG_BYTES)), decipher.final()]).toString('utf8');
  } catch {
    throw problem('handover.cannotDecrypt');
  }
}

function readBatch(plain: string, file: HandoverFile): BatchV1 {
  let json: unknown;
  try {
    json = JSON.parse(plain);
  } catch {
    throw problem('handover.unreadable');
  }
  const parsed = BatchV1Schema.safeParse(json);
  // Signed and sealed by the device, yet not its batch of `count` interviews: a broken app, never imported.
  if (!parsed.success || parsed.data.deviceId !== file.deviceId || parsed.data.interviews.length !== file.count) {
    throw problem('handover.unreadable');
  }
  return parsed.data;
}

export function openHandoverFile(db: Db, key: HandoverKey, text: string): OpenedHandover {
  const file = readFile(text);
  if (!checksumMatches(file)) throw problem('handover.checksum');
  if (file.serverKey !== key.publicKey.id) throw problem('handover.otherServer');
  const device = findDeviceById(db, file.deviceId);
  if (!device) throw problem('handover.unknownDevice', { device: file.deviceId.slice(0, 8) });
  if (!device.publicKey) throw problem('handover.noDeviceKey', { device: file.deviceId.slice(0, 8) });
  if (!signedBy(file, device.publicKey)) throw problem('handover.badSignature', { device: file.deviceId.slice(0, 8) });
  return { file, device, batch: readBatch(decrypt(file, key), file) };
}
