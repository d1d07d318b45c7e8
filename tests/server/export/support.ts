// Shared by the export tests: a demo app with generated interviews stored, downloads through the route,
// and PSPP run on a syntax file (a missing PSPP fails the test: CI installs it).
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import Papa from 'papaparse';
import { hungYen2026Survey, hungYen2026Version1 } from '#shared/demo/hung-yen-2026.ts';
import { generateInterviews } from '#shared/demo/generate-interviews.ts';
import type { Interview } from '#shared/interview/schema.ts';
import type { Option, Question, QuestionnaireVersion } from '#shared/survey/questionnaire.ts';
import type { Survey } from '#shared/survey/survey.ts';
import { createSurvey } from '#server/services/surveys.ts';
import { storeInterviews } from '../support/store-interviews.ts';
import { testApp, type TestApp } from '../support/test-app.ts';

const run = promisify(execFile);

export type ExportTestApp = TestApp & { cookie: string; interviews: Interview[] };

/** The demo survey with `count` generated interviews (received) and a signed-in admin. */
export async function demoWithInterviews(count: number, options: { seed?: number } = {}): Promise<ExportTestApp> {
  const t = await testApp({ demo: true });
  await t.addAccount({ username: 'quantri', role: 'admin', displayName: 'Quản trị' });
  const interviews = count === 0 ? [] : generateInterviews({
    version: hungYen2026Version1, count, seed: options.seed ?? 2026,
    unitNos: hungYen2026Survey.units.map((unit) => unit.no),
  });
  storeInterviews(t.db, interviews);
  return { ...t, cookie: await t.signIn('quantri'), interviews };
}

export async function download(t: ExportTestApp, slug: string, query: string): Promise<Response> {
  return t.request(`/api/admin/exports/${slug}?${query}`, { headers: { cookie: t.cookie } });
}

export async function downloadBytes(t: ExportTestApp, slug: string, query: string): Promise<Buffer> {
  const response = await download(t, slug, query);
  if (response.status !== 200) throw new Error(`export failed: ${response.status} ${await response.text()}`);
  return Buffer.from(await response.arrayBuffer());
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'phieu-export-'));
}

export type PsppTable = { title: string; rows: string[][] };
export type PsppRun = { tables: PsppTable[]; log: string; table: (title: string) => PsppTable };

/**
 * Runs PSPP on `syntax` inside `dir` (relative file names resolve there) with CSV output, and returns its
 * tables and its messages. PSPP exits non-zero on an error; warnings are returned in `log` for the test to refuse.
 */
export async function pspp(dir: string, syntax: string): Promise<PsppRun> {
  const file = join(dir, 'run.sps');
  const output = join(dir, 'run.csv');
  writeFileSync(file, syntax);
  const { stdout, stderr } = await run('pspp', [file, '-o', output], { cwd: dir, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, LANG: 'C.UTF-8' } });
  const rows = Papa.parse<string[]>(readFileSync(output, 'utf8'), { skipEmptyLines: false }).data;
  const tables: PsppTable[] = [];
  let current: PsppTable | null = null;
  for (const row of rows) {
    const first = row[0] ?? '';
    if (row.length === 1 && first.startsWith('Table: ')) tables.push(current = { title: first.slice('Table: '.length), rows: [] });
    else if (row.length === 1 && first === '') current = null;
    else current?.rows.push(row);
  }
  const table = (title: string) => {
    const found = tables.find((t) => t.title === title);
    if (!found) throw new Error(`no PSPP table "${title}" among: ${tables.map((t) => t.title).join(' | ')}`);
    return found;
  };
  return { tables, log: stdout + stderr, table };
}

/** Quotes of both kinds, an apostrophe, a line break, a tab, Vietnamese, Chinese and an emoji. */
export const AWKWARD = 'Ý kiến “kép” và \'đơn\', O\'Neil;\nxuống dòng\tvà 中文 🙂';

const awkwardV1: QuestionnaireVersion = {
  surveySlug: 'kho-2026', version: 1, status: 'retired',
  sections: [{
    title: 'Phần I', questions: [
      { kind: 'single', variable: 'q1', paperNumber: 'Câu 1', text: `Chọn: ${AWKWARD}`, options: [
        { code: 1, label: 'Có "đồng ý"' }, { code: 2, label: AWKWARD },
        { code: 3, label: 'Khác (ghi rõ)', specify: { variable: 'q1_other' } },
      ] },
      { kind: 'text', variable: 'q2', paperNumber: 'Câu 2', text: 'Ý kiến dài', optional: true },
      { kind: 'multiple', variable: 'q3', paperNumber: 'Câu 3', text: `Nhiều lựa chọn ${AWKWARD}`, options: [
        { code: 1, label: 'Một' }, { code: 2, label: 'Hai' }, { code: 3, label: `Ba ${AWKWARD}` },
      ] },
    ],
  }],
};

/** Version 2 adds a code to q1, a number question after it, and a fourth option to q3. */
const awkwardV2: QuestionnaireVersion = {
  ...awkwardV1, version: 2, status: 'published',
  sections: [{
    title: 'Phần I', questions: [
      { ...awkwardV1.sections[0]!.questions[0]!, options: [
        ...(awkwardV1.sections[0]!.questions[0] as { options: Option[] }).options, { code: 4, label: 'Mới 🙂' },
      ] } as Question,
      { kind: 'number', variable: 'q4', paperNumber: 'Câu 1a', text: 'Số năm', min: 0, max: 99 },
      awkwardV1.sections[0]!.questions[1]!,
      { ...awkwardV1.sections[0]!.questions[2]!, options: [
        ...(awkwardV1.sections[0]!.questions[2] as { options: Option[] }).options, { code: 4, label: 'Bốn' },
      ] } as Question,
    ],
  }],
};

export const awkwardSurvey: { survey: Survey; versions: QuestionnaireVersion[] } = {
  survey: {
    slug: 'kho-2026', title: `Khảo sát “khó” 'nháy' ${AWKWARD}`, modes: ['direct'],
    fieldWindow: { start: '2026-05-28T00:00:00+07:00', end: '2026-06-02T23:59:59+07:00' },
    units: [
      { no: '01', code: 'X01', name: 'Xã “Một”', kind: 'commune', quota: 10 },
      { no: '02', code: 'P02', name: 'Phường O\'Neil', kind: 'ward', quota: 10 },
    ],
  },
  versions: [awkwardV1, awkwardV2],
};

/** A long Vietnamese answer, well over 255 bytes, with the awkward characters in it. */
export const LONG_ANSWER = `${AWKWARD} — ${'Đề nghị rút ngắn thời gian giải quyết hồ sơ ở cấp xã. '.repeat(8)}`;

/** The awkward survey stored with 4 interviews per version; the first of each carries LONG_ANSWER in q2. */
export async function awkwardWithInterviews(t: TestApp, count = 4): Promise<Interview[]> {
  createSurvey(t.db, awkwardSurvey.survey, awkwardSurvey.versions, new Date(t.clock.now()).toISOString());
  const interviews = awkwardSurvey.versions.flatMap((version) => generateInterviews({
    version, count, unitNos: ['01', '02'], seed: version.version * 7, paperShare: 0,
  }));
  for (const interview of interviews.filter((_, i) => i % count === 0)) interview.answers.q2 = LONG_ANSWER;
  storeInterviews(t.db, interviews);
  return interviews;
}
