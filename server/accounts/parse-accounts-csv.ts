// Reads an accounts CSV (username, display_name, role, password, survey, units) into rows to import.
// Every problem is reported with its line, beside the rows that are well formed (the page previews both); the
// caller imports nothing unless there is none.
import Papa from 'papaparse';
import { NEW_PASSWORD_MIN_LENGTH, passwordWeakness } from '#shared/accounts/new-password.ts';
import { RoleSchema, UsernameSchema, type Role } from '#shared/accounts/schema.ts';
import type { MessageParams } from '#shared/i18n/message.ts';
import { decodeText } from '#shared/units/decode-text.ts';

export type AccountCsvRow = {
  line: number; username: string; displayName: string; role: Role;
  /** Empty: a password is generated and printed once. */
  password: string;
  surveySlug: string; unitNos: string[];
};
export type AccountCsvError = { line: number; code: string; params: MessageParams };
/** `ok` when no line is refused; `rows` holds the well-formed lines either way. */
export type AccountCsvResult =
  | { ok: true; rows: AccountCsvRow[]; errors: [] }
  | { ok: false; rows: AccountCsvRow[]; errors: AccountCsvError[] };

const REQUIRED = ['username', 'display_name', 'role'] as const;

export function parseAccountsCsv(bytes: Uint8Array): AccountCsvResult {
  const { text } = decodeText(bytes);
  const parsed = Papa.parse<string[]>(text.trim(), { skipEmptyLines: 'greedy' });
  const [header = [], ...records] = parsed.data;
  const columns = header.map((name) => name.trim().toLowerCase());
  const missing = REQUIRED.filter((name) => !columns.includes(name));
  if (missing.length) return { ok: false, rows: [], errors: missing.map((column) => ({ line: 1, code: 'accounts.csv.missingColumn', params: { column } })) };

  const errors: AccountCsvError[] = [];
  const rows: AccountCsvRow[] = [];
  const seen = new Map<string, number>();
  records.forEach((record, index) => {
    const line = index + 2;
    const value = (name: string) => (record[columns.indexOf(name)] ?? '').trim();
    const fail = (code: string, params: MessageParams = {}) => errors.push({ line, code: `accounts.csv.${code}`, params });

    const username = UsernameSchema.safeParse(value('username'));
    if (!username.success) { fail('badUsername', { value: value('username') }); return; }
    const role = RoleSchema.safeParse(value('role'));
    if (!role.success) fail('badRole', { value: value('role') });
    if (!value('display_name')) fail('missingName');
    const password = value('password');
    const weakness = password ? passwordWeakness(password, username.data) : null;
    if (weakness === 'short') fail('shortPassword', { min: NEW_PASSWORD_MIN_LENGTH });
    else if (weakness) fail('weakPassword', {});
    const firstLine = seen.get(username.data);
    if (firstLine) fail('duplicateUsername', { username: username.data, first: firstLine });
    seen.set(username.data, line);
    const unitNos = value('units').split(/[\s;|]+/).filter(Boolean);
    if (unitNos.length && !value('survey')) fail('unitsWithoutSurvey');
    if (role.success && errors.every((error) => error.line !== line)) {
      rows.push({
        line, username: username.data, displayName: value('display_name'), role: role.data,
        password, surveySlug: value('survey'), unitNos,
      });
    }
  });
  return errors.length ? { ok: false, rows, errors } : { ok: true, rows, errors: [] };
}
