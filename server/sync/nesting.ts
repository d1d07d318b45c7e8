// How deeply an upload nests, measured before any recursive code (zod, canonical JSON, hashing) walks it: a hostile
// body nested a million levels deep must cost a bounded walk, never the stack. The limit is the protocol's
// (MAX_NESTING_DEPTH, docs/sync-protocol.md §2.3); an interview past it is rejected on its own receipt.

/** Marks where `cutAt` cut a value off. */
export const CUT_MARK = '…';

// Recursion stops at `max` levels whatever the input, so it cannot overflow the stack; it allocates nothing,
// which matters because it visits every value of every batch.
/** Whether objects and arrays nest more than `max` levels, the value itself counting as the first. */
export function nestsDeeperThan(value: unknown, max: number): boolean {
  if (value === null || typeof value !== 'object') return false;
  if (max <= 0) return true;
  if (Array.isArray(value)) {
    for (const item of value) if (nestsDeeperThan(item, max - 1)) return true;
    return false;
  }
  const record = value as Record<string, unknown>;
  for (const key in record) if (Object.hasOwn(record, key) && nestsDeeperThan(record[key], max - 1)) return true;
  return false;
}

/**
 * A copy of `value` keeping `max` levels, anything deeper replaced by CUT_MARK: what quarantine keeps of an
 * interview too deep to keep whole (its id and every shallow field stay readable for a person).
 */
export function cutAt(value: unknown, max: number): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (max <= 0) return CUT_MARK;
  if (Array.isArray(value)) return value.map((item: unknown) => cutAt(item, max - 1));
  // fromEntries defines own properties, so a "__proto__" key stays a key instead of setting the prototype.
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, cutAt(item, max - 1)]));
}
