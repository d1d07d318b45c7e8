// Every entry message exists in both languages with the same placeholders, and every code the entry logic
// can return (found in its source) has a message.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { entry as en } from '../../../shared/i18n/en/entry.ts';
import { entry as vi } from '../../../shared/i18n/vi/entry.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const dir = new URL('../../../shared/entry/', import.meta.url);

describe('entry dictionaries', () => {
  it('have the same keys in Vietnamese and English, all prefixed entry.', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
    for (const key of Object.keys(vi)) expect(key.startsWith('entry.')).toBe(true);
  });
  it('use the same placeholders in both languages, and no empty text', () => {
    for (const [key, text] of Object.entries(vi)) {
      expect(text.trim(), key).not.toBe('');
      expect(placeholders(en[key as keyof typeof vi]), key).toEqual(placeholders(text));
    }
  });
  it('have a message for every code shared/entry returns', () => {
    const source = readdirSync(dir).filter((f) => f.endsWith('.ts')).map((f) => readFileSync(new URL(f, dir), 'utf8')).join('\n');
    const codes = new Set([...source.matchAll(/'(entry\.[a-z_.]+)'/g)].map((m) => m[1]!));
    expect(codes.size).toBeGreaterThan(25);
    expect([...codes].filter((code) => !(code in vi))).toEqual([]);
  });
  it('name the paper number in every keying message about a question', () => {
    for (const [key, text] of Object.entries(vi)) {
      if (/^entry\.keys\.(unknown_code|required|specify_required|too_many|exclusive|duplicate_code|digits_only|out_of_range|too_long|invalid_date|date_out_of_range)$/.test(key)) {
        expect(text, key).toContain('{paperNumber}');
      }
    }
  });
});
