// The links of one 資料下載網址 value: split per resource (`;`, also full-width `；`), without blanks
// or repeats, each checked once with the same options.
import type { LinkChecker } from './link-checker';
import type { LinkCheckOptions, LinkResult } from './types';

export function resourceUrls(value: string): string[] {
  const out: string[] = [];
  for (const part of value.split(/[;；]/)) {
    const u = part.trim();
    if (u && !out.includes(u)) { out.push(u); }
  }
  return out;
}

export function checkResourceLinks(checker: LinkChecker, value: string, opts: LinkCheckOptions): Promise<LinkResult[]> {
  return Promise.all(resourceUrls(value).map(u => checker.check(u, opts)));
}
