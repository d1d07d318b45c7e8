// Password hashing with scrypt from node:crypto: no native dependency beyond Node itself.
// Stored as `scrypt$N$r$p$salt$hash` (base64url) so the cost can be raised later without breaking old hashes.
// Hashes anyone can ask for (sign-in) go through a bounded pool, so a flood cannot take every core.
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { availableParallelism } from 'node:os';

const KEY_LENGTH = 32;
const DEFAULT_COST = { N: 2 ** 15, r: 8, p: 1 } as const;
export type ScryptCost = { N: number; r: number; p: number };

function derive(password: string, salt: Buffer, cost: ScryptCost): Promise<Buffer> {
  const options: ScryptOptions = { ...cost, maxmem: 256 * cost.N * cost.r };
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFC'), salt, KEY_LENGTH, options, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

/** `cost` is for tests that need many accounts quickly; the server always hashes at the default cost. */
export async function hashPassword(password: string, cost: ScryptCost = DEFAULT_COST): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, cost);
  const { N, r, p } = cost;
  return ['scrypt', N, r, p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, N, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64url');
  const actual = await derive(password, Buffer.from(salt, 'base64url'), { N: Number(N), r: Number(r), p: Number(p) });
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** A hash to check against when the username is unknown, so a wrong username costs the same time as a wrong password. */
let decoy: Promise<string> | undefined;
export function decoyHash(): Promise<string> {
  decoy ??= hashPassword(randomBytes(16).toString('hex'));
  return decoy;
}

/**
 * Runs at most `concurrency` hashes at once (cores − 1, at least one: a core stays free for health checks and
 * sync) with a short queue behind them. Beyond the queue `tryRun` answers null at once: the caller refuses the
 * request (503 with Retry-After) instead of holding it while the flood goes on.
 */
export type HashPool = {
  tryRun: <T>(task: () => Promise<T>) => Promise<T> | null;
  /** True when `tryRun` would refuse: a caller can refuse before doing any other work. */
  full: () => boolean;
  readonly concurrency: number;
  readonly queueLimit: number;
};

export function defaultHashConcurrency(): number {
  return Math.max(1, availableParallelism() - 1);
}

export function createHashPool(options: { concurrency?: number; queueLimit?: number } = {}): HashPool {
  const concurrency = Math.max(1, options.concurrency ?? defaultHashConcurrency());
  // Four waiting per slot, at least eight: a room of enumerators pressing "Sign in" together waits under a second.
  const queueLimit = Math.max(0, options.queueLimit ?? Math.max(8, concurrency * 4));
  let active = 0;
  const waiting: (() => void)[] = [];
  const release = () => {
    const next = waiting.shift();
    if (next) next();
    else active -= 1;
  };
  const start = <T>(task: () => Promise<T>): Promise<T> => {
    let result: Promise<T>;
    try {
      result = task();
    } catch (error) {
      result = Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
    return result.finally(release);
  };
  return {
    concurrency,
    queueLimit,
    full: () => active >= concurrency && waiting.length >= queueLimit,
    tryRun(task) {
      if (active < concurrency) {
        active += 1;
        return start(task);
      }
      if (waiting.length >= queueLimit) return null;
      // A released slot passes straight to the next in line (active stays the same).
      return new Promise<void>((resolve) => { waiting.push(resolve); }).then(() => start(task));
    },
  };
}
