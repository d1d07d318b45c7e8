// The admin's list of accounts. Lives in the admin chunk: nothing outside client/src/admin imports it.
import type { Account } from '#shared/accounts/schema.ts';
import { request } from '../api/http.ts';

export async function listAccounts(): Promise<Account[]> {
  return (await request('GET /api/admin/accounts')).accounts;
}
