// English messages of the office-only coded problems (see vi/office-problems.ts).
import type { officeProblems as vi } from '../vi/office-problems.ts';

export const officeProblems: Record<keyof typeof vi, string> = {
  'problem.account.usernameTaken': 'The username “{username}” is already taken.',
  'problem.account.notFound': 'Account not found.',
  'problem.survey.invalidDefinition': 'The questionnaire is not valid at question {question}, field “{field}” ({code}).',
  'problem.share.notFound': 'This link does not exist or was mistyped.',
  'problem.share.revoked': 'This link has been revoked.',
  'problem.export.unknownFormat': 'There is no export format “{value}” (only: sav, sps, xlsx, csv).',
  'problem.export.invalidFilter': 'The filter “{field}” does not accept “{value}”.',
  'problem.export.unknownUnit': 'The survey has no unit “{unit}”.',
};
