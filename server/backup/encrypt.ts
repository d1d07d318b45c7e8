// Encrypted backups (decision 0011): AES-256-GCM over the whole SQLite file, streamed, authenticated. The file:
//   "PHIEUBAK" (8 bytes) · version 1 (1 byte) · algorithm 1 = AES-256-GCM (1 byte) · key id (8 bytes: the start of
//   SHA-256 of the key, so a wrong key is told apart from an edited file) · nonce (12 bytes) · manifest length
//   (4 bytes, big-endian) · manifest (UTF-8 JSON: when taken, the audit log's count and last hash) · ciphertext ·
//   GCM tag (16 bytes).
// Everything before the ciphertext is authenticated too (GCM's additional data): an edited manifest is refused.
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { closeSync, createReadStream, createWriteStream, openSync, readSync, statSync, writeFileSync } from 'node:fs';
import { appendFile } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { BackupError } from './backup-error.ts';

export const MAGIC = Buffer.from('PHIEUBAK', 'latin1');
const VERSION = 1;
const AES_256_GCM = 1;
const NONCE_BYTES = 12;
const TAG_BYTES = 16;
const FIXED_BYTES = MAGIC.length + 1 + 1 + 8 + NONCE_BYTES + 4;

export type BackupManifest = { takenAt: string; audit: { count: number; lastHash: string } | null };

function keyId(key: Buffer): Buffer {
  return createHash('sha256').update('phieu-backup-key-id\n').update(key).digest().subarray(0, 8);
}

/** Whether a file starts with the encrypted backup's magic. */
export function isEncryptedBackup(file: string): boolean {
  const fd = openSync(file, 'r');
  try {
    const head = Buffer.alloc(MAGIC.length);
    return readSync(fd, head, 0, head.length, 0) === head.length && head.equals(MAGIC);
  } finally {
    closeSync(fd);
  }
}

export async function encryptFile(source: string, target: string, key: Buffer, manifest: BackupManifest): Promise<void> {
  const nonce = randomBytes(NONCE_BYTES);
  const manifestBytes = Buffer.from(JSON.stringify(manifest), 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32BE(manifestBytes.length);
  const header = Buffer.concat([MAGIC, Buffer.from([VERSION, AES_256_GCM]), keyId(key), nonce, length, manifestBytes]);
  const cipher = createCipheriv('aes-256-gcm', key, nonce);
  cipher.setAAD(header);
  writeFileSync(target, header, { mode: 0o600 });
  await pipeline(createReadStream(source), cipher, createWriteStream(target, { flags: 'a', mode: 0o600 }));
  await appendFile(target, cipher.getAuthTag());
}

type Header = { bytes: Buffer; keyId: Buffer; nonce: Buffer; manifest: BackupManifest };

/** Reads and checks the header (no key needed: the manifest says what the backup holds; GCM vouches for it later). */
export function readEncryptedHeader(file: string): Header {
  const fd = openSync(file, 'r');
  try {
    const fixed = Buffer.alloc(FIXED_BYTES);
    if (readSync(fd, fixed, 0, FIXED_BYTES, 0) !== FIXED_BYTES || !fixed.subarray(0, MAGIC.length).equals(MAGIC)) {
      throw new BackupError('backup.notEncrypted', { file });
    }
    if (fixed[8] !== VERSION || fixed[9] !== AES_256_GCM) throw new BackupError('backup.unknownVersion', { file, version: String(fixed[8]) });
    const manifestLength = fixed.readUInt32BE(FIXED_BYTES - 4);
    if (manifestLength > 64 * 1024) throw new BackupError('backup.tampered', { file });
    const manifestBytes = Buffer.alloc(manifestLength);
    readSync(fd, manifestBytes, 0, manifestLength, FIXED_BYTES);
    let manifest: BackupManifest;
    try {
      manifest = JSON.parse(manifestBytes.toString('utf8')) as BackupManifest;
    } catch {
      throw new BackupError('backup.tampered', { file });
    }
    return { bytes: Buffer.concat([fixed, manifestBytes]), keyId: fixed.subarray(10, 18), nonce: fixed.subarray(18, 30), manifest };
  } finally {
    closeSync(fd);
  }
}

/**
 * Decrypts into `target` (mode 0600). The plaintext is only trusted once GCM's tag checks at the end: on a wrong
 * key or an edited byte anywhere the caller gets a BackupError and must delete `target`.
 */
export async function decryptFile(source: string, target: string, key: Buffer): Promise<BackupManifest> {
  const header = readEncryptedHeader(source);
  if (!header.keyId.equals(keyId(key))) throw new BackupError('backup.wrongKey', { file: source });
  const size = statSync(source).size;
  // A SQLite file is never empty: no ciphertext at all is a cut file.
  if (size <= header.bytes.length + TAG_BYTES) throw new BackupError('backup.tampered', { file: source });
  const tag = Buffer.alloc(TAG_BYTES);
  const fd = openSync(source, 'r');
  try {
    readSync(fd, tag, 0, TAG_BYTES, size - TAG_BYTES);
  } finally {
    closeSync(fd);
  }
  const decipher = createDecipheriv('aes-256-gcm', key, header.nonce);
  decipher.setAAD(header.bytes);
  decipher.setAuthTag(tag);
  const body = createReadStream(source, { start: header.bytes.length, end: size - TAG_BYTES - 1 });
  try {
    await pipeline(body, decipher, createWriteStream(target, { mode: 0o600 }));
  } catch {
    throw new BackupError('backup.tampered', { file: source });
  }
  return header.manifest;
}
