// Canonical JSON, the input of the sync content hash: key order never matters, everything else does.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '#shared/sync/canonical-json.ts';

function shuffleKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(shuffleKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, shuffleKeys(v)]));
}

describe('canonicalJson', () => {
  it('sorts keys at every depth and writes no spaces', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { f: 'x', e: null }], c: true } })).toBe('{"a":{"c":true,"d":[3,{"e":null,"f":"x"}]},"b":1}');
  });

  it('drops undefined members and writes undefined array items as null, as JSON does', () => {
    expect(canonicalJson({ a: undefined, b: [undefined, 1] })).toBe('{"b":[null,1]}');
  });

  it('writes numbers and keys exactly as JSON.stringify does (the hash of stored interviews depends on it)', () => {
    const value = { n: [0, -0, 1.5, 1e21, -2e-7, Number.NaN, Number.POSITIVE_INFINITY], 'k"\\\u2028': 1, 'ư': 2 };
    expect(JSON.parse(canonicalJson(value))).toEqual(JSON.parse(JSON.stringify(value)));
    expect(canonicalJson(value)).toBe('{"k\\"\\\\\u2028":1,"n":[0,0,1.5,1e+21,-2e-7,null,null],"ư":2}');
    // The same key twice (the quoted form is kept for reuse) still comes out the same.
    expect(canonicalJson([{ 'k"': 1 }, { 'k"': 2 }])).toBe('[{"k\\"":1},{"k\\"":2}]');
  });

  it('is valid JSON for the same value, and the same whatever the key order', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => {
      const text = canonicalJson(value);
      expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(value)));
      expect(canonicalJson(shuffleKeys(value))).toBe(text);
    }), { numRuns: 300 });
  });
});
