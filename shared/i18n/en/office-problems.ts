// English messages of the office-only coded problems (see vi/office-problems.ts).
import type { officeProblems as vi } from '../vi/office-problems.ts';

export const officeProblems: Record<keyof typeof vi, string> = {
  // The kind of a refused field (zod's issue code), in words.
  'problem.issue.invalid_type': 'wrong type',
  'problem.issue.invalid_format': 'wrong format',
  'problem.issue.invalid_value': 'not an accepted value',
  'problem.issue.too_big': 'too large or too long',
  'problem.issue.too_small': 'too small, too short or empty',
  'problem.issue.unrecognized_keys': 'has fields that are not accepted',
  'problem.issue.invalid_union': 'matches no accepted shape',
  'problem.issue.custom': 'not valid',
  'problem.account.usernameTaken': 'The username “{username}” is already taken.',
  'problem.account.notFound': 'Account not found.',
  'problem.survey.invalidDefinition': 'The questionnaire is not valid at question {question}, field “{field}” ({code}).',
  'problem.share.notFound': 'This link does not exist or was mistyped.',
  'problem.share.revoked': 'This link has been revoked.',
  'problem.export.unknownFormat': 'There is no export format “{value}” (only: sav, sps, xlsx, csv).',
  'problem.export.invalidFilter': 'The filter “{field}” does not accept “{value}”.',
  'problem.export.unknownUnit': 'The survey has no unit “{unit}”.',
};
