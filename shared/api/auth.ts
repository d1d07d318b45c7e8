// Messages of sign-in, the current account, and device registration (bodies in both directions).
import { z } from 'zod';
import { AccountSchema, AssignmentSchema, PasswordSchema, UsernameSchema } from '../accounts/schema.ts';

export const SignInRequestSchema = z.object({
  username: UsernameSchema,
  password: z.string().min(1).max(200),
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
  deviceId: z.string().uuid(),
  label: z.string().trim().max(200).default(''),
  publicKey: z.string().max(4000).nullable().default(null),
});
export type RegisterDeviceRequest = z.input<typeof RegisterDeviceRequestSchema>;

export const RegisterDeviceResponseSchema = z.object({
  deviceId: z.string().uuid(),
  /** Bearer token for sync; shown once, stored hashed on the server, revocable. */
  token: z.string(),
  serverTime: z.string(),
});
export type RegisterDeviceResponse = z.infer<typeof RegisterDeviceResponseSchema>;

export const ChangePasswordRequestSchema = z.object({
  currentPassword: z.string().min(1).max(200),
  newPassword: PasswordSchema,
});
