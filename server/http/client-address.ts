// The one notion of who is at the other end of a request, for rate limits and the audit log.
// Behind the README's reverse proxy the socket is always the proxy (127.0.0.1): only under PHIEU_TRUST_PROXY is
// X-Forwarded-For read, and then only its right-most entry, the one our own proxy appended. Entries to its left
// were sent by the caller and can say anything.
import type { Context } from 'hono';
import type { Config } from '../config.ts';

/** The socket's peer as @hono/node-server passes it (`c.env.incoming`); absent under `app.request` in tests. */
type NodeBindings = { incoming?: { socket?: { remoteAddress?: string } } } | undefined;

/** What a request made without a socket (app.request in tests and benches) is counted as. */
export const NO_SOCKET_ADDRESS = 'local';

export function clientAddress(c: Context, config: Pick<Config, 'trustProxy'>): string {
  if (config.trustProxy) {
    const forwarded = c.req.header('x-forwarded-for');
    const last = forwarded?.split(',').map((hop) => hop.trim()).filter((hop) => hop !== '').at(-1);
    if (last) return normalize(last);
  }
  const socket = (c.env as NodeBindings)?.incoming?.socket?.remoteAddress;
  return socket ? normalize(socket) : NO_SOCKET_ADDRESS;
}

/** `::ffff:192.0.2.7` is the IPv4 address 192.0.2.7; `[2001:db8::1]:443` and `192.0.2.7:51000` lose the port. */
function normalize(address: string): string {
  let value = address.trim().toLowerCase();
  const bracketed = value.match(/^\[([^\]]+)\](?::\d+)?$/);
  if (bracketed?.[1]) value = bracketed[1];
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(value)) value = value.slice(0, value.lastIndexOf(':'));
  const mapped = value.match(/^::ffff:(\d{1,3}(\.\d{1,3}){3})$/);
  return mapped?.[1] ?? value;
}

/**
 * The key an address is limited under: an IPv4 address as is, an IPv6 address by its /64 network, since one home
 * or phone line is given a whole /64 and could otherwise take a fresh address for every guess.
 */
export function addressKey(address: string): string {
  if (!address.includes(':')) return address;
  const [head = '', tail = ''] = address.split('::');
  const left = head === '' ? [] : head.split(':');
  const right = tail === '' ? [] : tail.split(':');
  const groups = address.includes('::') ? [...left, ...Array<string>(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right] : left;
  return `${groups.slice(0, 4).map((group) => group.replace(/^0+(?=.)/, '')).join(':')}::/64`;
}
