// Checks a list of files the way `check` and `report` both need: metadata resolved per file,
// big files streamed, OpenAPI documents validated, unreadable ones counted.
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { resolveFor, type ProjectConfig } from '../core/config/project-config';
import type { EngineOptions } from '../core/engine';
import type { ResolvedMetadata } from '../core/metadata/model';
import { checkResourceFile } from '../core/resources/check';
import { isResourcePath, type ByteReader } from '../core/resources/sniff';
import { checkBytesOrApi, checkStream, isCheckablePath } from '../core/engine';
import { isMetadataPath, MetadataResolver } from '../core/metadata';
import { isApiCandidatePath, isYamlPath, mayBeApiDocument } from '../core/openapi/hint';
import type { FileReport } from '../core/types';
import type { LinkChecker } from '../core/links';
import { nodeMetadataFs, opener, readFile, readHead } from './files';
import { render } from '../core/messages';
import type { Translate } from './translate';
import { W } from './words';

/**
 * Files bigger than this are streamed in two passes instead of read whole: reading a file into
 * fresh memory cost more than reading it twice into the stream's reused buffers (100 MB: 47 ms
 * against 2 x 8 ms, page faults), and memory stays flat. An API description is validated as a
 * whole, so it is read whole up to API_STREAM_OVER.
 */
const STREAM_OVER = 4 * 1024 * 1024;
const API_STREAM_OVER = 64 * 1024 * 1024;

/** What the CLI walks folders for: data and metadata files, YAML that may be an API, and the
 *  resource files (spreadsheets, PDFs…) that are listed with what was done with them. */
export function isCliTarget(path: string): boolean {
  return isCheckablePath(path) || isYamlPath(path) || isResourcePath(path);
}

export interface RunOptions {
  metadata?: string;
  today?: string;
  /** days allowed past 更新頻率 before a dataset is overdue (over the config's) */
  graceDays?: number;
  /** the project configuration of each file (.opendatabadge.json) */
  configs?: ReadonlyMap<string, readonly ProjectConfig[]>;
  /** check the resource links (資料下載網址) over the network; false = --offline */
  links?: boolean;
  /** links to private and loopback addresses are checked too (local test servers) */
  allowPrivateLinks?: boolean;
  /** called after each file, for progress */
  progress?: (done: number, total: number, path: string) => void;
}

export async function runChecks(files: string[], o: RunOptions, err: (s: string) => void, t: Translate): Promise<{ reports: FileReport[]; unreadable: number }> {
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
    const config = resolveFor(o.configs?.get(path) ?? [], resolve(path));
    const engine = { today: o.today, graceDays: o.graceDays ?? config.graceDays, severities: config.severities };
    try {
      const size = statSync(path).size;
      // an API description has no metadata and no resource links of its own; only a JSON or YAML
      // file's first KBs are read to learn whether it is one
      const apiLike = isApiCandidatePath(path) && mayBeApiDocument(path, size, new TextDecoder().decode(await readHead(path, 4096)));
      // YAML files are looked at for API descriptions only
      if (!apiLike && isYamlPath(path)) { o.progress?.(i + 1, files.length, path); continue; }
      const metadata = isMetadataPath(path) || apiLike ? null : await resolver.resolve(path, nodeMetadataFs, { explicit: o.metadata });
      if (isResourcePath(path) && !isCheckablePath(path)) {
        reports.push(await checkResource(path, size, metadata, engine));
        o.progress?.(i + 1, files.length, path);
        continue;
      }
      const options = { ...engine, links: o.links ? (metadata ? await links(metadata, path) : []) : undefined };
      const report = size > (apiLike ? API_STREAM_OVER : STREAM_OVER)
        ? await checkStream(path, opener(path), metadata, options)
        : await checkBytesOrApi({ path, bytes: readFile(path), metadata }, options);
      if (report.api || !isYamlPath(path)) { reports.push(report); }
    } catch (e) {
      unreadable++;
      err(`opendata-badge: ${render(W.cannotCheck(path, (e as Error).message), t)}`);
    }
    o.progress?.(i + 1, files.length, path);
  }
  return { reports, unreadable };
}

/** A spreadsheet, PDF or archive by its bytes is listed, not checked; text named so is checked. */
async function checkResource(path: string, size: number, metadata: ResolvedMetadata | null, options: EngineOptions): Promise<FileReport> {
  const fd = openSync(path, 'r');
  try {
    const reader: ByteReader = {
      size,
      read: async (offset, length) => {
        const b = Buffer.alloc(Math.max(0, Math.min(length, size - offset)));
        const n = readSync(fd, b, 0, b.length, offset);
        return new Uint8Array(b.buffer, b.byteOffset, n);
      },
    };
    return await checkResourceFile(path, reader, async () => readFile(path), metadata, options);
  } finally {
    closeSync(fd);
  }
}
