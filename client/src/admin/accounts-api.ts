// The admin's account calls: the list, create, edit, disable/enable, reset, units, CSV import, 2FA removal, and the
// surveys with their units for the unit picker. Lives in the admin chunk: nothing outside the admin area imports it.
import type {
  AdminAccount, CreateAccountRequest, ImportPreview, ImportResult, ResetPasswordResponse, UpdateAccountRequest,
} from '#shared/api/admin.ts';
import type { SurveySummary } from '#shared/api/surveys.ts';
import { request } from '../api/http.ts';

export async function listAccounts(): Promise<AdminAccount[]> {
  return (await request('GET /api/admin/accounts')).accounts;
}

export async function createAccount(json: CreateAccountRequest): Promise<AdminAccount> {
  return (await request('POST /api/admin/accounts', { json })).account;
}

export async function updateAccount(id: number, json: UpdateAccountRequest): Promise<AdminAccount> {
  return (await request('POST /api/admin/accounts/:id', { params: { id: String(id) }, json })).account;
}

export async function setDisabled(id: number, disabled: boolean): Promise<AdminAccount> {
  const params = { id: String(id) };
  const answer = disabled
    ? await request('POST /api/admin/accounts/:id/disable', { params })
    : await request('POST /api/admin/accounts/:id/enable', { params });
  return answer.account;
}

export function resetPassword(id: number): Promise<ResetPasswordResponse> {
  return request('POST /api/admin/accounts/:id/reset-password', { params: { id: String(id) } });
}

export async function setAssignments(id: number, surveySlug: string, unitNos: string[]): Promise<AdminAccount> {
  return (await request('POST /api/admin/accounts/:id/assignments', { params: { id: String(id) }, json: { surveySlug, unitNos } })).account;
}

export async function removeTwoFactor(id: number): Promise<AdminAccount> {
  return (await request('POST /api/admin/accounts/:id/two-factor/disable', { params: { id: String(id) } })).account;
}

/** Every survey with every unit (an admin's list): the unit picker's choices, with their names. */
export async function listSurveys(): Promise<SurveySummary[]> {
  return (await request('GET /api/surveys')).surveys;
}

/** The file's bytes as base64: the server detects the encoding itself (UTF-8 with or without BOM, or Excel's). */
export async function fileToBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function previewImport(fileBase64: string): Promise<ImportPreview> {
  return request('POST /api/admin/accounts/import/preview', { json: { fileBase64 } });
}

export function applyImport(fileBase64: string): Promise<ImportResult> {
  return request('POST /api/admin/accounts/import', { json: { fileBase64 } });
}
