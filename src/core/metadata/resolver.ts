// Finds a data file's metadata among three sources and merges them: the sidecar
// NAME.metadata.json wins, then the platform's catalogue export in the folder, then a Frictionless
// datapackage.json (in the folder or the one above). An explicit --metadata file comes first of all.
import { matchCatalogue, onlyRow } from './catalogue';
import { datapackageValues, findResource, resourcesOf } from './datapackage';
import { buildFolderIndex, INDEX_TTL_MS, type FolderIndex } from './folder-index';
import { splitPattern } from './glob';
import { isMetadataName, LoadCache, type Loaded, type LoadMode } from './loader';
import type { MetadataField, MetadataFs, MetadataSource, MetadataValue, ResolvedMetadata } from './model';
import { baseOf, dirOf, joinPath, nameKey, readdirPath, samePath, SIDECAR_SUFFIX, stem } from './paths';
import { resourceIndexOf, urlIndex, valuesFor } from './resources';

export interface ResolveOptions {
  /** a metadata file named on the command line (--metadata FILE): it applies to every file */
  explicit?: string;
}

export interface ResolverOptions {
  /** extra file-name globs, relative to the data file's folder, read as metadata */
  patterns?: readonly string[];
  /**
   * Folder listings are read once per resolver (default true): right for one CLI run or one
   * editor check. A long-lived resolver sets false: folders are listed again on every call,
   * and files re-read when their mtime changes (if the MetadataFs has `stat`).
   */
  cacheListings?: boolean;
}

interface Contribution {
  source: MetadataSource;
  values: Map<MetadataField, MetadataValue>;
}

export function isMetadataPath(path: string): boolean {
  return isMetadataName(baseOf(path));
}

/** Holds the parse cache; make one per CLI run or editor check and reuse it across files. */
export class MetadataResolver {
  private readonly cache = new LoadCache();
  private readonly folders = new Map<string, FolderIndex>();
  private readonly listings = new Map<string, Promise<string[]>>();

  constructor(private readonly options: ResolverOptions = {}) {}

  async resolve(dataPath: string, fs: MetadataFs, opts: ResolveOptions = {}): Promise<ResolvedMetadata | null> {
    if (isMetadataPath(dataPath)) { return null; }
    const dir = dirOf(dataPath);
    const entries = await this.list(dir, fs);
    const found: Contribution[] = [];
    const add = (c: Contribution | null) => {
      if (c && !found.some(f => samePath(f.source.path, c.source.path))) { found.push(c); }
    };
    if (opts.explicit) {
      const loaded = await this.cache.load(opts.explicit, 'auto', fs, true);
      if (loaded.kind === 'none') {
        throw new Error(`${opts.explicit} is not metadata: expected a JSON object of platform fields, the catalogue export (資料集清單) or a datapackage.json`);
      }
      add(this.contribution(dataPath, opts.explicit, loaded, true));
    }
    const index = await this.folderIndex(dir, entries, dataPath, fs);
    const self = nameKey(baseOf(dataPath));
    // the same-name sidecar first, then sidecars whose 資料下載網址 names this file
    const same = index.sidecarOf.get(nameKey(stem(baseOf(dataPath))));
    if (same) { add(await this.fromFile(dataPath, same, 'sidecar', fs)); }
    for (const p of index.sidecarsNaming.get(self) ?? []) { add(await this.fromFile(dataPath, p, 'sidecar', fs)); }
    for (const p of await this.patternFiles(dir, dataPath, fs)) { add(await this.fromFile(dataPath, p, 'auto', fs)); }
    for (const p of index.catalogues) {
      if (nameKey(baseOf(p)) !== self) { add(await this.fromFile(dataPath, p, 'catalogue', fs)); }
    }
    const pkg = entries.find(n => n.toLowerCase() === 'datapackage.json');
    if (pkg) { add(await this.fromFile(dataPath, joinPath(dir, pkg, dataPath), 'datapackage', fs)); }
    const parent = dirOf(dir);
    if (dir !== '' && parent !== dir) {
      const up = (await this.list(parent, fs)).find(n => n.toLowerCase() === 'datapackage.json');
      if (up) { add(await this.fromFile(dataPath, joinPath(parent, up, dataPath), 'datapackage', fs)); }
    }
    return merge(found, dataPath);
  }

  private list(dir: string, fs: MetadataFs): Promise<string[]> {
    const read = () => fs.readdir(readdirPath(dir)).catch(() => [] as string[]);
    if (this.options.cacheListings === false) { return read(); }
    let hit = this.listings.get(dir);
    if (!hit) {
      hit = read();
      this.listings.set(dir, hit);
    }
    return hit;
  }

  /** The folder's index, rebuilt when its entries change (and, with mtimes to check, every few seconds). */
  private async folderIndex(dir: string, entries: string[], like: string, fs: MetadataFs): Promise<FolderIndex> {
    const key = entries.join('\u0000');
    const hit = this.folders.get(dir);
    if (hit && hit.key === key && (!fs.stat || Date.now() - hit.builtAt < INDEX_TTL_MS)) { return hit; }
    const built = await buildFolderIndex(dir, entries, like, this.cache, fs);
    this.folders.set(dir, built);
    return built;
  }

  /** NAME.metadata.json for NAME.csv exactly; a pattern's file NAME.anything for NAME.csv */
  private sameName(fileName: string, dataPath: string): boolean {
    const n = nameKey(fileName);
    const base = nameKey(stem(baseOf(dataPath)));
    return n.endsWith(SIDECAR_SUFFIX) ? n === base + SIDECAR_SUFFIX : n.startsWith(base + '.');
  }

  private async patternFiles(dir: string, dataPath: string, fs: MetadataFs): Promise<string[]> {
    const out: string[] = [];
    for (const pattern of this.options.patterns ?? []) {
      const p = splitPattern(pattern);
      if (!p) { continue; }
      const folder = p.folder ? joinPath(dir, p.folder.split('/').join(dataPath.includes('\\') ? '\\' : '/'), dataPath) : dir;
      const names = await this.list(folder, fs);
      for (const n of names) {
        if (p.name.test(n) && !samePath(joinPath(folder, n, dataPath), dataPath)) { out.push(joinPath(folder, n, dataPath)); }
      }
    }
    return out;
  }

  private async fromFile(dataPath: string, path: string, mode: LoadMode, fs: MetadataFs): Promise<Contribution | null> {
    return this.contribution(dataPath, path, await this.cache.load(path, mode, fs), false);
  }

  /** What a loaded file says about this data file, if it is about it at all. */
  private contribution(dataPath: string, path: string, loaded: Loaded, explicit: boolean): Contribution | null {
    const fileName = baseOf(dataPath);
    if (loaded.kind === 'sidecar') {
      const record = loaded.sidecar.record;
      const urls = record.get('資料下載網址');
      const named = urls ? urlIndex(urls.value, fileName) >= 0 : false;
      if (!explicit && !named && !this.sameName(baseOf(path), dataPath)) { return null; }
      return { source: { kind: 'sidecar', path }, values: valuesFor(record, resourceIndexOf(record, fileName)) };
    }
    if (loaded.kind === 'catalogue') {
      const match = matchCatalogue(loaded.catalogue, loaded.lines, fileName)
        ?? (explicit ? onlyRow(loaded.catalogue, loaded.lines, fileName) : null);
      if (!match) { return null; }
      return { source: { kind: 'catalogue', path }, values: valuesFor(match.record, match.index) };
    }
    if (loaded.kind === 'datapackage') {
      const resources = resourcesOf(loaded.pkg);
      const resource = findResource(loaded.pkg, path, dataPath) ?? (explicit && resources.length === 1 ? resources[0] : null);
      if (!resource) { return null; }
      return { source: { kind: 'datapackage', path }, values: datapackageValues(loaded.pkg, resource) };
    }
    return null;
  }
}

/** The sources' values, the first source winning each field. */
function merge(found: Contribution[], dataPath: string): ResolvedMetadata | null {
  if (found.length === 0) { return null; }
  const fields: ResolvedMetadata['fields'] = {};
  for (const c of found) {
    for (const [f, v] of c.values) {
      if (!fields[f]) { fields[f] = { ...v, source: c.source }; }
    }
  }
  const sidecar = found.find(c => c.source.kind === 'sidecar');
  const fallback = sidecar ? baseOf(sidecar.source.path).replace(/\.metadata\.json$/i, '') : stem(baseOf(dataPath));
  return { sources: found.map(c => c.source), dataset: fields['資料集名稱']?.value ?? fallback, fields };
}

/** Resolve once, without a cache to keep (a fresh resolver). */
export async function resolveMetadata(dataPath: string, fs: MetadataFs, opts?: ResolveOptions): Promise<ResolvedMetadata | null> {
  return new MetadataResolver().resolve(dataPath, fs, opts);
}
