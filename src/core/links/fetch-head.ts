// One GET that keeps only the status, the headers and the first bytes of the body, then closes
// the connection: a resource can be a 1 GB file and we only need to know what it starts with.
import * as http from 'node:http';
import * as https from 'node:https';
import type { LookupFunction } from 'node:net';
import type { ResolvedAddress } from './address';

export interface HeadResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** at most `limit` bytes of the body; empty for non-2xx answers */
  head: Buffer;
}

/** Connect only to the addresses that were checked, so a second DNS answer cannot swap in a
 *  private address between the check and the connection (DNS rebinding). */
function pinnedLookup(addresses: ResolvedAddress[]): LookupFunction {
  return (_hostname, options, callback) => {
    const cb = callback as (err: Error | null, address: unknown, family?: number) => void;
    if ((options as { all?: boolean }).all) { cb(null, addresses); return; }
    cb(null, addresses[0].address, addresses[0].family);
  };
}

export function fetchHead(url: URL, addresses: ResolvedAddress[], limit: number,
  signal: AbortSignal): Promise<HeadResponse> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) { reject(signal.reason); return; }
    const get = url.protocol === 'https:' ? https.request : http.request;
    let settled = false;
    const req = get(url, {
      method: 'GET',
      agent: false, // no pooling: the socket is destroyed after the first KB anyway
      lookup: pinnedLookup(addresses),
      headers: {
        'user-agent': 'opendata-badge link check',
        accept: '*/*',
        'accept-encoding': 'identity', // we sniff raw bytes
      },
    });
    const done = (err: unknown, value?: HeadResponse) => {
      if (settled) { return; }
      settled = true;
      signal.removeEventListener('abort', onAbort);
      req.destroy();
      if (err) { reject(err); } else { resolve(value as HeadResponse); }
    };
    const onAbort = () => done(signal.reason ?? new Error('aborted'));
    signal.addEventListener('abort', onAbort, { once: true });
    req.on('error', err => done(err));
    req.on('response', res => {
      const status = res.statusCode ?? 0;
      if (status < 200 || status >= 300) { done(null, { status, headers: res.headers, head: Buffer.alloc(0) }); return; }
      const chunks: Buffer[] = [];
      let size = 0;
      const finish = () => done(null, { status, headers: res.headers, head: Buffer.concat(chunks, size).subarray(0, limit) });
      res.on('data', (chunk: Buffer) => {
        chunks.push(chunk);
        size += chunk.length;
        if (size >= limit) { finish(); }
      });
      res.on('end', finish);
      res.on('error', err => done(err));
      // a server that closes without finishing the body still gave us its first bytes
      res.on('close', finish);
    });
    req.end();
  });
}
