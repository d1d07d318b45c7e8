// Sign-in, sign-out and "who am I" against the server's session cookie.
import type { MeResponse, SignInRequest, SignInResponse } from '#shared/api/auth.ts';
import { isProblem, request, requestNoContent } from './http.ts';

/** The account, or the step it must take next (second factor, new password, enrolment) at /account/<step>. */
export function signIn(credentials: SignInRequest): Promise<SignInResponse> {
  return request('POST /api/auth/sign-in', { json: credentials });
}

export function signOut(): Promise<void> {
  return requestNoContent('POST /api/auth/sign-out');
}

/** The signed-in account, or null when there is no valid session (401). Other failures are thrown. */
export async function fetchMe(): Promise<MeResponse | null> {
  try {
    return await request('GET /api/auth/me');
  } catch (error) {
    if (isProblem(error) && error.status === 401) return null;
    throw error;
  }
}
