// Generates valid interviews of any questionnaire from a seed: for tests, benchmarks and fault suites that
// need many realistic records (both skips taken, "other" texts, missing codes) without typing them.
// Deterministic: the same seed gives the same interviews, ids included. In the order they were made, as a
// device holds them: each begins after the one before, spread over the field days, and its id is the
// time-ordered one the app makes (shared/interview/interview-id.ts).
import { interviewId, INTERVIEW_ID_RANDOM_BYTES } from '../interview/interview-id.ts';
import type { Interview } from '../interview/schema.ts';
import { formatSerial } from '../interview/serial.ts';
import type { Answers } from '../survey/answer.ts';
import { compileQuestionnaire, type CompiledQuestion } from '../survey/compile.ts';
import { finalizeAnswers } from '../survey/engine.ts';
import type { QuestionnaireVersion } from '../survey/questionnaire.ts';
import { seededRandom } from './seeded-random.ts';

export type GenerateOptions = {
  version: QuestionnaireVersion;
  count: number;
  unitNos: readonly string[];
  seed?: number;
  accountId?: number;
  deviceId?: string;
  /** Share of paper-keyed forms (0..1); the rest are interview mode. */
  paperShare?: number;
  /** Share of answers keyed as -2 blank on paper (paper forms only). */
  blankShare?: number;
  /** Interviews are spread over this many days from `firstDay` (YYYY-MM-DD, Asia/Ho_Chi_Minh). */
  firstDay?: string;
  days?: number;
};

function uuid(next: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(next() * 16).toString(16));
  hex[12] = '4';
  hex[16] = '89ab'[Math.floor(next() * 4)]!;
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

function randomBytes(next: () => number, count: number): Uint8Array {
  return Uint8Array.from({ length: count }, () => Math.floor(next() * 256));
}

/** Working hours of a field day, from 08:00: interviews begin within them. */
const FIELD_DAY_SECONDS = 9 * 3600;

const SAMPLE_TEXTS = ['Cần rút ngắn thời gian giải quyết hồ sơ.', 'Ý kiến “khác”, có dấu nháy \' và xuống dòng\nở đây.', 'Tăng cường tuyên truyền.'];

function answerQuestion(q: CompiledQuestion, answers: Answers, unitNo: string, pick: (n: number) => number, chance: (p: number) => boolean): void {
  const codes = [...q.codes];
  const specifyOf = (code: number) => q.specify.find((s) => s.code === code);
  switch (q.kind) {
    case 'single': {
      const code = codes[pick(codes.length)]!;
      answers[q.id] = code;
      const specify = specifyOf(code);
      if (specify) answers[specify.variable] = SAMPLE_TEXTS[pick(SAMPLE_TEXTS.length)]!;
      return;
    }
    case 'multiple': {
      const exclusive = q.exclusiveCodes[0];
      if (exclusive !== undefined && chance(0.1)) { answers[q.id] = [exclusive]; return; }
      const open = codes.filter((code) => !q.exclusiveCodes.includes(code));
      const howMany = Math.max(q.min ?? 1, 1 + pick(Math.min(q.max ?? 3, open.length)));
      const chosen = [...new Set(Array.from({ length: howMany * 2 }, () => open[pick(open.length)]!))].slice(0, howMany).sort((a, b) => a - b);
      answers[q.id] = chosen;
      for (const code of chosen) {
        const specify = specifyOf(code);
        if (specify) answers[specify.variable] = SAMPLE_TEXTS[pick(SAMPLE_TEXTS.length)]!;
      }
      return;
    }
    case 'grid':
      for (const row of q.answerVariables) answers[row] = codes[pick(codes.length)]!;
      return;
    case 'number': {
      const min = q.min ?? 0;
      const max = q.max ?? min + 100;
      answers[q.id] = min + pick(max - min + 1);
      return;
    }
    case 'text':
      if (q.required || chance(0.5)) answers[q.id] = SAMPLE_TEXTS[pick(SAMPLE_TEXTS.length)]!;
      return;
    case 'date':
      answers[q.id] = q.minDate ?? '2026-05-28';
      return;
    case 'unit':
      answers[q.id] = unitNo;
      return;
    case 'note':
      return;
  }
}

export function generateInterviews(options: GenerateOptions): Interview[] {
  const next = seededRandom(options.seed ?? 1);
  const pick = (n: number) => Math.floor(next() * n);
  const chance = (p: number) => next() < p;
  const compiled = compileQuestionnaire(options.version);
  const sequence = new Map<string, number>();
  const firstDay = Date.parse(`${options.firstDay ?? '2026-05-28'}T08:00:00+07:00`);
  // Each interview begins in a slot of its own, in order: the field days' working hours shared out evenly.
  const days = options.days ?? 6;
  const slotSeconds = (days * FIELD_DAY_SECONDS) / options.count;
  const interviews: Interview[] = [];
  for (let i = 0; i < options.count; i++) {
    const unitNo = options.unitNos[i % options.unitNos.length]!;
    const paper = chance(options.paperShare ?? 0.5);
    const answers: Answers = {};
    for (const q of compiled.questions) answerQuestion(q, answers, unitNo, pick, chance);
    if (paper) {
      for (const q of compiled.questions) {
        if (q.kind !== 'unit' && q.answerVariables.length && chance(options.blankShare ?? 0.02)) answers[q.answerVariables[0]!] = { missing: -2 };
      }
    }
    const finalized = finalizeAnswers(compiled, answers, { unitNo }).answers;
    const seq = (sequence.get(unitNo) ?? 0) + 1;
    sequence.set(unitNo, seq);
    const workSeconds = Math.floor((i + next()) * slotSeconds);
    const started = firstDay + Math.floor(workSeconds / FIELD_DAY_SECONDS) * 86_400_000 + (workSeconds % FIELD_DAY_SECONDS) * 1000;
    const finished = started + (8 + pick(20)) * 60_000;
    const day = new Date(started + 7 * 3600_000).toISOString().slice(0, 10);
    interviews.push({
      id: interviewId(started, randomBytes(next, INTERVIEW_ID_RANDOM_BYTES)),
      surveySlug: options.version.surveySlug,
      questionnaireVersion: options.version.version,
      mode: 'direct',
      entry: paper ? 'paper' : 'interview',
      serial: formatSerial(unitNo, seq),
      unitNo,
      accountId: options.accountId ?? 1,
      deviceId: options.deviceId ?? uuid(next),
      ...(paper ? { paper: { interviewerName: 'Nguyễn Văn An', interviewDate: day } } : {}),
      answers: finalized,
      times: { startedAt: new Date(started).toISOString(), updatedAt: new Date(finished).toISOString(), finishedAt: new Date(finished).toISOString() },
      revision: 1,
      baseRevision: null,
      status: 'finished',
      practice: false,
    });
  }
  return interviews;
}
