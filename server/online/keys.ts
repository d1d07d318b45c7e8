// The online mode's two keyed values, both derived from the audit key (kept outside the data folder), each under
// its own label: the ticket the page gets when it opens (when it started, by the server's clock, so the grace period
// never trusts the device), and the hash of a respondent's address, whose key changes every Vietnam day.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { surveyDay } from '#shared/i18n/format.ts';
import { addressKey } from '../http/client-address.ts';

function mac(key: Buffer, label: string, text: string): string {
  return createHmac('sha256', key).update(`phieu-online:${label}:${text}`).digest('base64url');
}

/** `<ms>.<mac>`: the server's time when the page opened this link, signed for this link. */
export function makeTicket(key: Buffer, linkId: number, atMs: number): string {
  return `${atMs}.${mac(key, 'ticket', `${linkId}:${atMs}`).slice(0, 22)}`;
}

/** The start time a ticket carries, or undefined when it was not signed by this server for this link. */
export function readTicket(key: Buffer, linkId: number, ticket: string): number | undefined {
  const match = /^(\d{1,15})\.([A-Za-z0-9_-]{22})$/.exec(ticket);
  if (!match) return undefined;
  const atMs = Number(match[1]);
  const expected = Buffer.from(mac(key, 'ticket', `${linkId}:${atMs}`).slice(0, 22));
  return timingSafeEqual(expected, Buffer.from(match[2]!)) ? atMs : undefined;
}

/**
 * The address as stored: an HMAC under the day's key (IPv6 by its /64, as the limiter counts it). The same address
 * gives the same hash within a day, so near-duplicates are found; nothing links two days or recovers an address.
 */
export function addressHash(key: Buffer, address: string, atMs: number): string {
  const dayKey = createHmac('sha256', key).update(`phieu-online:address-day:${surveyDay(atMs)}`).digest();
  return createHmac('sha256', dayKey).update(addressKey(address)).digest('base64url');
}
