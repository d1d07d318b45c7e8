// A KoboToolbox-style XLSForm goes the whole way on the server: imported into a new survey's first draft, published
// by the survey setup's action, the survey opened, an interview keyed from paper with the real keying model — the
// skip and the "other, specify" box read from the file doing what they say — and handed in by a device.
import { describe, expect, it } from 'vitest';
import type { QuestionnaireDraft } from '#shared/api/questionnaires.ts';
import { pressKey, startKeying } from '#shared/entry/keying.ts';
import { keysFor } from '#shared/entry/keystrokes.ts';
import { compileQuestionnaire } from '#shared/survey/compile.ts';
import { evaluate } from '#shared/survey/engine.ts';
import type { QuestionnaireVersion } from '#shared/survey/questionnaire.ts';
import { generateInterviews } from '#shared/demo/generate-interviews.ts';
import { problemCode, testApp } from '../support/test-app.ts';
import { registerDevice } from '../sync/support.ts';
import { settings2026 } from '../support/surveys.ts';
import { koboForm, xlsxOf } from './kobo-forms.ts';

describe('a KoboToolbox-style XLSForm', () => {
  it('imports as a new survey’s draft, publishes, opens, is keyed from paper and handed in by a device', async () => {
    const t = await testApp();
    await t.addAccount({ username: 'quantri', role: 'admin' });
    const cookie = await t.signIn('quantri');
    const post = (path: string, body: unknown = {}) => t.post(path, body, { cookie });
    expect((await post('/api/admin/surveys', settings2026('kobo'))).status).toBe(201);
    await post('/api/admin/surveys/kobo/units', { units: [{ no: '07', code: 'PH07', name: 'Phường 7', kind: 'ward', quota: 45 }] });
    expect(await problemCode(await post('/api/admin/surveys/kobo/open'))).toBe('survey.notPublished');

    const imported = await post('/api/admin/surveys/kobo/xlsform', { fileBase64: Buffer.from(await xlsxOf(koboForm())).toString('base64') });
    const draft = (await imported.json()) as QuestionnaireDraft;
    expect(draft).toMatchObject({ revision: 1, problems: [], compatibility: [], version: { version: 1, status: 'draft' } });
    const published = await post('/api/admin/surveys/kobo/versions/1/publish');
    const version = ((await published.json()) as { version: QuestionnaireVersion }).version;
    expect(version.status).toBe('published');
    expect((await post('/api/admin/surveys/kobo/open')).status).toBe(200);

    const compiled = compileQuestionnaire(version);
    const answers = { gioi_tinh: 2, tuoi: 45, nghe: 3, nghe_other: 'Tiểu thương', biet: 3, dg_thai_do: 1, dg_thoi_gian: 2, ngay: '2026-05-28' };
    expect(evaluate(compiled, answers, { unitNo: '07', stage: 'finish' }).issues).toEqual([]);
    const options = { unitNo: '07', year: 2026 };
    const keys = keysFor(compiled, answers, '0701', { interviewerName: 'Lê Thị Hoa', interviewDate: '2026-05-28' }, options);
    expect(keys).not.toBeNull();
    let state = startKeying(compiled, options);
    for (const key of keys!) state = pressKey(compiled, options, state, key);
    expect(state.values.answers).toEqual(answers);
    expect(state.values.serial).toBe('0701');

    // The keyed answers ride a device's batch (an interview record of this version) and are stored.
    await t.addAccount({ username: 'dtv07', role: 'enumerator' }, [{ surveySlug: 'kobo', unitNos: ['07'] }]);
    const device = await registerDevice(t, 'dtv07', 'correct-horse-battery');
    const [generated] = generateInterviews({ version, unitNos: ['07'], accountId: device.accountId, deviceId: device.deviceId, count: 1, paperShare: 0 });
    const { receipts } = await device.send([{ ...generated!, answers: state.values.answers }]);
    expect(receipts).toMatchObject([{ outcome: 'accepted' }]);
    const stored = t.db.prepare("SELECT record FROM interviews WHERE survey_id = (SELECT id FROM surveys WHERE slug = 'kobo')").get() as { record: string };
    expect((JSON.parse(stored.record) as { answers: unknown }).answers).toEqual(answers);
  });
});
