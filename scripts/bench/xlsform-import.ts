// Importing a large XLSForm (goal: a 300-question form read and checked in under 1 s): a questionnaire of every
// kind, with skips, ranges, an exclusive option and grids, written as XLSForm, then read back and checked as the
// import preview does — the median of a few runs, after one warm-up. The bench also fails if the read differs.
import { isDeepStrictEqual } from 'node:util';
import { checkDefinition } from '../../shared/survey/check-definition.ts';
import { ne, selected } from '../../shared/survey/expression.ts';
import type { Question, QuestionnaireVersion } from '../../shared/survey/questionnaire.ts';
import { readXlsform } from '../../server/xlsform/import-xlsform.ts';
import { writeXlsform } from '../../server/xlsform/write-xlsform.ts';
import type { Bench, BenchSize } from './types.ts';

const options = (n: number) => Array.from({ length: n }, (_, i) => ({ code: i + 1, label: `Phương án ${i + 1}` }));

/** The i-th question (1-based), cycling through the kinds; every tenth asks only when the one before is not 3. */
function question(i: number): Question {
  const base = { variable: `q${i}`, paperNumber: `Câu ${i}`, text: `Câu hỏi số ${i} của bảng hỏi lớn?` };
  const skip = i % 10 === 0 ? { relevant: ne(`q${i - 1}`, 3) } : {};
  switch (i % 6) {
    case 0: return { kind: 'multiple', ...base, ...skip, max: 3, options: [...options(5), { code: 6, label: 'Không có', exclusive: true }] };
    case 1: return { kind: 'single', ...base, ...skip, options: [...options(4), { code: 5, label: 'Khác (ghi rõ)', specify: { variable: `q${i}_other` } }] };
    case 2: return { kind: 'number', ...base, ...skip, min: 0, max: 120, unitLabel: 'năm' };
    case 3: return { kind: 'grid', ...base, ...skip, options: options(5), rows: [1, 2, 3].map((r) => ({ variable: `q${i}_${r}`, paperNumber: `${i}.${r}`, text: `Mặt ${r}` })) };
    case 4: return { kind: 'single', ...base, relevant: selected(`q${i - 3}`, 2), options: options(4) };
    default: return { kind: 'text', ...base, ...skip, optional: true, maxLength: 500 };
  }
}

export function largeQuestionnaire(count: number): QuestionnaireVersion {
  const questions = Array.from({ length: count }, (_, i) => question(i + 1));
  const sections = Array.from({ length: Math.ceil(count / 30) }, (_, s) => ({ title: `PHẦN ${s + 1}`, questions: questions.slice(s * 30, s * 30 + 30) }));
  return { surveySlug: 'bang-hoi-lon', version: 1, status: 'draft', title: 'Bảng hỏi lớn', sections };
}

async function importOnce(bytes: Uint8Array): Promise<{ ms: number; version: QuestionnaireVersion | null; problems: number }> {
  const started = performance.now();
  const read = await readXlsform(bytes, { surveySlug: 'bang-hoi-lon', version: 1 });
  const problems = read.version ? checkDefinition(read.version).length : -1;
  return { ms: performance.now() - started, version: read.version, problems };
}

const bench: Bench = {
  title: 'XLSForm import (read and checked, as the import preview does)',
  async run(size: BenchSize) {
    const count = size === 'tiny' ? 30 : 300;
    const definition = largeQuestionnaire(count);
    const bytes = await writeXlsform(definition);
    const first = await importOnce(bytes);
    if (!isDeepStrictEqual(first.version, definition) || first.problems !== 0) throw new Error('the large XLSForm did not read back as written');
    const times: number[] = [];
    for (let run = 0; run < (size === 'tiny' ? 1 : 5); run++) times.push((await importOnce(bytes)).ms);
    times.sort((a, b) => a - b);
    return [{ name: `s to import and check ${count} questions (median)`, value: times[Math.floor(times.length / 2)]! / 1000, unit: 's', goal: 1, lowerIsBetter: true }];
  },
};
export default bench;
