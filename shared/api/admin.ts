// Bodies of the admin's account management routes.
import * as z from 'zod/mini';
import { AccountSchema, NewAccountSchema } from '../accounts/schema.ts';

export const AccountListResponseSchema = z.object({ accounts: z.array(AccountSchema) });
export type AccountListResponse = z.infer<typeof AccountListResponseSchema>;

export const CreateAccountRequestSchema = z.extend(NewAccountSchema, {
  assignments: z._default(z.array(z.object({ surveySlug: z.string(), unitNos: z.array(z.string()) })), []),
});
export type CreateAccountRequest = z.input<typeof CreateAccountRequestSchema>;

export const AccountResponseSchema = z.object({ account: AccountSchema });
export type AccountResponse = z.infer<typeof AccountResponseSchema>;
