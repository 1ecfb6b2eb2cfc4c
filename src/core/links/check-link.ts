// Check one resource link: follow redirects (each target's address checked), then judge the
// first KB of a 2xx answer. Never throws: every failure is a LinkResult with a reason.
import { msg, type Msg } from '../messages';
import { isPrivateAddress, resolveHost } from './address';
import { fetchHead } from './fetch-head';
import { sniff } from './sniff';
import { LINK_DEFAULTS, type LinkCheckOptions, type LinkResult, type LinkStatus } from './types';

// failures of our own network rather than of the link: the answer is "unknown", not "broken"
const LOCAL_NETWORK_ERRORS = new Set(['EAI_AGAIN', 'ENETUNREACH', 'ENETDOWN', 'EAI_FAIL', 'EAI_SYSTEM']);
// a certificate from an issuer Node's CA list lacks (Taiwan's GRCA is not in it, browsers on
// Windows trust it): we cannot tell, so "unknown". Expired or wrong-host certificates stay broken.
const UNTRUSTED_ISSUER_ERRORS = new Set(['UNABLE_TO_GET_ISSUER_CERT_LOCALLY', 'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'SELF_SIGNED_CERT_IN_CHAIN']);

interface Walk {
  url: string;
  current: string;
  redirects: number;
  httpStatus?: number;
  contentType?: string;
}

function result(walk: Walk, status: LinkStatus, reason: Msg): LinkResult {
  const r: LinkResult = { url: walk.url, finalUrl: walk.current, status, redirects: walk.redirects, reason };
  if (walk.httpStatus !== undefined) { r.httpStatus = walk.httpStatus; }
  if (walk.contentType !== undefined) { r.contentType = walk.contentType; }
  return r;
}

function parseUrl(text: string, base?: string): URL | null {
  try { return new URL(text.trim(), base); } catch { return null; }
}

function errorCode(err: unknown): string {
  const e = err as { code?: unknown; message?: unknown } | null;
  if (e && typeof e.code === 'string') { return e.code; }
  return e && typeof e.message === 'string' ? e.message : String(err);
}

async function walkRedirects(walk: Walk, opts: LinkCheckOptions, signal: AbortSignal): Promise<LinkResult> {
  const maxRedirects = opts.maxRedirects ?? LINK_DEFAULTS.maxRedirects;
  let url = parseUrl(walk.url);
  if (!url) { return result(walk, 'broken', msg('The link is not a valid URL')); }
  const seen = new Set<string>();
  for (;;) {
    walk.current = url.href;
    seen.add(url.href);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      return walk.redirects === 0
        ? result(walk, 'error', msg('Only http and https links can be checked ({0})', url.protocol))
        : result(walk, 'broken', msg('The link redirects to {0}, which is not a web address', url.href));
    }
    const addresses = await resolveHost(url.hostname, signal);
    if (addresses.length === 0) { return result(walk, 'broken', msg('The link could not be reached ({0})', 'ENOTFOUND')); }
    const blocked = opts.allowPrivate ? undefined : addresses.find(a => isPrivateAddress(a.address));
    if (blocked) {
      return result(walk, 'refused',
        msg('The link points to a private or local address ({0} is {1}): not checked', url.hostname, blocked.address));
    }
    const res = await fetchHead(url, addresses, LINK_DEFAULTS.sampleBytes, signal);
    walk.httpStatus = res.status;
    const type = res.headers['content-type'];
    if (type !== undefined) { walk.contentType = type; } else { delete walk.contentType; }
    if (res.status >= 300 && res.status < 400 && res.status !== 304) {
      const location = res.headers.location;
      if (!location) { return result(walk, 'broken', msg('The link answers with HTTP {0} but no Location to redirect to', res.status)); }
      const next = parseUrl(location, url.href);
      if (!next) { return result(walk, 'broken', msg('The link redirects to an invalid address: {0}', location)); }
      if (seen.has(next.href)) { return result(walk, 'broken', msg('The link redirects in a loop (back to {0})', next.href)); }
      if (walk.redirects >= maxRedirects) { return result(walk, 'broken', msg('The link redirects more than {0} times', maxRedirects)); }
      walk.redirects++;
      url = next;
      continue;
    }
    if (res.status < 200 || res.status >= 300) {
      return result(walk, 'broken', msg('The link answers with HTTP {0}, not with success', res.status));
    }
    const encoding = String(res.headers['content-encoding'] ?? 'identity').trim().toLowerCase();
    const disposition = String(res.headers['content-disposition'] ?? '');
    const verdict = sniff({
      expected: opts.expectedFormat, contentType: type, head: res.head, finalUrl: url.href,
      encoded: encoding !== '' && encoding !== 'identity', attachment: /^\s*attachment\b/i.test(disposition),
    });
    return result(walk, verdict.direct ? 'ok' : 'not-direct', verdict.reason);
  }
}

/** Check a resource link; resolves (never rejects) with what was found. */
export async function checkLink(url: string, opts: LinkCheckOptions = {}): Promise<LinkResult> {
  const walk: Walk = { url, current: url, redirects: 0 };
  const timeoutMs = opts.timeoutMs ?? LINK_DEFAULTS.timeoutMs;
  if (opts.signal?.aborted) { return result(walk, 'error', msg('The link check was cancelled')); }
  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(new Error('timeout')), timeoutMs);
  const onCancel = () => deadline.abort(opts.signal?.reason ?? new Error('cancelled'));
  opts.signal?.addEventListener('abort', onCancel, { once: true });
  try {
    return await walkRedirects(walk, opts, deadline.signal);
  } catch (err) {
    if (opts.signal?.aborted) { return result(walk, 'error', msg('The link check was cancelled')); }
    if (deadline.signal.aborted) { return result(walk, 'broken', msg('The link did not answer within {0} ms', timeoutMs)); }
    const code = errorCode(err);
    if (LOCAL_NETWORK_ERRORS.has(code)) { return result(walk, 'error', msg('The link could not be checked from here ({0})', code)); }
    if (UNTRUSTED_ISSUER_ERRORS.has(code)) {
      return result(walk, 'error',
        msg('The certificate of the link is not trusted on this machine ({0}): add its issuer with NODE_EXTRA_CA_CERTS to check it', code));
    }
    return result(walk, 'broken', msg('The link could not be reached ({0})', code));
  } finally {
    clearTimeout(timer);
    opts.signal?.removeEventListener('abort', onCancel);
  }
}
