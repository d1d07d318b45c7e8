// Accounts, their roles, their assignments to units of a survey, and the devices they sync from.
import * as z from 'zod/mini';
import { USERNAME_MAX_LENGTH, USERNAME_MIN_LENGTH, USERNAME_PATTERN } from './credentials.ts';
import { NEW_PASSWORD_MAX_LENGTH, NEW_PASSWORD_MIN_LENGTH } from './new-password.ts';

export const ROLES = ['admin', 'enumerator', 'unit_board'] as const;
export const RoleSchema = z.enum(ROLES);
export type Role = z.infer<typeof RoleSchema>;

/** Lower-case ASCII so a clerk can type it on any phone keyboard; no spaces (credentials.ts). */
export const UsernameSchema = z.string().check(
  z.trim(), z.toLowerCase(), z.minLength(USERNAME_MIN_LENGTH), z.maxLength(USERNAME_MAX_LENGTH), z.regex(USERNAME_PATTERN),
);

export const PasswordSchema = z.string().check(z.minLength(NEW_PASSWORD_MIN_LENGTH), z.maxLength(NEW_PASSWORD_MAX_LENGTH));
export const DisplayNameSchema = z.string().check(z.trim(), z.minLength(1), z.maxLength(120));

export const AccountSchema = z.object({
  id: z.number().check(z.int(), z.positive()),
  username: UsernameSchema,
  displayName: DisplayNameSchema,
  role: RoleSchema,
  disabled: z.boolean(),
  createdAt: z.string(),
});
export type Account = z.infer<typeof AccountSchema>;

export const NewAccountSchema = z.object({
  username: UsernameSchema,
  displayName: DisplayNameSchema,
  role: RoleSchema,
  password: PasswordSchema,
});
export type NewAccount = z.infer<typeof NewAccountSchema>;

/** An account works on some units of a survey: an enumerator enters their interviews, a unit board watches them. */
export const AssignmentSchema = z.object({
  accountId: z.number().check(z.int(), z.positive()),
  surveySlug: z.string(),
  unitNo: z.string(),
});
export type Assignment = z.infer<typeof AssignmentSchema>;

export const DeviceSchema = z.object({
  id: z.uuid(),
  accountId: z.number().check(z.int(), z.positive()),
  label: z.string().check(z.maxLength(200)),
  /** The device's WebCrypto public key (JWK as JSON); the offline PWA issue fills it in. */
  publicKey: z.nullable(z.string().check(z.maxLength(4000))),
  registeredAt: z.string(),
  lastSeenAt: z.nullable(z.string()),
  revokedAt: z.nullable(z.string()),
});
export type Device = z.infer<typeof DeviceSchema>;
