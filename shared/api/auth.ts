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

export const ChangePasswordRequestSchema = z.object({
  currentPassword: z.string().check(z.minLength(1), z.maxLength(200)),
  newPassword: PasswordSchema,
});
