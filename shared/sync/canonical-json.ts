// Canonical JSON: keys sorted at every depth (by UTF-16 code units), no spaces, arrays kept in order. Two records
// with the same content give the same string whatever order their keys were written in: the input of the sync
// content hash. Written as plain loops: it runs on every uploaded interview.

const absent = (value: unknown) => value === undefined || typeof value === 'function' || typeof value === 'symbol';

// Interviews repeat the same few dozen keys: quoting each once saves a third of the time. Bounded, since keys
// of a rejected upload can be anything.
const quotedKeys = new Map<string, string>();
const MAX_QUOTED_KEYS = 4096;

function quoteKey(key: string): string {
  let quoted = quotedKeys.get(key);
  if (quoted === undefined) {
    quoted = JSON.stringify(key);
    if (quotedKeys.size < MAX_QUOTED_KEYS && key.length <= 64) quotedKeys.set(key, quoted);
  }
  return quoted;
}

export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return absent(value) ? 'null' : JSON.stringify(value);
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) {
      if (i > 0) out += ',';
      const item: unknown = value[i];
      out += absent(item) ? 'null' : canonicalJson(item); // as JSON.stringify writes holes
    }
    return `${out}]`;
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).sort();
  let out = '{';
  let first = true;
  for (const key of keys) {
    const item = record[key];
    if (absent(item)) continue; // dropped, as JSON.stringify drops them
    out += first ? quoteKey(key) : `,${quoteKey(key)}`;
    first = false;
    // Numbers are most answers: written as JSON.stringify writes them (NaN and ±Infinity as null).
    out += typeof item === 'number' ? (Number.isFinite(item) ? `:${item}` : ':null') : `:${canonicalJson(item)}`;
  }
  return `${out}}`;
}
