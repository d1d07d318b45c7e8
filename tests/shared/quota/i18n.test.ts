// The quota dictionaries match key for key, with the same placeholders, and cover every code the quota
// screens and files build at run time (unit kinds, modes, columns, share problems).
import { describe, expect, it } from 'vitest';
import { quota as enOffice } from '#shared/i18n/en/quota.ts';
import { quotaCells as enField } from '#shared/i18n/en/quota-cells.ts';
import { quota as viOffice } from '#shared/i18n/vi/quota.ts';
import { quotaCells as viField } from '#shared/i18n/vi/quota-cells.ts';
import { vi as dictionary } from '#shared/i18n/vi/index.ts';
import { SORT_KEYS } from '#shared/quota/sort.ts';
import { SurveyModeSchema, UnitKindSchema } from '#shared/survey/survey.ts';

// Quota words live in two parts: the dashboards' (office) and the progress bars' and cells' (field, home screen).
const vi = { ...viOffice, ...viField };
const en = { ...enOffice, ...enField };

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('quota dictionaries', () => {
  it('have the same keys and placeholders in both languages, all prefixed quota.', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
    for (const [key, text] of Object.entries(vi)) {
      expect(key.startsWith('quota.'), key).toBe(true);
      expect(text.trim(), key).not.toBe('');
      expect(placeholders(en[key as keyof typeof vi]), key).toEqual(placeholders(text));
    }
  });

  it('name every unit kind, mode, sortable column and share problem', () => {
    const codes = [
      ...UnitKindSchema.options.map((k) => `quota.kind.${k}`), ...SurveyModeSchema.options.map((m) => `quota.mode.${m}`),
      ...SORT_KEYS.map((k) => `quota.col.${k}`), 'problem.share.notFound', 'problem.share.revoked',
    ];
    expect(codes.filter((code) => !(code in dictionary))).toEqual([]);
  });
});
