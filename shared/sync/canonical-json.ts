// Canonical JSON: keys sorted at every depth (by UTF-16 code units), no spaces, arrays kept in order. Two records
// with the same content give the same string whatever order their keys were written in: the input of the sync
// content hash. Written as plain loops: it runs on every uploaded interview.

const absent = (value: unknown) => value === undefined || typeof value === 'function' || typeof value === 'symbol';

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
    if (!first) out += ',';
    first = false;
    out += `${JSON.stringify(key)}:${canonicalJson(item)}`;
  }
  return `${out}}`;
}
