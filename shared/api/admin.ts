// Bodies of the admin's account management routes: the list, create, edit, disable/enable, password reset,
// assignments to units of a survey, the CSV import (its preview and its application), and 2FA removal.
import * as z from 'zod/mini';
import { AccountSchema, DisplayNameSchema, NewAccountSchema, RoleSchema, UsernameSchema } from '../accounts/schema.ts';
import { MessageParamsSchema } from '../i18n/message.ts';

const Line = z.number().check(z.int(), z.positive());
const UnitNos = z.array(z.string().check(z.minLength(1), z.maxLength(40))).check(z.maxLength(2000));

/** An account as the admin sees it: beside the account, whether its password is temporary, whether it has a second
 * factor, and the units it is assigned (survey, unit number). */
export const AdminAccountSchema = z.extend(AccountSchema, {
  mustChangePassword: z.boolean(),
  twoFactor: z.boolean(),
  assignments: z.array(z.object({ surveySlug: z.string(), unitNo: z.string() })),
});
export type AdminAccount = z.infer<typeof AdminAccountSchema>;

export const AccountListResponseSchema = z.object({ accounts: z.array(AdminAccountSchema) });
export type AccountListResponse = z.infer<typeof AccountListResponseSchema>;

export const CreateAccountRequestSchema = z.extend(NewAccountSchema, {
  assignments: z._default(z.array(z.object({ surveySlug: z.string(), unitNos: UnitNos })), []),
});
export type CreateAccountRequest = z.input<typeof CreateAccountRequestSchema>;

export const AccountResponseSchema = z.object({ account: AdminAccountSchema });
export type AccountResponse = z.infer<typeof AccountResponseSchema>;

/** What an edit may change; a field left out stays as it is. */
export const UpdateAccountRequestSchema = z.object({
  displayName: z.optional(DisplayNameSchema),
  role: z.optional(RoleSchema),
});
export type UpdateAccountRequest = z.infer<typeof UpdateAccountRequestSchema>;

/** The account's units in one survey, replacing those it had there (none: it leaves the survey). */
export const SetAssignmentsRequestSchema = z.object({ surveySlug: z.string().check(z.minLength(1)), unitNos: UnitNos });
export type SetAssignmentsRequest = z.infer<typeof SetAssignmentsRequestSchema>;

/** A temporary password made by the server, shown this once; the account must replace it at its next sign-in. */
export const ResetPasswordResponseSchema = z.object({ account: AdminAccountSchema, temporaryPassword: z.string() });
export type ResetPasswordResponse = z.infer<typeof ResetPasswordResponseSchema>;

/** An accounts CSV (username, display_name, role, password, survey, units) as sent: its bytes in base64, so the
 * server detects the encoding as the command line does. */
export const ImportAccountsRequestSchema = z.object({ fileBase64: z.string().check(z.minLength(1), z.maxLength(900_000)) });
export type ImportAccountsRequest = z.infer<typeof ImportAccountsRequestSchema>;

export const CsvLineErrorSchema = z.object({ line: Line, code: z.string(), params: MessageParamsSchema });
export type CsvLineError = z.infer<typeof CsvLineErrorSchema>;

/** Every change an import would make, and every line it refuses; nothing is applied unless there is no error. */
export const ImportPreviewSchema = z.object({
  newAccounts: z.array(z.object({
    line: Line, username: UsernameSchema, displayName: z.string(), role: RoleSchema,
    surveySlug: z.string(), unitNos: z.array(z.string()), generatedPassword: z.boolean(),
  })),
  changedAssignments: z.array(z.object({
    line: Line, username: UsernameSchema, surveySlug: z.string(), added: z.array(z.string()), removed: z.array(z.string()),
  })),
  unchanged: z.number().check(z.int(), z.nonnegative()),
  errors: z.array(CsvLineErrorSchema),
});
export type ImportPreview = z.infer<typeof ImportPreviewSchema>;

/** What the import did; generated passwords are temporary (changed at first sign-in) and shown this once. */
export const ImportResultSchema = z.object({
  created: z.number().check(z.int(), z.nonnegative()),
  updated: z.number().check(z.int(), z.nonnegative()),
  generatedPasswords: z.array(z.object({ username: z.string(), password: z.string() })),
});
export type ImportResult = z.infer<typeof ImportResultSchema>;
