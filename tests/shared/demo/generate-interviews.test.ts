import { describe, expect, it } from 'vitest';
import { generateInterviews } from '#shared/demo/generate-interviews.ts';
import { hungYen2026 } from '#shared/demo/hung-yen-2026.ts';
import { InterviewSchema } from '#shared/interview/schema.ts';
import { compileQuestionnaire } from '#shared/survey/compile.ts';
import { evaluate } from '#shared/survey/engine.ts';

describe('generateInterviews', () => {
  const version = hungYen2026.versions[0]!;
  const interviews = generateInterviews({ version, count: 400, unitNos: ['01', '07', '21'], seed: 7 });

  it('makes schema-valid interviews that the engine finds nothing wrong with', () => {
    const compiled = compileQuestionnaire(version);
    for (const interview of interviews) {
      expect(InterviewSchema.safeParse(interview).success).toBe(true);
      expect(evaluate(compiled, interview.answers, { unitNo: interview.unitNo, stage: 'finish' }).issues).toEqual([]);
    }
  });

  it('takes both skips, both entries, blanks and the exclusive option', () => {
    const skipped = (v: string) => interviews.some((i) => (i.answers[v] as { missing?: number }).missing === -1);
    expect(skipped('c8')).toBe(true);
    expect(skipped('c15')).toBe(true);
    expect(new Set(interviews.map((i) => i.entry))).toEqual(new Set(['paper', 'interview']));
    expect(interviews.some((i) => Object.values(i.answers).some((a) => (a as { missing?: number }).missing === -2))).toBe(true);
    expect(interviews.some((i) => JSON.stringify(i.answers.c12) === '[6]')).toBe(true);
  });

  it('is deterministic and gives unique ids and serials', () => {
    const again = generateInterviews({ version, count: 400, unitNos: ['01', '07', '21'], seed: 7 });
    expect(again).toEqual(interviews);
    expect(new Set(interviews.map((i) => i.id)).size).toBe(400);
    expect(new Set(interviews.map((i) => i.serial)).size).toBe(400);
    expect(interviews[1]!.serial).toBe('0701');
  });
});
