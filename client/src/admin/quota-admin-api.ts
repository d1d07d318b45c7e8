// The admin's quota calls: the province table and share links. Lives in the admin chunk: nothing outside
// client/src/admin imports it.
import type {
  CreatedShareLink, CreateShareLinkRequest, ProvinceDashboard, ShareLink, ShareLinkList, ShareLinkResponse,
} from '#shared/api/quota.ts';
import type { Language } from '#shared/i18n/languages.ts';
import { request } from '../api/http.ts';

const enc = encodeURIComponent;

export function fetchProvince(survey: string): Promise<ProvinceDashboard> {
  return request<ProvinceDashboard>(`/api/quota/${enc(survey)}`);
}

/** Downloads are plain links: the browser saves the file the server names. */
export function provinceExportUrl(survey: string, format: 'csv' | 'xlsx', language: Language): string {
  return `/api/quota/${enc(survey)}/export.${format}?lang=${language}`;
}

export async function listShareLinks(survey: string): Promise<ShareLink[]> {
  return (await request<ShareLinkList>(`/api/share-links?survey=${enc(survey)}`)).links;
}

export function createShareLink(input: CreateShareLinkRequest): Promise<CreatedShareLink> {
  return request<CreatedShareLink>('/api/share-links', { method: 'POST', json: input });
}

export async function revokeShareLink(id: number): Promise<ShareLink> {
  return (await request<ShareLinkResponse>(`/api/share-links/${id}/revoke`, { method: 'POST', json: {} })).link;
}
