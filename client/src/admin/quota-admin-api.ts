// The admin's quota calls: the province table and share links. Lives in the admin chunk: nothing outside
// client/src/admin imports it.
import {
  CreatedShareLinkSchema, ProvinceDashboardSchema, ShareLinkListSchema, ShareLinkResponseSchema,
  type CreatedShareLink, type CreateShareLinkRequest, type ProvinceDashboard, type ShareLink,
} from '#shared/api/quota.ts';
import type { Language } from '#shared/i18n/message.ts';
import { request } from '../api/http.ts';

const enc = encodeURIComponent;

export function fetchProvince(survey: string): Promise<ProvinceDashboard> {
  return request(`/api/quota/${enc(survey)}`, ProvinceDashboardSchema);
}

/** Downloads are plain links: the browser saves the file the server names. */
export function provinceExportUrl(survey: string, format: 'csv' | 'xlsx', language: Language): string {
  return `/api/quota/${enc(survey)}/export.${format}?lang=${language}`;
}

export async function listShareLinks(survey: string): Promise<ShareLink[]> {
  return (await request(`/api/share-links?survey=${enc(survey)}`, ShareLinkListSchema)).links;
}

export function createShareLink(input: CreateShareLinkRequest): Promise<CreatedShareLink> {
  return request('/api/share-links', CreatedShareLinkSchema, { method: 'POST', json: input });
}

export async function revokeShareLink(id: number): Promise<ShareLink> {
  return (await request(`/api/share-links/${id}/revoke`, ShareLinkResponseSchema, { method: 'POST', json: {} })).link;
}
