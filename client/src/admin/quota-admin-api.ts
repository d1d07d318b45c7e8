// The admin's quota calls: the province table and share links. Lives in the admin chunk: nothing outside
// client/src/admin imports it.
import { routeUrl } from '#shared/api/calls.ts';
import type { CreatedShareLink, CreateShareLinkRequest, ProvinceDashboard, ShareLink } from '#shared/api/quota.ts';
import type { Language } from '#shared/i18n/languages.ts';
import { request } from '../api/http.ts';

export function fetchProvince(survey: string): Promise<ProvinceDashboard> {
  return request('GET /api/quota/:survey', { params: { survey } });
}

/** Downloads are plain links: the browser saves the file the server names. */
export function provinceExportUrl(survey: string, format: 'csv' | 'xlsx', language: Language): string {
  const route = format === 'csv' ? 'GET /api/quota/:survey/export.csv' : 'GET /api/quota/:survey/export.xlsx';
  return routeUrl(route, { params: { survey }, query: { lang: language } });
}

export async function listShareLinks(survey: string): Promise<ShareLink[]> {
  return (await request('GET /api/share-links', { query: { survey } })).links;
}

export function createShareLink(input: CreateShareLinkRequest): Promise<CreatedShareLink> {
  return request('POST /api/share-links', { json: input });
}

export async function revokeShareLink(id: number): Promise<ShareLink> {
  return (await request('POST /api/share-links/:id/revoke', { params: { id: String(id) } })).link;
}
