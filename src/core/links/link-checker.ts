// Checks many links: a few at a time, each URL once while it is in flight, and results kept for a
// while so that re-linting on every keystroke does not hit the agency's server again.
import { msg } from '../messages';
import { checkLink } from './check-link';
import { Limiter } from './limiter';
import type { LinkCheckOptions, LinkResult } from './types';

export interface LinkCheckerOptions {
  /** links checked at the same time (default 4) */
  concurrency?: number;
  /** how long a result is reused, in ms (default 10 minutes) */
  ttlMs?: number;
  /** results kept at most; the oldest go first (default 2000) */
  maxEntries?: number;
  /** the clock, injectable for tests (default Date.now) */
  now?: () => number;
  /** the single-link check, injectable for tests (default checkLink) */
  checkOne?: (url: string, opts: LinkCheckOptions) => Promise<LinkResult>;
}

interface InFlight {
  key: string;
  promise: Promise<LinkResult>;
  controller: AbortController;
  waiters: number;
}

export class LinkChecker {
  private readonly limiter: Limiter;
  private readonly ttlMs: number;
  private readonly maxEntries: number;
  private readonly now: () => number;
  private readonly checkOne: (url: string, opts: LinkCheckOptions) => Promise<LinkResult>;
  private readonly cache = new Map<string, { at: number; result: LinkResult }>();
  private readonly inFlight = new Map<string, InFlight>();

  constructor(options: LinkCheckerOptions = {}) {
    this.limiter = new Limiter(options.concurrency ?? 4);
    this.ttlMs = options.ttlMs ?? 10 * 60_000;
    this.maxEntries = options.maxEntries ?? 2000;
    this.now = options.now ?? Date.now;
    this.checkOne = options.checkOne ?? checkLink;
  }

  /** The result depends on the URL and on the options that change the verdict. */
  private key(url: string, opts: LinkCheckOptions): string {
    return JSON.stringify([url, (opts.expectedFormat ?? '').toLowerCase(), !!opts.allowPrivate,
      opts.timeoutMs ?? null, opts.maxRedirects ?? null]);
  }

  check(url: string, opts: LinkCheckOptions = {}): Promise<LinkResult> {
    const key = this.key(url, opts);
    const cached = this.cache.get(key);
    if (cached && this.now() - cached.at < this.ttlMs) { return Promise.resolve(cached.result); }
    if (cached) { this.cache.delete(key); }
    let flight = this.inFlight.get(key);
    if (!flight) { flight = this.start(key, url, opts); }
    return this.wait(flight, url, opts.signal);
  }

  /** Forget every result (a "check again" command). */
  clear(): void {
    this.cache.clear();
  }

  private start(key: string, url: string, opts: LinkCheckOptions): InFlight {
    const controller = new AbortController();
    const promise = this.limiter.run(() => this.checkOne(url, { ...opts, signal: controller.signal }))
      .catch((err: unknown): LinkResult => ({ url, finalUrl: url, status: 'error', redirects: 0,
        reason: msg('The link could not be checked from here ({0})', String(err)) }))
      .then(res => {
        // an error (cancelled, offline) says nothing about the link: try again next time
        if (res.status !== 'error') { this.remember(key, res); }
        return res;
      })
      .finally(() => { if (this.inFlight.get(key) === flight) { this.inFlight.delete(key); } });
    const flight: InFlight = { key, promise, controller, waiters: 0 };
    this.inFlight.set(key, flight);
    return flight;
  }

  /** One caller's view of a shared check: its own signal cancels its wait, and the request itself
   *  once nobody waits for it any more. */
  private wait(flight: InFlight, url: string, signal: AbortSignal | undefined): Promise<LinkResult> {
    flight.waiters++;
    if (!signal) { return flight.promise; }
    const cancelled: LinkResult = { url, finalUrl: url, status: 'error', redirects: 0, reason: msg('The link check was cancelled') };
    if (signal.aborted) { this.leave(flight); return Promise.resolve(cancelled); }
    return new Promise(resolve => {
      const onAbort = () => { this.leave(flight); resolve(cancelled); };
      signal.addEventListener('abort', onAbort, { once: true });
      flight.promise.then(res => { signal.removeEventListener('abort', onAbort); resolve(res); });
    });
  }

  private leave(flight: InFlight): void {
    flight.waiters--;
    if (flight.waiters > 0) { return; }
    // a caller arriving now must start afresh, not join a cancelled request
    if (this.inFlight.get(flight.key) === flight) { this.inFlight.delete(flight.key); }
    flight.controller.abort();
  }

  private remember(key: string, result: LinkResult): void {
    const now = this.now();
    for (const [k, v] of this.cache) {
      if (now - v.at >= this.ttlMs || this.cache.size >= this.maxEntries) { this.cache.delete(k); } else { break; }
    }
    this.cache.delete(key); // re-inserted last, keeping the map in time order
    this.cache.set(key, { at: now, result });
  }
}
