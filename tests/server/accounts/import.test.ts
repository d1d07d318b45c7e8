// Importing accounts from CSV: every bad line is named, and a file with any bad line imports nothing.
import { describe, expect, it } from 'vitest';
import { openDatabase } from '#server/db/open.ts';
import { seedDemo } from '#server/demo/seed.ts';
import { importAccounts } from '#server/accounts/import-accounts.ts';
import { parseAccountsCsv } from '#server/accounts/parse-accounts-csv.ts';
import { findAccountByUsername, listAccounts } from '#server/repo/accounts.ts';
import { listAssignmentsOfAccount } from '#server/repo/assignments.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);
const NOW = '2026-05-20T03:00:00.000Z';

describe('parseAccountsCsv', () => {
  it('reads a good file, with a BOM, semicolons, Vietnamese names and unit lists', () => {
    const csv = '\ufeffusername;display_name;role;password;survey;units\r\n'
      + 'dtv20;Nguyễn Thị Hoa;enumerator;mat-khau-1;hung-yen-2026;03 04\r\n'
      + 'bxd07;Ban XDĐ phường Thái Bình;unit_board;;hung-yen-2026;07\r\n';
    const result = parseAccountsCsv(utf8(csv));
    expect(result).toEqual({ ok: true, rows: [
      { line: 2, username: 'dtv20', displayName: 'Nguyễn Thị Hoa', role: 'enumerator', password: 'mat-khau-1', surveySlug: 'hung-yen-2026', unitNos: ['03', '04'] },
      { line: 3, username: 'bxd07', displayName: 'Ban XDĐ phường Thái Bình', role: 'unit_board', password: '', surveySlug: 'hung-yen-2026', unitNos: ['07'] },
    ] });
  });

  it('names every bad line and what is wrong with it', () => {
    const csv = 'username,display_name,role,password,survey,units\n'
      + 'ok01,Người Một,enumerator,,hung-yen-2026,01\n'
      + 'Bad Name!,Người Hai,enumerator,,,\n'
      + 'ok03,Người Ba,boss,,,\n'
      + 'ok04,,enumerator,short,,\n'
      + 'ok01,Lặp lại,enumerator,,,\n'
      + 'ok06,Người Sáu,enumerator,,,05\n';
    const result = parseAccountsCsv(utf8(csv));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => [e.line, e.code])).toEqual([
      [3, 'accounts.csv.badUsername'],
      [4, 'accounts.csv.badRole'],
      [5, 'accounts.csv.missingName'],
      [5, 'accounts.csv.shortPassword'],
      [6, 'accounts.csv.duplicateUsername'],
      [7, 'accounts.csv.unitsWithoutSurvey'],
    ]);
    expect(result.errors[4]!.params).toEqual({ username: 'ok01', first: 2 });
  });

  it('refuses a file without the required columns', () => {
    const result = parseAccountsCsv(utf8('user,name\nx,y\n'));
    expect(result).toEqual({ ok: false, errors: [
      { line: 1, code: 'accounts.csv.missingColumn', params: { column: 'username' } },
      { line: 1, code: 'accounts.csv.missingColumn', params: { column: 'display_name' } },
      { line: 1, code: 'accounts.csv.missingColumn', params: { column: 'role' } },
    ] });
  });
});

describe('importAccounts', () => {
  it('imports all rows with their assignments and generates missing passwords', async () => {
    const db = openDatabase(':memory:');
    await seedDemo(db, NOW);
    const parsed = parseAccountsCsv(utf8('username,display_name,role,password,survey,units\ndtv20,A,enumerator,,hung-yen-2026,03 04\n'));
    if (!parsed.ok) throw new Error('parse failed');
    const outcome = await importAccounts(db, parsed.rows, NOW);
    expect(outcome).toMatchObject({ ok: true, imported: 1 });
    if (!outcome.ok) return;
    expect(outcome.generatedPasswords[0]!.password).toMatch(/^[a-z2-9]{12}$/);
    const account = findAccountByUsername(db, 'dtv20')!;
    expect(listAssignmentsOfAccount(db, account.id).map((a) => a.unitNo)).toEqual(['03', '04']);
  });

  it('imports nothing when one row names a taken username or an unknown unit', async () => {
    const db = openDatabase(':memory:');
    await seedDemo(db, NOW);
    const before = listAccounts(db).length;
    const parsed = parseAccountsCsv(utf8('username,display_name,role,password,survey,units\n'
      + 'fresh1,A,enumerator,,hung-yen-2026,01\n'
      + 'dtv01,B,enumerator,,hung-yen-2026,01\n'
      + 'fresh3,C,enumerator,,hung-yen-2026,99\n'
      + 'fresh4,D,enumerator,,no-such-survey,01\n'));
    if (!parsed.ok) throw new Error('parse failed');
    const outcome = await importAccounts(db, parsed.rows, NOW);
    expect(outcome).toEqual({ ok: false, errors: [
      { line: 3, code: 'accounts.csv.usernameTaken', params: { username: 'dtv01' } },
      { line: 4, code: 'accounts.csv.unknownUnit', params: { unit: '99', survey: 'hung-yen-2026' } },
      { line: 5, code: 'accounts.csv.unknownSurvey', params: { survey: 'no-such-survey' } },
    ] });
    expect(listAccounts(db).length).toBe(before);
  });
});
