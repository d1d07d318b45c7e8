// Importing accounts from CSV: every bad line is named, and a file with any bad line imports nothing.
import { describe, expect, it } from 'vitest';
import { openDatabase } from '#server/db/open.ts';
import { seedDemo } from '#server/demo/seed.ts';
import { importAccounts } from '#server/accounts/import-accounts.ts';
import { parseAccountsCsv } from '#server/accounts/parse-accounts-csv.ts';
import { findAccountByUsername, listAccounts } from '#server/repo/accounts.ts';
import { listAssignmentsOfAccount } from '#server/repo/assignments.ts';
import { readAccountSecurity } from '#server/repo/account-security.ts';
import { planImport, previewOf } from '#server/accounts/plan-import.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);
const NOW = '2026-05-20T03:00:00.000Z';

describe('parseAccountsCsv', () => {
  it('reads a good file, with a BOM, semicolons, Vietnamese names and unit lists', () => {
    const csv = '\ufeffusername;display_name;role;password;survey;units\r\n'
      + 'dtv20;Nguyễn Thị Hoa;enumerator;mat-khau-1;hung-yen-2026;03 04\r\n'
      + 'bxd07;Ban XDĐ phường Thái Bình;unit_board;;hung-yen-2026;07\r\n';
    const result = parseAccountsCsv(utf8(csv));
    expect(result).toEqual({ ok: true, errors: [], rows: [
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
    // The well-formed lines are kept beside the errors, so a preview shows both.
    expect(result.rows.map((row) => row.line)).toEqual([2]);
  });

  it('refuses a file without the required columns', () => {
    const result = parseAccountsCsv(utf8('user,name\nx,y\n'));
    expect(result).toEqual({ ok: false, rows: [], errors: [
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
    expect(outcome).toMatchObject({ ok: true, created: [{ username: 'dtv20' }], changed: [] });
    if (!outcome.ok) return;
    expect(outcome.generatedPasswords[0]!.password).toMatch(/^[a-z2-9]{12}$/);
    const account = findAccountByUsername(db, 'dtv20')!;
    expect(listAssignmentsOfAccount(db, account.id).map((a) => a.unitNo)).toEqual(['03', '04']);
  });

  it('imports nothing when one row names an unknown unit or survey, or contradicts an existing account', async () => {
    const db = openDatabase(':memory:');
    await seedDemo(db, NOW);
    const before = listAccounts(db).length;
    const parsed = parseAccountsCsv(utf8('username,display_name,role,password,survey,units\n'
      + 'fresh1,A,enumerator,,hung-yen-2026,01\n'
      + 'dtv01,B,unit_board,,hung-yen-2026,01\n'
      + 'fresh3,C,enumerator,,hung-yen-2026,99\n'
      + 'fresh4,D,enumerator,,no-such-survey,01\n'
      + 'dtv02,E,enumerator,a-new-password,,\n'
      + 'boss2,F,admin,,hung-yen-2026,01\n'));
    if (!parsed.ok) throw new Error('parse failed');
    const outcome = await importAccounts(db, parsed.rows, NOW);
    expect(outcome).toEqual({ ok: false, errors: [
      { line: 3, code: 'accounts.csv.roleMismatch', params: { username: 'dtv01', role: 'enumerator' } },
      { line: 4, code: 'accounts.csv.unknownUnit', params: { unit: '99', survey: 'hung-yen-2026' } },
      { line: 5, code: 'accounts.csv.unknownSurvey', params: { survey: 'no-such-survey' } },
      { line: 6, code: 'accounts.csv.passwordForExisting', params: { username: 'dtv02' } },
      { line: 7, code: 'accounts.csv.unitsForAdmin', params: {} },
    ] });
    expect(listAccounts(db).length).toBe(before);
  });

  it('changes the units of an existing account in the named survey, and makes generated passwords temporary', async () => {
    const db = openDatabase(':memory:');
    await seedDemo(db, NOW);
    const dtv01 = findAccountByUsername(db, 'dtv01')!;
    const units = () => listAssignmentsOfAccount(db, dtv01.id).map((a) => a.unitNo);
    expect(units()).toEqual(['01', '02']);
    const rows = (text: string) => {
      const parsed = parseAccountsCsv(utf8(`username,display_name,role,password,survey,units\n${text}`));
      if (!parsed.ok) throw new Error('parse failed');
      return parsed.rows;
    };
    const plan = planImport(db, rows('dtv01,Any,enumerator,,hung-yen-2026,02 05\nnew9,N,enumerator,,hung-yen-2026,09\ndtv02,E,enumerator,,,\n'));
    expect(previewOf(plan)).toEqual({
      newAccounts: [{ line: 3, username: 'new9', displayName: 'N', role: 'enumerator', surveySlug: 'hung-yen-2026', unitNos: ['09'], generatedPassword: true }],
      changedAssignments: [{ line: 2, username: 'dtv01', surveySlug: 'hung-yen-2026', added: ['05'], removed: ['01'] }],
      unchanged: 1,
      errors: [],
    });
    expect(units()).toEqual(['01', '02']);
    const outcome = await importAccounts(db, rows('dtv01,Any,enumerator,,hung-yen-2026,02 05\nnew9,N,enumerator,,hung-yen-2026,09\n'), NOW);
    expect(outcome).toMatchObject({ ok: true, created: [{ username: 'new9' }], changed: [{ username: 'dtv01' }] });
    expect(units()).toEqual(['02', '05']);
    expect(readAccountSecurity(db, findAccountByUsername(db, 'new9')!.id)?.mustChangePassword).toBe(true);
  });
});
