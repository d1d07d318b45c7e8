// Which form field a refusal is about, so its message is shown beside that field rather than at the top.
import { isProblem } from '../../api/http.ts';

/** The field a server's refusal names: a body path, a taken username, a weak password, an unknown unit. */
export function fieldOf(error: unknown): string | undefined {
  if (!isProblem(error)) return undefined;
  switch (error.code) {
    case 'request.invalid': return String(error.params.path ?? '').split('.')[0];
    case 'account.usernameTaken': return 'username';
    case 'account.weakPassword': return 'password';
    case 'unit.notFound':
    case 'account.assignmentsNotForRole': return 'units';
    default: return undefined;
  }
}

/** The error when it belongs to `field`; `undefined` otherwise (for ErrorNotice beside that field). */
export function errorFor(error: unknown, field: string): unknown {
  return fieldOf(error) === field ? error : undefined;
}

/** The error when it belongs to none of the form's fields (shown under the form). */
export function otherError(error: unknown, fields: readonly string[]): unknown {
  const field = fieldOf(error);
  return field !== undefined && fields.includes(field) ? undefined : error;
}
