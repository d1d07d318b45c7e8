// Every survey message exists in both languages, and every code the shared survey code can emit has one.
import { describe, expect, it } from 'vitest';
import { survey as enField } from '../../../shared/i18n/en/survey.ts';
import { surveySetup as enSetup } from '../../../shared/i18n/en/survey-setup.ts';
import { survey as viField } from '../../../shared/i18n/vi/survey.ts';
import { surveySetup as viSetup } from '../../../shared/i18n/vi/survey-setup.ts';
import { vi as wholeVi } from '../../../shared/i18n/vi/index.ts';
import { INTERVIEW_STATUSES } from '../../../shared/interview/schema.ts';
import { ReceiptFlagSchema, ReceiptOutcomeSchema } from '../../../shared/interview/receipt.ts';
import { DEFINITION_ERROR_CODES } from '../../../shared/survey/check-definition.ts';
import { DROPPED_NOTICE_CODE, ISSUE_CODES, ISSUE_RULES } from '../../../shared/survey/issues.ts';
import { UNIT_IMPORT_ERROR_CODES } from '../../../shared/units/parse-units.ts';

// The survey messages live in two parts: the field part (engine issues, statuses) and the office part (setup).
const vi = { ...viField, ...viSetup };
const en = { ...enField, ...enSetup };

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('survey dictionaries', () => {
  it('have the same keys in Vietnamese and English, all prefixed survey.', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
    for (const key of Object.keys(vi)) expect(key.startsWith('survey.')).toBe(true);
  });
  it('use the same placeholders in both languages, and no empty text', () => {
    for (const [key, text] of Object.entries(vi)) {
      expect(text.trim(), key).not.toBe('');
      expect(placeholders(en[key as keyof typeof vi]), key).toEqual(placeholders(text));
    }
  });
  it('have a message for every code the engine, the definition check and the units import can emit', () => {
    const codes = [
      ...ISSUE_RULES.map((r) => ISSUE_CODES[r]), DROPPED_NOTICE_CODE, ...DEFINITION_ERROR_CODES, ...UNIT_IMPORT_ERROR_CODES,
      'survey.subquota.not_single_choice', 'survey.subquota.unknown_code', 'survey.subquota.above_quota',
      'survey.compat.variable_removed', 'survey.compat.kind_changed', 'survey.compat.code_removed', 'survey.compat.label_changed',
      ...INTERVIEW_STATUSES.map((s) => `survey.status.${s}`),
      // The phone names a flag in its sent list; the office's hand-over page has its own words for outcomes.
      ...ReceiptFlagSchema.options.map((f) => `sync.flag.${f}`),
      ...ReceiptOutcomeSchema.options.map((o) => `handover.outcome.${o}`),
    ];
    const missing = codes.filter((code) => !(code in wholeVi));
    expect(missing).toEqual([]);
  });
  it('every issue message shows the paper number', () => {
    for (const rule of ISSUE_RULES) expect(vi[ISSUE_CODES[rule] as keyof typeof vi]).toContain('{paperNumber}');
  });
});
