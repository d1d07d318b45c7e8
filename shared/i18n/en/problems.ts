import type { problems as vi } from '../vi/problems.ts';

export const problems: Record<keyof typeof vi, string> = {
  'problem.request.malformedJson': 'The data sent is not valid JSON.',
  'problem.request.invalid': 'Invalid data at “{path}”: {issue}',
  'problem.request.unsupportedMediaType': 'The server accepts JSON only.',
  'problem.request.tooLarge': 'The data sent is too large (at most {limit}).',
  'problem.request.forbiddenOrigin': 'The request came from another site and was refused.',
  'problem.route.notFound': 'There is no such address.',
  'problem.auth.badCredentials': 'Wrong username or password.',
  'problem.auth.required': 'Please sign in.',
  'problem.auth.sessionExpired': 'Your session has expired; please sign in again.',
  'problem.auth.tokenRevoked': 'This device may no longer sync; please sign in again.',
  'problem.auth.tooManyAttempts': 'Too many failed sign-ins; try again in {minutes} minutes.',
  'problem.auth.accountDisabled': 'This account is disabled. Please contact the administrator.',
  'problem.auth.forbidden': 'This account is not allowed to do that.',
  'problem.account.usernameTaken': 'The username “{username}” is already taken.',
  'problem.account.notFound': 'Account not found.',
  'problem.device.notFound': 'Device not found.',
  'problem.survey.notFound': 'Survey not found.',
  'problem.survey.invalidDefinition': 'The questionnaire is not valid at question {question}, field “{field}” ({code}).',
  'problem.unit.notFound': 'Unit not found.',
  'problem.server.internal': 'The server failed. Everything on this device is kept; please try again later.',
};
