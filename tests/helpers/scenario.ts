// A small scenario client for the questionnaire engine, so tests read like the paper form:
//   const s = scenario(hungYen2026); s.answer('c7', 3); expect(s.path()).not.toContain('c8');
import type { AnswerValue, Answers } from '../../shared/survey/answer.ts';
import { compileQuestionnaire, type CompiledQuestionnaire } from '../../shared/survey/compile.ts';
import { evaluate, finalizeAnswers, type Evaluation } from '../../shared/survey/engine.ts';
import type { Issue, IssueRule } from '../../shared/survey/issues.ts';
import type { QuestionnaireVersion } from '../../shared/survey/questionnaire.ts';

type SurveyBundle = { versions: QuestionnaireVersion[] };

/** A complete, valid interview of the demo survey in unit 07 (on the path everywhere, no "other" chosen). */
export const COMPLETE_ANSWERS: Answers = {
  c1: 2, c2: 45, c3: 4, c4: 2, c5: 3, c6: '07', c7: 1, c8: [1, 2], c9: 2, c10: 1,
  c11_1: 2, c11_2: 3, c11_3: 1, c11_4: 2, c11_5: 4, c12: [3, 4], c13: 2, c14: 2, c15: [1, 3],
  c16: 'Tăng cường ứng dụng công nghệ thông tin.',
};

export function scenario(bundle: SurveyBundle | QuestionnaireVersion, options: { unitNo?: string; answers?: Answers } = {}) {
  const version = 'versions' in bundle ? bundle.versions[bundle.versions.length - 1]! : bundle;
  const compiled: CompiledQuestionnaire = compileQuestionnaire(version);
  const unitNo = options.unitNo ?? '07';
  let answers: Answers = { ...(options.answers ?? {}) };
  const draft = (): Evaluation => evaluate(compiled, answers, { unitNo, stage: 'draft' });
  const finish = (): Evaluation => evaluate(compiled, answers, { unitNo, stage: 'finish' });

  const api = {
    compiled,
    answer(variable: string, value: AnswerValue) { answers = { ...answers, [variable]: value }; return api; },
    /** Answers several at once: s.fill({ c7: 1, c8: [1] }). */
    fill(values: Answers) { answers = { ...answers, ...values }; return api; },
    clear(variable: string) { const { [variable]: _, ...rest } = answers; answers = rest; return api; },
    missingCode(variable: string, code: -1 | -2 | -3) { return api.answer(variable, { missing: code }); },
    answers: () => answers,
    path: () => draft().path,
    missing: () => draft().missing,
    dormant: () => draft().dormant,
    /** Issues as a draft (no "required" issues) or, with 'finish', as when pressing Finish. */
    issues: (stage: 'draft' | 'finish' = 'draft'): Issue[] => (stage === 'draft' ? draft() : finish()).issues,
    /** Just "variable:rule" strings, easy to assert on. */
    problems: (stage: 'draft' | 'finish' = 'finish'): string[] => api.issues(stage).map((i) => `${i.question}:${i.rule}`),
    issuesOf: (variable: string, stage: 'draft' | 'finish' = 'finish'): IssueRule[] =>
      api.issues(stage).filter((i) => i.question === variable).map((i) => i.rule),
    finalize: () => finalizeAnswers(compiled, answers, { unitNo }),
  };
  return api;
}
