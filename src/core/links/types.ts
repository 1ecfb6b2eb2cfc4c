// The shapes of a resource-link check (資料下載網址). Plain data, so results can be cached, sent to
// a worker or printed by the CLI.
import type { Msg } from '../messages';

/**
 * ok: 2xx and the bytes fit the declared format; broken: no success (HTTP error, timeout, loop,
 * unreachable); not-direct: a web page or login instead of the data; refused: a private or local
 * address, not contacted; error: the check itself could not run (cancelled, offline, ftp:).
 */
export type LinkStatus = 'ok' | 'broken' | 'not-direct' | 'refused' | 'error';

export interface LinkCheckOptions {
  /** the declared 檔案格式; other values only get the "not a web page" check */
  expectedFormat?: 'csv' | 'json' | 'xml' | string;
  /** for the whole check, redirects included (default 10000) */
  timeoutMs?: number;
  /** default 5; one more is `broken` */
  maxRedirects?: number;
  /** contact private, loopback and link-local addresses (default false) */
  allowPrivate?: boolean;
  signal?: AbortSignal;
}

export interface LinkResult {
  url: string;
  /** the last URL requested (after redirects) */
  finalUrl: string;
  status: LinkStatus;
  httpStatus?: number;
  contentType?: string;
  redirects: number;
  reason: Msg;
}

export const LINK_DEFAULTS = {
  timeoutMs: 10_000,
  maxRedirects: 5,
  /** bytes of the body read before the connection is closed */
  sampleBytes: 1024,
} as const;
