// Checks a list of files the way `check` and `report` both need: metadata resolved per file,
// big files streamed, OpenAPI documents validated, unreadable ones counted.
import { statSync } from 'node:fs';
import { checkBytesOrApi, checkStream, isCheckablePath } from '../core/engine';
import { isMetadataPath, MetadataResolver } from '../core/metadata';
import { isApiCandidatePath, isYamlPath, mayBeApiDocument } from '../core/openapi/hint';
import type { FileReport } from '../core/types';
import type { ResolvedMetadata } from '../core/metadata/model';
import type { LinkChecker } from '../core/links';
import { nodeMetadataFs, opener, readFile, readHead } from './files';

/** Files bigger than this are streamed in two passes instead of read whole. */
const STREAM_OVER = 64 * 1024 * 1024;

/** What the CLI walks folders for: data and metadata files, and YAML that may be an API. */
export function isCliTarget(path: string): boolean {
  return isCheckablePath(path) || isYamlPath(path);
}

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
  // the HTTP client (and node's TLS) loads only for a file whose metadata lists links
  let checker: LinkChecker | null = null;
  const links = async (metadata: ResolvedMetadata, path: string) => {
    const l = await import('../core/links');
    checker ??= new l.LinkChecker();
    return l.checkMetadataLinks(checker, metadata, path, { allowPrivate: o.allowPrivateLinks ?? false });
  };
  const reports: FileReport[] = [];
  let unreadable = 0;
  for (const [i, path] of files.entries()) {
    try {
      const size = statSync(path).size;
      // an API description has no metadata and no resource links of its own; only a JSON or YAML
      // file's first KBs are read to learn whether it is one
      const apiLike = isApiCandidatePath(path) && mayBeApiDocument(path, size, new TextDecoder().decode(await readHead(path, 4096)));
      // YAML files are looked at for API descriptions only
      if (!apiLike && isYamlPath(path)) { o.progress?.(i + 1, files.length, path); continue; }
      const metadata = isMetadataPath(path) || apiLike ? null : await resolver.resolve(path, nodeMetadataFs, { explicit: o.metadata });
      const options = { today: o.today, links: o.links ? (metadata ? await links(metadata, path) : []) : undefined };
      const report = size > STREAM_OVER
        ? await checkStream(path, opener(path), metadata, options)
        : await checkBytesOrApi({ path, bytes: readFile(path), metadata }, options);
      if (report.api || !isYamlPath(path)) { reports.push(report); }
    } catch (e) {
      unreadable++;
      err(`opendata-badge: cannot check ${path}: ${(e as Error).message}`);
    }
    o.progress?.(i + 1, files.length, path);
  }
  return { reports, unreadable };
}

