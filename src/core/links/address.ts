// Which addresses a link may reach: a linter run on a data officer's machine must not become a
// way to probe the intranet or a cloud metadata service (SSRF), so private and local addresses
// are refused unless the user allows them.
import { lookup } from 'node:dns';
import { isIP } from 'node:net';

export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

function ipv4Bytes(ip: string): number[] | null {
  const parts = ip.split('.');
  if (parts.length !== 4) { return null; }
  const bytes = parts.map(p => (/^\d{1,3}$/.test(p) ? Number(p) : NaN));
  return bytes.every(b => b >= 0 && b <= 255) ? bytes : null;
}

function isPrivateIPv4(ip: string): boolean {
  const b = ipv4Bytes(ip);
  if (!b) { return false; }
  return b[0] === 0 // "this network": 0.0.0.0 reaches the local host on Linux
    || b[0] === 127
    || b[0] === 10
    || (b[0] === 172 && b[1] >= 16 && b[1] <= 31)
    || (b[0] === 192 && b[1] === 168)
    || (b[0] === 169 && b[1] === 254);
}

/** The 8 16-bit groups of an IPv6 address, or null. */
function ipv6Groups(ip: string): number[] | null {
  let text = ip.toLowerCase().replace(/%.*$/, ''); // zone id
  // a trailing dotted IPv4 part (::ffff:127.0.0.1) is two groups written differently
  const v4 = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (v4) {
    const b = ipv4Bytes(v4[1]);
    if (!b) { return null; }
    text = text.slice(0, -v4[1].length) + (((b[0] << 8) | b[1]).toString(16)) + ':' + (((b[2] << 8) | b[3]).toString(16));
  }
  const halves = text.split('::');
  if (halves.length > 2) { return null; }
  const parse = (s: string) => (s === '' ? [] : s.split(':').filter(g => g !== '').map(g => parseInt(g, 16)));
  const head = parse(halves[0]);
  const rest = halves.length === 2 ? parse(halves[1]) : [];
  const fill = 8 - head.length - rest.length;
  if (fill < 0 || (halves.length === 1 && fill !== 0)) { return null; }
  const groups = [...head, ...new Array<number>(fill).fill(0), ...rest];
  return groups.length === 8 && groups.every(g => Number.isInteger(g) && g >= 0 && g <= 0xffff) ? groups : null;
}

function isPrivateIPv6(ip: string): boolean {
  const g = ipv6Groups(ip);
  if (!g) { return false; }
  if (g.every(x => x === 0)) { return true; } // :: (unspecified)
  if (g.slice(0, 7).every(x => x === 0) && g[7] === 1) { return true; } // ::1
  if ((g[0] & 0xfe00) === 0xfc00) { return true; } // fc00::/7 unique local
  if ((g[0] & 0xffc0) === 0xfe80) { return true; } // fe80::/10 link-local
  // ::ffff:a.b.c.d (IPv4-mapped) reaches the IPv4 address
  if (g.slice(0, 5).every(x => x === 0) && g[5] === 0xffff) {
    return isPrivateIPv4(`${g[6] >> 8}.${g[6] & 255}.${g[7] >> 8}.${g[7] & 255}`);
  }
  return false;
}

/** True for loopback, private, link-local and unspecified addresses (IPv4 and IPv6). */
export function isPrivateAddress(ip: string): boolean {
  const family = isIP(ip);
  if (family === 4) { return isPrivateIPv4(ip); }
  if (family === 6) { return isPrivateIPv6(ip); }
  return false;
}

/** URL.hostname keeps IPv6 literals in brackets. */
export function bareHost(hostname: string): string {
  return hostname.startsWith('[') && hostname.endsWith(']') ? hostname.slice(1, -1) : hostname;
}

/** All addresses of a host (an IP literal is its own address). dns.lookup cannot be aborted,
 *  so the signal only stops the wait. */
export function resolveHost(hostname: string, signal: AbortSignal): Promise<ResolvedAddress[]> {
  const host = bareHost(hostname);
  const family = isIP(host);
  if (family !== 0) { return Promise.resolve([{ address: host, family: family as 4 | 6 }]); }
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(signal.reason ?? new Error('aborted'));
    if (signal.aborted) { onAbort(); return; }
    signal.addEventListener('abort', onAbort, { once: true });
    lookup(host, { all: true, verbatim: true }, (err, addresses) => {
      signal.removeEventListener('abort', onAbort);
      if (err) { reject(err); return; }
      resolve(addresses.map(a => ({ address: a.address, family: a.family === 6 ? 6 : 4 })));
    });
  });
}
