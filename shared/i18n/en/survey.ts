// Messages of the questionnaire engine and the survey model (validation issues, definition errors, unit imports).
import type { survey as vi } from '../vi/survey.ts';

export const survey: Record<keyof typeof vi, string> = {
  'survey.issue.required': '{paperNumber}: not answered.',
  'survey.issue.out_of_range': '{paperNumber}: {value} is outside {min}–{max}.',
  'survey.issue.too_many_choices': '{paperNumber}: choose at most {max} options ({count} chosen).',
  'survey.issue.too_few_choices': '{paperNumber}: choose at least {min} options ({count} chosen).',
  'survey.issue.exclusive_combined': '{paperNumber}: option {code} cannot be combined with another option.',
  'survey.issue.other_without_text': '{paperNumber}: “Other” (code {code}) is chosen but not specified.',
  'survey.issue.unknown_code': '{paperNumber}: there is no code {value}.',
  'survey.issue.off_path': '{paperNumber}: code -1 (skipped by the path) is only for questions that are skipped.',
  'survey.issue.not_integer': '{paperNumber}: must be a whole number (is {value}).',
  'survey.issue.text_too_long': '{paperNumber}: longer than {max} characters ({length}).',
  'survey.issue.invalid_date': '{paperNumber}: “{value}” is not a valid date.',
  'survey.issue.unit_mismatch': '{paperNumber}: unit {value} is not the interview’s unit ({expected}).',
  'survey.issue.wrong_type': '{paperNumber}: the answer has the wrong form.',
  'survey.notice.dropped_off_path': '{paperNumber}: the answer was dropped because the question is now skipped.',

  'survey.missing.skipped': 'Skipped by the path (-1)',
  'survey.missing.blank': 'Blank on paper (-2)',
  'survey.missing.illegible': 'Illegible / several marks (-3)',





  'survey.status.draft': 'Draft',
  'survey.status.finished': 'Finished',
  'survey.status.received': 'Received by the server',
  'survey.status.approved': 'Approved',
  'survey.status.needs_correction': 'Needs correction',
  'survey.status.rejected': 'Rejected',
  'survey.status.voided': 'Voided',
};
