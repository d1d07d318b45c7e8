// The one catalogue of coded problems. Server code throws `problem(code, params)`; one handler turns it into
// `{ problem: { code, status, params } }`; the client shows `problem.<code>` from its dictionary.
// Plain code without zod (the phone names its error messages with it); the body's schema is in api/problem.ts.
import type { ProblemBody } from './api/problem.ts';
import type { MessageParams } from './i18n/message.ts';

export const PROBLEM_STATUS = {
  'request.malformedJson': 400,
  'request.invalid': 400,
  'request.unsupportedMediaType': 415,
  'request.tooLarge': 413,
  'request.forbiddenOrigin': 403,
  'route.notFound': 404,
  'auth.badCredentials': 401,
  'auth.required': 401,
  'auth.sessionExpired': 401,
  'auth.tokenRevoked': 401,
  'auth.tokenUnknown': 401,
  'auth.tokenExpired': 401,
  'auth.tooManyAttempts': 429,
  'auth.slowDown': 429,
  'auth.busy': 503,
  'auth.accountDisabled': 403,
  'auth.forbidden': 403,
  'auth.stepRequired': 401,
  'twoFactor.badCode': 400,
  'twoFactor.notEnrolling': 409,
  'account.usernameTaken': 409,
  'account.notFound': 404,
  'account.weakPassword': 400,
  'account.wrongPassword': 400,
  'account.samePassword': 400,
  'account.selfLockout': 409,
  'account.assignmentsNotForRole': 400,
  'account.csvInvalid': 400,
  'device.notFound': 404,
  'device.taken': 409,
  'quarantine.notFound': 404,
  'quarantine.cannotAccept': 409,
  'quarantine.alreadyResolved': 409,
  'quarantine.notInterview': 400,
  'survey.notFound': 404,
  'survey.invalidDefinition': 400,
  'unit.notFound': 404,
  'survey.invalidSettings': 400,
  'survey.slugTaken': 409,
  'survey.wrongState': 409,
  'survey.notPublished': 409,
  'survey.noUnits': 409,
  'survey.changeRefused': 409,
  'survey.unitsFile': 400,
  'survey.unitInUse': 409,
  'survey.quotaNegative': 400,
  'survey.subQuotaInvalid': 400,
  'survey.notManaged': 403,
  'survey.versionNotFound': 404,
  'survey.templateNotFound': 404,
  'survey.versionIncompatible': 409,
  'survey.exportFirst': 409,
  'survey.draftStale': 409,
  'survey.xlsformInvalid': 400,
  'share.notFound': 404,
  'share.revoked': 410,
  'online.linkNotFound': 404,
  'online.linkPaused': 403,
  'online.linkRetired': 410,
  'online.notYetOpen': 403,
  'online.closed': 403,
  'online.notOnline': 409,
  'online.linkRetiredForGood': 409,
  'online.unitRequired': 400,
  'online.badTicket': 400,
  'online.idReused': 409,
  'online.answersRefused': 422,
  'online.underAge': 422,
  'online.tooMany': 429,
  'server.internal': 500,
  'sync.protocolUnsupported': 400,
  'sync.deviceRequired': 403,
  'sync.deviceMismatch': 403,
  'sync.batchReused': 409,
  'sync.tooManyInterviews': 413,
  'sync.quarantineFull': 429,
  'export.unknownFormat': 400,
  'export.invalidFilter': 400,
  'export.unknownUnit': 400,
  'handover.unreadable': 400,
  'handover.checksum': 400,
  'handover.otherServer': 400,
  'handover.unknownDevice': 400,
  'handover.noDeviceKey': 400,
  'handover.badSignature': 400,
  'handover.cannotDecrypt': 400,
  'handover.unknownSurvey': 400,
  'results.bandsInvalid': 400,
  'results.bandsGap': 400,
  'results.bandsOverlap': 400,
  'results.bandsRequired': 400,
  'results.unknownQuestion': 400,
  'results.notCrossable': 400,
  'results.sameVariable': 400,
  'results.noInterviews': 409,
  'review.notFound': 404,
  'review.changed': 409,
  'review.transitionRefused': 409,
  'review.reasonRequired': 400,
  'review.flagNotRaised': 409,
  'review.flagResolved': 409,
  'review.correctionRefused': 400,
  'review.badCursor': 400,
  'review.notPaired': 409,
  'review.reconciled': 409,
  'review.notReconciled': 409,
  'review.badMerge': 409,
  'batch.notFound': 404,
  'results.notText': 400,
  'report.fontMissing': 503,
  'results.codingInvalid': 400,
  'results.unknownCode': 400,
} as const satisfies Record<string, number>;

export type ProblemCode = keyof typeof PROBLEM_STATUS;

/** A failure of a whole request, meant for a person: it carries a code and parameters, never a sentence. */
export class Problem extends Error {
  readonly status: number;
  constructor(
    readonly code: ProblemCode,
    readonly params: MessageParams = {},
    /** Sent as the `Retry-After` header (429, 503): when the same request may be tried again. */
    readonly retryAfterSeconds?: number,
  ) {
    super(code);
    this.name = 'Problem';
    this.status = PROBLEM_STATUS[code];
  }

  toBody(): ProblemBody {
    const body: ProblemBody = { problem: { code: this.code, status: this.status } };
    if (Object.keys(this.params).length > 0) body.problem.params = this.params;
    return body;
  }
}

export function problem(code: ProblemCode, params?: MessageParams, retryAfterSeconds?: number): Problem {
  return new Problem(code, params, retryAfterSeconds);
}

/** The dictionary key of a problem's message. */
export function problemMessageKey(code: string): string {
  return `problem.${code}`;
}
