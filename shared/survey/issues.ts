// Validation is state, not exceptions: the engine returns issues with a rule and a dictionary code
// (`survey.issue.<rule>`); the client shows them in the active language beside the question.
import * as z from 'zod/mini';
import { MessageParamsSchema } from '../i18n/message.ts';

export const ISSUE_RULES = [
  'required', 'out_of_range', 'too_many_choices', 'too_few_choices', 'exclusive_combined',
  'other_without_text', 'unknown_code', 'off_path', 'not_integer', 'text_too_long', 'invalid_date',
  'unit_mismatch', 'wrong_type',
] as const;
export const IssueRuleSchema = z.enum(ISSUE_RULES);
export type IssueRule = z.infer<typeof IssueRuleSchema>;

export const IssueSchema = z.object({
  /** The answer variable the issue is about (c2, c11_3, c3_other). */
  question: z.string(),
  /** As printed ("Câu 2", "11.3"), so a clerk finds the box on paper. */
  paperNumber: z.string(),
  rule: IssueRuleSchema,
  code: z.string(),
  params: MessageParamsSchema,
});
export type Issue = z.infer<typeof IssueSchema>;

/** The dictionary key of each rule, built once (no string building in the hot path). */
export const ISSUE_CODES = Object.fromEntries(ISSUE_RULES.map((r) => [r, `survey.issue.${r}`])) as Record<IssueRule, string>;

/** Said once per answer that `finalizeAnswers` dropped because its question went off the path. */
export const DROPPED_NOTICE_CODE = 'survey.notice.dropped_off_path';

export type Notice = { question: string; paperNumber: string; code: string; params: Record<string, string | number> };
