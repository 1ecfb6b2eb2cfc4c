// Reading and parsing metadata files, cached per resolver by (path, mtime) when the file system
// can tell the mtime, else for the resolver's lifetime (one CLI run, one editor check).
import { LineIndex } from '../text/line-index';
import { parseCatalogueCsv, parseCatalogueJson, type Catalogue } from './catalogue';
import { isCatalogueText } from './catalogue-detect';
import { parseDataPackage, type DataPackage } from './datapackage';
import { decodeMetadataBytes } from './located';
import type { MetadataFs, MetadataKind } from './model';
import { baseOf, SIDECAR_SUFFIX } from './paths';
import { looksLikeSidecar, parseSidecar, type ParsedSidecar } from './sidecar';

export type Loaded =
  | { kind: 'sidecar'; sidecar: ParsedSidecar }
  | { kind: 'catalogue'; catalogue: Catalogue; lines: LineIndex }
  | { kind: 'datapackage'; pkg: DataPackage }
  | { kind: 'none' };

/** what a file is expected to be; 'auto' decides from its name and content */
export type LoadMode = MetadataKind | 'auto';

/** A catalogue of the whole platform is tens of MB; anything far bigger is data, not metadata. */
const MAX_CATALOGUE_BYTES = 512 * 1024 * 1024;
const HEAD_BYTES = 64 * 1024;

/** A metadata file by its name alone: a NAME.metadata.json sidecar or a datapackage.json. */
export function isMetadataName(name: string): boolean {
  const n = name.toLowerCase();
  return n.endsWith(SIDECAR_SUFFIX) || n === 'datapackage.json';
}

/** the names isMetadataName knows, as a file-watcher glob (keep the two in step) */
export const METADATA_NAMES_GLOB = '{*.metadata.json,datapackage.json}';

/** Parse a decoded metadata file as `mode` says (or as what it looks like). */
export function classify(path: string, text: string, mode: LoadMode): Loaded {
  const name = baseOf(path).toLowerCase();
  const want = mode !== 'auto' ? mode
    : name.endsWith(SIDECAR_SUFFIX) ? 'sidecar' : name === 'datapackage.json' ? 'datapackage' : null;
  if ((want === null || want === 'catalogue') && isCatalogueText(text)) {
    const first = text.trimStart()[0];
    const catalogue = first === '[' || first === '{' ? parseCatalogueJson(text) : parseCatalogueCsv(text);
    return { kind: 'catalogue', catalogue, lines: new LineIndex(text) };
  }
  if (want === null || want === 'datapackage') {
    const pkg = parseDataPackage(text);
    if (pkg) { return { kind: 'datapackage', pkg }; }
  }
  if (want === null || want === 'sidecar') {
    const sidecar = parseSidecar(text);
    if (want === 'sidecar' ? sidecar : looksLikeSidecar(sidecar)) { return { kind: 'sidecar', sidecar: sidecar! }; }
  }
  return { kind: 'none' };
}

export class LoadCache {
  private readonly entries = new Map<string, { stamp: string; loaded: Promise<Loaded> }>();

  /** `strict`: read errors are thrown (an explicit --metadata file), else the file is skipped. */
  async load(path: string, mode: LoadMode, fs: MetadataFs, strict = false): Promise<Loaded> {
    let stamp = '';
    if (fs.stat) {
      const st = await fs.stat(path).catch(() => null);
      if (!st) {
        if (strict) { throw new Error(`cannot read metadata file ${path}`); }
        return { kind: 'none' };
      }
      if (mode === 'catalogue' && st.size > MAX_CATALOGUE_BYTES) { return { kind: 'none' }; }
      stamp = `${st.mtime}:${st.size}`;
    }
    const key = `${mode}\u0000${path}`;
    const hit = this.entries.get(key);
    if (hit && hit.stamp === stamp) { return hit.loaded; }
    const loaded = this.read(path, mode, fs).catch((e: unknown) => {
      this.entries.delete(key);
      if (strict) { throw new Error(`cannot read metadata file ${path}: ${(e as Error).message}`); }
      return { kind: 'none' } as Loaded;
    });
    this.entries.set(key, { stamp, loaded });
    return loaded;
  }

  private async read(path: string, mode: LoadMode, fs: MetadataFs): Promise<Loaded> {
    if (mode === 'catalogue') {
      // the head decides; most .csv/.json next to a data file are data: look no further
      const head = fs.readHead ? await fs.readHead(path, HEAD_BYTES) : null;
      const bytes = head ?? await fs.readFile(path);
      if (!isCatalogueText(decodeHead(bytes.subarray(0, HEAD_BYTES)))) { return { kind: 'none' }; }
      return classify(path, decodeMetadataBytes(head ? await fs.readFile(path) : bytes), mode);
    }
    return classify(path, decodeMetadataBytes(await fs.readFile(path)), mode);
  }
}

/** The start of a file, decoded leniently (it may end inside a character). */
function decodeHead(bytes: Uint8Array): string {
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  const utf8 = new TextDecoder('utf-8').decode(body);
  // a Big5 export reads as replacement characters in UTF-8
  return utf8.slice(0, -4).includes('\uFFFD') ? new TextDecoder('big5').decode(body) : utf8;
}
