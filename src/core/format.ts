// Which kind of file is this? By name first; the content decides for catalogue exports and .txt.
import { extname } from 'node:path';
import { isCatalogueText, isMetadataPath } from './metadata';
import { isProjectConfigPath } from './config/name';
import type { FileFormat } from './types';

const DATA_EXTENSIONS = new Set(['.csv', '.tsv', '.tab', '.json', '.geojson', '.xml', '.txt']);

/** True for names the CLI and the editor look at (data files and metadata files). */
export function isCheckablePath(path: string): boolean {
  if (isProjectConfigPath(path)) { return false; }
  return isMetadataPath(path) || DATA_EXTENSIONS.has(extname(path).toLowerCase());
}

/** `head` is the start of the decoded text (64 KB is plenty) when it is known. */
export function detectFormat(path: string, head?: string): FileFormat {
  if (isMetadataPath(path)) { return 'metadata'; }
  const ext = extname(path).toLowerCase();
  const byName: FileFormat | null =
    ext === '.csv' ? 'csv' : ext === '.tsv' || ext === '.tab' ? 'tsv'
      : ext === '.json' || ext === '.geojson' ? 'json' : ext === '.xml' ? 'xml' : null;
  if (head !== undefined && (byName === 'csv' || byName === 'json') && isCatalogueText(head)) {
    return 'metadata';
  }
  if (byName) { return byName; }
  // YAML (an API description, say) is no table, whatever commas it holds
  if (head === undefined || ext === '.yaml' || ext === '.yml') { return 'unknown'; }
  const first = head.replace(/^\uFEFF/, '').trimStart()[0];
  if (first === '{' || first === '[') { return 'json'; }
  if (first === '<') { return 'xml'; }
  return head.includes('\t') ? 'tsv' : head.includes(',') ? 'csv' : 'unknown';
}

/** The syntax a metadata file is written in. */
export function contentFormatOf(path: string, format: FileFormat): FileFormat {
  if (format !== 'metadata') { return format; }
  return extname(path).toLowerCase() === '.csv' ? 'csv' : 'json';
}
