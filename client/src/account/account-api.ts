// Calls of an account's own steps: the second factor after the password, a new password, enrolling in two-step
// sign-in. Part of the lazy account page: the phone's entry chunk never carries it.
import type { RecoveryCodes, SignInResponse, TwoFactorEnrolment } from '#shared/api/auth.ts';
import { request } from '../api/http.ts';

export function sendSecondFactor(code: string): Promise<SignInResponse> {
  return request('POST /api/auth/second-factor', { json: { code } });
}

export function changePassword(currentPassword: string, newPassword: string): Promise<SignInResponse> {
  return request('POST /api/auth/password', { json: { currentPassword, newPassword } });
}

export function startTwoFactor(): Promise<TwoFactorEnrolment> {
  return request('POST /api/auth/two-factor/start');
}

export function confirmTwoFactor(code: string): Promise<RecoveryCodes> {
  return request('POST /api/auth/two-factor/confirm', { json: { code } });
}
