// Checks a list of files the way `check` and `report` both need: metadata resolved per file,
// big files streamed, unreadable ones counted.
import { promises as fsp } from 'node:fs';
import { checkBytes, checkStream } from '../core/engine';
import { isMetadataPath, MetadataResolver } from '../core/metadata';
import type { FileReport } from '../core/types';
import { checkMetadataLinks, LinkChecker } from '../core/links';
import { nodeMetadataFs, opener } from './files';

/** Files bigger than this are streamed in two passes instead of read whole. */
const STREAM_OVER = 64 * 1024 * 1024;

export interface RunOptions {
  metadata?: string;
  today?: string;
  /** check the resource links (資料下載網址) over the network; false = --offline */
  links?: boolean;
  /** links to private and loopback addresses are checked too (local test servers) */
  allowPrivateLinks?: boolean;
  /** called after each file, for progress */
  progress?: (done: number, total: number, path: string) => void;
}

export async function runChecks(files: string[], o: RunOptions, err: (s: string) => void): Promise<{ reports: FileReport[]; unreadable: number }> {
  const resolver = new MetadataResolver();
  const checker = o.links ? new LinkChecker() : null;
  const reports: FileReport[] = [];
  let unreadable = 0;
  for (const [i, path] of files.entries()) {
    try {
      const metadata = isMetadataPath(path) ? null : await resolver.resolve(path, nodeMetadataFs, { explicit: o.metadata });
      const size = (await fsp.stat(path)).size;
      const links = checker && metadata ? await checkMetadataLinks(checker, metadata, path, { allowPrivate: o.allowPrivateLinks ?? false }) : undefined;
      const options = { today: o.today, links: checker ? links ?? [] : undefined };
      reports.push(size > STREAM_OVER
        ? await checkStream(path, opener(path), metadata, options)
        : checkBytes({ path, bytes: new Uint8Array(await fsp.readFile(path)), metadata }, options));
    } catch (e) {
      unreadable++;
      err(`opendata-badge: cannot check ${path}: ${(e as Error).message}`);
    }
    o.progress?.(i + 1, files.length, path);
  }
  return { reports, unreadable };
}

