// The admin's online link calls (decision 0021). Lives in the admin chunk: nothing outside client/src/admin imports it.
import { routeUrl } from '#shared/api/calls.ts';
import type { CreateOnlineLinkRequest, OnlineLink, OnlineLinkState } from '#shared/online/schema.ts';
import { request } from '../../api/http.ts';

export async function listOnlineLinks(survey: string): Promise<OnlineLink[]> {
  return (await request('GET /api/online-links', { query: { survey } })).links;
}

export async function createOnlineLink(input: CreateOnlineLinkRequest): Promise<OnlineLink> {
  return (await request('POST /api/online-links', { json: input })).link;
}

export async function setOnlineLinkState(id: number, state: OnlineLinkState): Promise<OnlineLink> {
  return (await request('POST /api/online-links/:id/state', { params: { id: String(id) }, json: { state } })).link;
}

/** The QR code is made by the server: an image (and a download) by its address. */
export function qrUrl(id: number): string {
  return routeUrl('GET /api/online-links/:id/qr.svg', { params: { id: String(id) } });
}
