// From a 資料下載網址 value to checked links: the value may hold several `;`-separated URLs (one
// per resource) when it could not be narrowed to this file's resource.
import { segments } from '../metadata/resources';
import type { LinkChecker } from './link-checker';
import type { LinkCheckOptions, LinkResult } from './types';

/** The distinct non-empty entries of a 資料下載網址 value, in order. */
export function resourceUrls(value: string): string[] {
  return [...new Set(segments(value).map(s => s.text).filter(t => t !== ''))];
}

/** Check every URL of a 資料下載網址 value (each with the same declared format and options). */
export function checkResourceLinks(checker: LinkChecker, value: string, opts: LinkCheckOptions = {}): Promise<LinkResult[]> {
  return Promise.all(resourceUrls(value).map(u => checker.check(u, opts)));
}
