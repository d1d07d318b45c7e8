// Messages of sign-in, the current account, and device registration (bodies in both directions).
import * as z from 'zod/mini';
import { SIGN_IN_PASSWORD_MAX_LENGTH } from '../accounts/credentials.ts';
import { AccountSchema, AssignmentSchema, PasswordSchema, UsernameSchema } from '../accounts/schema.ts';

export const SignInRequestSchema = z.object({
  username: UsernameSchema,
  password: z.string().check(z.minLength(1), z.maxLength(SIGN_IN_PASSWORD_MAX_LENGTH)),
  /** The app's device id when this browser is a registered device of the account: its sign-ins are then
   * counted apart from strangers' guesses (docs/sync-protocol.md, "Signing in"). */
  deviceId: z.optional(z.uuid()),
});
export type SignInRequest = z.infer<typeof SignInRequestSchema>;

export const MeResponseSchema = z.object({
  account: AccountSchema,
  assignments: z.array(AssignmentSchema),
  /** Server time at the response, so a device can measure its clock offset. */
  serverTime: z.string(),
  /** For an admin: false when limited to some surveys (a survey manager), so the office-wide pages stay out of its menu. */
  officeWide: z.optional(z.boolean()),
});
export type MeResponse = z.infer<typeof MeResponseSchema>;

export const RegisterDeviceRequestSchema = z.object({
  deviceId: z.uuid(),
  label: z._default(z.string().check(z.trim(), z.maxLength(200)), ''),
  publicKey: z._default(z.nullable(z.string().check(z.maxLength(4000))), null),
});
export type RegisterDeviceRequest = z.input<typeof RegisterDeviceRequestSchema>;

export const RegisterDeviceResponseSchema = z.object({
  deviceId: z.uuid(),
  /** Bearer token for sync; shown once, stored hashed on the server, revocable. */
  token: z.string(),
  serverTime: z.string(),
});
export type RegisterDeviceResponse = z.infer<typeof RegisterDeviceResponseSchema>;

/** Changing one's own password: the current one proves it is the account's owner (a stolen session is not enough). */
export const ChangePasswordRequestSchema = z.object({
  currentPassword: z.string().check(z.minLength(1), z.maxLength(SIGN_IN_PASSWORD_MAX_LENGTH)),
  newPassword: PasswordSchema,
});
export type ChangePasswordRequest = z.infer<typeof ChangePasswordRequestSchema>;

/** What a session must do after the password before anything else (server/auth/sign-in-steps.ts, in this order):
 * give its second factor, replace a temporary password, enrol in two-step sign-in (an admin, when required). */
export const SIGN_IN_STEPS = ['code', 'password', 'two-factor'] as const;
export const SignInStepSchema = z.enum(SIGN_IN_STEPS);
export type SignInStep = z.infer<typeof SignInStepSchema>;

/** The sign-in's answer (and each step's): the account, or the next step to take at /account/<step>. */
export const SignInResponseSchema = z.union([MeResponseSchema, z.object({ step: SignInStepSchema })]);
export type SignInResponse = z.infer<typeof SignInResponseSchema>;

/** A TOTP code (6 digits) or a recovery code (`xxxxx-xxxxx`). */
export const SecondFactorRequestSchema = z.object({ code: z.string().check(z.trim(), z.minLength(1), z.maxLength(32)) });
export type SecondFactorRequest = z.infer<typeof SecondFactorRequestSchema>;

/** Enrolment in two-step sign-in: the secret to type, the otpauth URI, and the same as a QR code (SVG, made here). */
export const TwoFactorEnrolmentSchema = z.object({ secret: z.string(), uri: z.string(), qrSvg: z.string() });
export type TwoFactorEnrolment = z.infer<typeof TwoFactorEnrolmentSchema>;

/** Ten one-time recovery codes, shown once: the server keeps only their hashes. */
export const RecoveryCodesSchema = z.object({ recoveryCodes: z.array(z.string()) });
export type RecoveryCodes = z.infer<typeof RecoveryCodesSchema>;
