// The settings form's draft round-trips a survey's settings, the online ones (office name, grace period) included.
import { describe, expect, it } from 'vitest';
import { draftOf, settingsOf } from '../../../client/src/admin/survey-form.ts';
import { onlineSettings } from '../../helpers/online.ts';

describe('the survey settings form', () => {
  it('keeps the office name and the online grace period through its draft', () => {
    const settings = onlineSettings('truc-tuyen');
    const draft = draftOf(settings);
    expect(draft).toMatchObject({ officeName: 'Ban Tuyên giáo Tỉnh ủy', onlineGraceMinutes: '30' });
    expect(settingsOf(draft)).toEqual(settings);
    expect(settingsOf({ ...draft, officeName: '  ', onlineGraceMinutes: '' })).not.toHaveProperty('officeName');
  });
});
