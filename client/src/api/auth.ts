// Sign-in, sign-out and "who am I" against the server's session cookie.
import { MeResponseSchema, type MeResponse, type SignInRequest } from '#shared/api/auth.ts';
import { isProblem, request } from './http.ts';

export function signIn(credentials: SignInRequest): Promise<MeResponse> {
  return request('/api/auth/sign-in', MeResponseSchema, { method: 'POST', json: credentials });
}

export function signOut(): Promise<void> {
  return request('/api/auth/sign-out', null, { method: 'POST', json: {} });
}

/** The signed-in account, or null when there is no valid session (401). Other failures are thrown. */
export async function fetchMe(): Promise<MeResponse | null> {
  try {
    return await request('/api/auth/me', MeResponseSchema);
  } catch (error) {
    if (isProblem(error) && error.status === 401) return null;
    throw error;
  }
}
