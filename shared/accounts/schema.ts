// Accounts, their roles, their assignments to units of a survey, and the devices they sync from.
import { z } from 'zod';

export const ROLES = ['admin', 'enumerator', 'unit_board'] as const;
export const RoleSchema = z.enum(ROLES);
export type Role = z.infer<typeof RoleSchema>;

/** Lower-case ASCII so a clerk can type it on any phone keyboard; no spaces. */
export const UsernameSchema = z.string().trim().toLowerCase()
  .min(3).max(64).regex(/^[a-z0-9][a-z0-9._-]*$/, 'username: letters a–z, digits, “.”, “_”, “-”');

export const PasswordSchema = z.string().min(8).max(200);

export const AccountSchema = z.object({
  id: z.number().int().positive(),
  username: UsernameSchema,
  displayName: z.string().trim().min(1).max(120),
  role: RoleSchema,
  disabled: z.boolean(),
  createdAt: z.string(),
});
export type Account = z.infer<typeof AccountSchema>;

export const NewAccountSchema = z.object({
  username: UsernameSchema,
  displayName: z.string().trim().min(1).max(120),
  role: RoleSchema,
  password: PasswordSchema,
});
export type NewAccount = z.infer<typeof NewAccountSchema>;

/** An account works on some units of a survey: an enumerator enters their interviews, a unit board watches them. */
export const AssignmentSchema = z.object({
  accountId: z.number().int().positive(),
  surveySlug: z.string(),
  unitNo: z.string(),
});
export type Assignment = z.infer<typeof AssignmentSchema>;

export const DeviceSchema = z.object({
  id: z.string().uuid(),
  accountId: z.number().int().positive(),
  label: z.string().max(200),
  /** The device's WebCrypto public key (JWK as JSON); the offline PWA issue fills it in. */
  publicKey: z.string().max(4000).nullable(),
  registeredAt: z.string(),
  lastSeenAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});
export type Device = z.infer<typeof DeviceSchema>;
