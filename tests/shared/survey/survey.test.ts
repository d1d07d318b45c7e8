// The survey record: slug, field window in +07:00, modes and units.
import { describe, expect, it } from 'vitest';
import { hungYen2026Survey, hungYen2026Version1 } from '../../../shared/demo/hung-yen-2026.ts';
import { checkSubQuotas } from '../../../shared/survey/sub-quotas.ts';
import { isInFieldWindow, SurveySchema, totalQuota, UnitSchema } from '../../../shared/survey/survey.ts';

describe('SurveySchema', () => {
  it('accepts the demo survey and keeps leading zeros of unit numbers', () => {
    const parsed = SurveySchema.parse(JSON.parse(JSON.stringify(hungYen2026Survey)));
    expect(parsed.units[0]?.no).toBe('01');
    expect(totalQuota(parsed)).toBe(1000);
  });
  it('refuses a window without its +07:00 offset, or ending before it starts', () => {
    const at = (start: string, end: string) => SurveySchema.safeParse({ ...hungYen2026Survey, fieldWindow: { start, end } }).success;
    expect(at('2026-05-28T00:00:00+07:00', '2026-06-02T23:59:59+07:00')).toBe(true);
    expect(at('2026-05-28T00:00:00Z', '2026-06-02T23:59:59+07:00')).toBe(false);
    expect(at('2026-05-28T00:00:00', '2026-06-02T23:59:59+07:00')).toBe(false);
    expect(at('2026-06-03T00:00:00+07:00', '2026-06-02T23:59:59+07:00')).toBe(false);
  });
  it('refuses a bad slug, unknown modes, duplicate units and sub-quotas of unknown units', () => {
    expect(SurveySchema.safeParse({ ...hungYen2026Survey, slug: 'Hung Yen' }).success).toBe(false);
    expect(SurveySchema.safeParse({ ...hungYen2026Survey, modes: ['phone'] }).success).toBe(false);
    const units = [...hungYen2026Survey.units, { ...hungYen2026Survey.units[0]!, code: 'HY-NEW' }];
    const dup = SurveySchema.safeParse({ ...hungYen2026Survey, units });
    expect(dup.error?.issues.map((i) => i.message)).toEqual(['duplicate_unit_no']);
    const sub = SurveySchema.safeParse({ ...hungYen2026Survey, subQuotas: { variable: 'c3', targets: { '07': { 1: 20, 4: 25 }, '99': { 1: 5 } } } });
    expect(sub.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['subQuotas.targets.99', 'unknown_unit']]);
  });
  it('refuses unit numbers without their leading zero, unknown kinds and negative quotas', () => {
    const unit = { no: '07', code: 'HY-PH07', name: 'P', kind: 'ward', quota: 45 };
    expect(UnitSchema.safeParse(unit).success).toBe(true);
    expect(UnitSchema.safeParse({ ...unit, no: '7' }).success).toBe(false);
    expect(UnitSchema.safeParse({ ...unit, kind: 'district' }).success).toBe(false);
    expect(UnitSchema.safeParse({ ...unit, quota: -1 }).success).toBe(false);
  });
  it('tells whether an instant is inside the field window, both ends included', () => {
    expect(isInFieldWindow(hungYen2026Survey, Date.parse('2026-05-27T16:59:59Z'))).toBe(false);
    expect(isInFieldWindow(hungYen2026Survey, Date.parse('2026-05-27T17:00:00Z'))).toBe(true);
    expect(isInFieldWindow(hungYen2026Survey, Date.parse('2026-06-02T16:59:59Z'))).toBe(true);
    expect(isInFieldWindow(hungYen2026Survey, Date.parse('2026-06-02T17:00:00Z'))).toBe(false);
  });
});

describe('checkSubQuotas', () => {
  const version = hungYen2026Version1;
  it('accepts a split of unit targets by respondent group (Câu 3)', () => {
    const survey = { ...hungYen2026Survey, subQuotas: { variable: 'c3', targets: { '07': { 1: 20, 4: 25 } } } };
    expect(checkSubQuotas(survey, version)).toEqual([]);
    expect(checkSubQuotas(hungYen2026Survey, version)).toEqual([]);
  });
  it('refuses a question that is not single choice, unknown codes, and splits above the unit quota', () => {
    expect(checkSubQuotas({ ...hungYen2026Survey, subQuotas: { variable: 'c8', targets: {} } }, version))
      .toEqual([{ code: 'survey.subquota.not_single_choice', params: { variable: 'c8' } }]);
    const survey = { ...hungYen2026Survey, subQuotas: { variable: 'c3', targets: { '07': { 1: 30, 9: 20 } } } };
    expect(checkSubQuotas(survey, version).map((e) => [e.unitNo, e.code])).toEqual([
      ['07', 'survey.subquota.unknown_code'], ['07', 'survey.subquota.above_quota']]);
  });
});
