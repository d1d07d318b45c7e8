// The key files of the audit log and of encrypted backups: 32 random bytes written as 64 hexadecimal characters on
// one line, mode 0600, in a folder of mode 0700. Plain text so an office can copy one onto paper or a password safe.
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export const KEY_BYTES = 32;
const KEY_TEXT = /^[0-9a-f]{64}$/;

/** A key that cannot be used, worded by the caller: `code` is a dictionary key, `params` its values. */
export class KeyFileError extends Error {
  constructor(readonly code: string, readonly params: Record<string, string>) {
    super(`${code} ${JSON.stringify(params)}`);
    this.name = 'KeyFileError';
  }
}

/** A key that must exist (the backup key named in the environment or on the command line). */
export function requireKeyFile(file: string): Buffer {
  const read = readKeyFile(file);
  if (read.ok) return read.key;
  throw new KeyFileError(read.reason === 'missing' ? 'backup.key.missing' : 'backup.key.malformed', { file });
}

export type KeyRead = { ok: true; key: Buffer } | { ok: false; reason: 'missing' | 'malformed' };

export function readKeyFile(file: string): KeyRead {
  let text: string;
  try {
    text = readFileSync(file, 'utf8').trim().toLowerCase();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { ok: false, reason: 'missing' };
    throw error;
  }
  return KEY_TEXT.test(text) ? { ok: true, key: Buffer.from(text, 'hex') } : { ok: false, reason: 'malformed' };
}

/** Makes a new key file; never overwrites one (flag 'wx' fails when the file exists). */
export function createKeyFile(file: string): Buffer {
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  const key = randomBytes(KEY_BYTES);
  writeFileSync(file, `${key.toString('hex')}\n`, { flag: 'wx', mode: 0o600 });
  chmodSync(file, 0o600);
  return key;
}
