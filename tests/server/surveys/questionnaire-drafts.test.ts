// Questionnaire drafts on the server (decision 0018): two editors save one draft, the second from a stale revision
// is refused and nothing is lost; every save is in the audit log; an XLSForm imported as a draft publishes through
// the survey setup's own action, which still refuses a change of meaning; a survey manager reaches only its own.
import { describe, expect, it } from 'vitest';
import type { QuestionnaireDraft } from '#shared/api/questionnaires.ts';
import { hungYen2026Version1 } from '#shared/demo/hung-yen-2026.ts';
import type { QuestionnaireVersion } from '#shared/survey/questionnaire.ts';
import { findAccountByUsername } from '#server/repo/accounts.ts';
import { writeXlsform } from '#server/xlsform/write-xlsform.ts';
import { problemCode, testApp } from '../support/test-app.ts';
import { makeSurvey, settings2026 } from '../support/surveys.ts';
import { BROKEN, xlsxOf } from '../xlsform/kobo-forms.ts';

async function setup() {
  const t = await testApp();
  await t.addAccount({ username: 'nguyenan', role: 'admin' });
  await t.addAccount({ username: 'tranbinh', role: 'admin' });
  makeSurvey(t.db, settings2026('khao-sat'));
  const as = (cookie: string) => ({
    post: (path: string, body: unknown = {}) => t.post(path, body, { cookie }),
    get: (path: string) => t.request(path, { headers: { cookie } }),
  });
  return { t, an: as(await t.signIn('nguyenan')), binh: as(await t.signIn('tranbinh')) };
}

const base = '/api/admin/surveys/khao-sat';
const xlsform = async (version: QuestionnaireVersion) => Buffer.from(await writeXlsform(version)).toString('base64');
const retitled = (draft: QuestionnaireDraft, title: string): QuestionnaireVersion => ({ ...draft.version, title });

describe('saving a draft', () => {
  it('refuses the second editor’s stale save, keeps the first, and logs every save', async () => {
    const { t, an, binh } = await setup();
    const copied = await an.post(`${base}/versions`, { survey: 'khao-sat', version: 1 });
    const number = ((await copied.json()) as { version: { version: number } }).version.version;
    const opened = (await (await an.get(`${base}/versions/${number}`)).json()) as QuestionnaireDraft;
    const alsoOpened = (await (await binh.get(`${base}/versions/${number}`)).json()) as QuestionnaireDraft;
    expect(opened.revision).toBe(1);

    const first = await an.post(`${base}/versions/${number}/draft`, { revision: opened.revision, definition: retitled(opened, 'Bản của An') });
    expect(first.status).toBe(200);
    expect(((await first.json()) as QuestionnaireDraft).revision).toBe(2);
    const stale = await binh.post(`${base}/versions/${number}/draft`, { revision: alsoOpened.revision, definition: retitled(alsoOpened, 'Bản của Bình') });
    expect(stale.status).toBe(409);
    expect(await stale.json()).toEqual({ problem: { code: 'survey.draftStale', status: 409, params: { revision: 2, yours: 1 } } });

    const now = (await (await binh.get(`${base}/versions/${number}`)).json()) as QuestionnaireDraft;
    expect(now).toMatchObject({ revision: 2, version: { title: 'Bản của An', status: 'draft', version: number } });
    const again = await binh.post(`${base}/versions/${number}/draft`, { revision: now.revision, definition: retitled(now, 'Bản của Bình') });
    expect(((await again.json()) as QuestionnaireDraft).revision).toBe(3);

    const saves = t.db.prepare("SELECT actor, after FROM audit_log WHERE action = 'survey.draftSave' ORDER BY seq").all() as { actor: string; after: string }[];
    expect(saves.map((row) => [row.actor, (JSON.parse(row.after) as { revision: number }).revision])).toEqual([['nguyenan', 2], ['tranbinh', 3]]);
  });

  it('keeps a draft’s problems as data and never publishes it by saving', async () => {
    const { an } = await setup();
    const copied = await an.post(`${base}/versions`, { survey: 'khao-sat', version: 1 });
    const draft = ((await copied.json()) as { version: QuestionnaireVersion }).version;
    const broken: QuestionnaireVersion = { ...draft, status: 'published', sections: [{ ...draft.sections[0]!, questions: [] }, ...draft.sections.slice(1)] };
    const saved = (await (await an.post(`${base}/versions/${draft.version}/draft`, { revision: 1, definition: broken })).json()) as QuestionnaireDraft;
    expect(saved.version.status).toBe('draft');
    expect(saved.problems.map((p) => p.code)).toContain('survey.definition.empty_section');
    expect(await problemCode(await an.post(`${base}/versions/${draft.version}/publish`))).toBe('survey.invalidDefinition');
  });
});

describe('importing an XLSForm as a draft', () => {
  it('previews without storing, saves a new draft, and publishes through the setup action', async () => {
    const { t, an } = await setup();
    const fileBase64 = await xlsform({ ...hungYen2026Version1, surveySlug: 'khao-sat' });
    const count = () => (t.db.prepare('SELECT count(*) AS n FROM questionnaire_versions').get() as { n: number }).n;
    const before = count();
    const preview = await (await an.post(`${base}/xlsform/preview`, { fileBase64 })).json() as { version: QuestionnaireVersion; errors: unknown[]; problems: unknown[] };
    expect(preview).toMatchObject({ errors: [], problems: [], version: { version: 2, status: 'draft', surveySlug: 'khao-sat' } });
    expect(count()).toBe(before);

    const saved = await an.post(`${base}/xlsform`, { fileBase64 });
    expect(saved.status).toBe(201);
    const draft = (await saved.json()) as QuestionnaireDraft;
    expect(draft.version.sections).toEqual(hungYen2026Version1.sections);
    const logged = t.db.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'survey.xlsformImport'").get() as { n: number };
    expect(logged.n).toBe(1);
    expect(draft.compatibility).toEqual([]);
    const published = await an.post(`${base}/versions/${draft.version.version}/publish`);
    expect(((await published.json()) as { version: QuestionnaireVersion }).version.status).toBe('published');

    // A file that gives c1's code 1 another meaning imports as a draft, and publishing refuses it with the reason.
    const [first, ...rest] = hungYen2026Version1.sections;
    const [c1, ...others] = first!.questions;
    const changed = { ...hungYen2026Version1, sections: [{ ...first!, questions: [{ ...c1!, options: [{ code: 1, label: 'Nữ' }, { code: 2, label: 'Nam' }] }, ...others] }, ...rest] } as QuestionnaireVersion;
    const meaning = (await (await an.post(`${base}/xlsform`, { fileBase64: await xlsform(changed) })).json()) as QuestionnaireDraft;
    expect(meaning.compatibility.map((issue) => issue.code)).toEqual(['survey.compat.label_changed', 'survey.compat.label_changed']);
    expect(await problemCode(await an.post(`${base}/versions/${meaning.version.version}/publish`))).toBe('survey.versionIncompatible');
  });

  it('refuses a broken file at its place and stores nothing', async () => {
    const { t, an } = await setup();
    const before = t.db.prepare('SELECT count(*) AS n FROM questionnaire_versions').get();
    for (const broken of BROKEN) {
      const spec = broken.spec();
      const refused = await an.post(`${base}/xlsform`, { fileBase64: Buffer.from(await xlsxOf(spec)).toString('base64') });
      expect(await refused.json(), broken.why).toEqual({
        problem: { code: 'survey.xlsformInvalid', status: 400, params: { sheet: 'survey', row: broken.row(spec), column: broken.column, reason: broken.code } },
      });
    }
    const refused = await an.post(`${base}/xlsform`, { fileBase64: Buffer.from('PK not really').toString('base64') });
    expect(await refused.json()).toEqual({ problem: { code: 'survey.xlsformInvalid', status: 400, params: { sheet: '', row: 0, column: '', reason: 'xlsform.unreadable' } } });
    expect(t.db.prepare('SELECT count(*) AS n FROM questionnaire_versions').get()).toEqual(before);
  });

  it('is refused to a survey manager of another survey', async () => {
    const { t, an } = await setup();
    makeSurvey(t.db, settings2026('cua-binh'));
    await an.post('/api/admin/surveys/managers', { accountId: findAccountByUsername(t.db, 'tranbinh')!.id, surveys: ['cua-binh'] });
    const binh = await t.signIn('tranbinh');
    const fileBase64 = await xlsform(hungYen2026Version1);
    for (const response of [
      await t.post(`${base}/xlsform/preview`, { fileBase64 }, { cookie: binh }),
      await t.request(`${base}/versions/1`, { headers: { cookie: binh } }),
      await t.request(`${base}/versions/1/xlsform`, { headers: { cookie: binh } }),
    ]) expect(await problemCode(response)).toBe('survey.notManaged');
    expect((await t.request('/api/admin/surveys/cua-binh/versions/1/xlsform', { headers: { cookie: binh } })).status).toBe(200);
  });
});
