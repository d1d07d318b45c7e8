// The audit page words every action the server may record: a new action without its label fails here, not on the
// page (where it would show as a bare code).
import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS } from '#shared/audit/actions.ts';
import { office as vi } from '#shared/i18n/vi/office.ts';
import { office as en } from '#shared/i18n/en/office.ts';

describe('audit actions', () => {
  it('are each named once', () => {
    expect(new Set(AUDIT_ACTIONS).size).toBe(AUDIT_ACTIONS.length);
  });

  it('each have words in both languages', () => {
    const missing = (words: Record<string, string>) => AUDIT_ACTIONS.filter((action) => !(`audit.action.${action}` in words));
    expect(missing(vi)).toEqual([]);
    expect(missing(en)).toEqual([]);
  });
});
