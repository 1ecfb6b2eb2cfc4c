// What a folder holds for metadata, computed once for all its data files: which sidecars name
// which files in their 資料下載網址, and which .csv/.json are catalogue exports. Without it every
// data file would look at every other file (O(n²) for a folder of 1000 files).
import { LoadCache } from './loader';
import type { MetadataFs } from './model';
import { fileNamesOfUrl, joinPath, nameKey, sidecarDataset } from './paths';
import { segments } from './resources';

export interface FolderIndex {
  /** the folder's entries when built: a new or removed file rebuilds the index */
  key: string;
  builtAt: number;
  /** NAME (lower case) -> the path of NAME.metadata.json */
  sidecarOf: Map<string, string>;
  /** file name (lower case) -> sidecars whose 資料下載網址 names it */
  sidecarsNaming: Map<string, string[]>;
  /** catalogue exports in the folder, by path */
  catalogues: string[];
}

/** With mtimes to check, an index is trusted this long (a sidecar's URLs may be edited meanwhile). */
export const INDEX_TTL_MS = 5000;

export async function buildFolderIndex(dir: string, entries: readonly string[], like: string, cache: LoadCache, fs: MetadataFs): Promise<FolderIndex> {
  const index: FolderIndex = { key: entries.join('\u0000'), builtAt: Date.now(), sidecarOf: new Map(), sidecarsNaming: new Map(), catalogues: [] };
  for (const n of [...entries].sort()) {
    const lower = n.toLowerCase();
    const path = joinPath(dir, n, like);
    const dataset = sidecarDataset(n);
    if (dataset !== null) {
      index.sidecarOf.set(nameKey(dataset), path);
      const loaded = await cache.load(path, 'sidecar', fs);
      const urls = loaded.kind === 'sidecar' ? loaded.sidecar.record.get('資料下載網址')?.value : undefined;
      for (const seg of segments(urls ?? '')) {
        for (const name of fileNamesOfUrl(seg.text)) {
          const key = nameKey(name);
          const list = index.sidecarsNaming.get(key) ?? [];
          if (!list.includes(path)) { list.push(path); }
          index.sidecarsNaming.set(key, list);
        }
      }
    } else if (/\.(csv|json)$/.test(lower) && lower !== 'datapackage.json') {
      if ((await cache.load(path, 'catalogue', fs)).kind === 'catalogue') { index.catalogues.push(path); }
    }
  }
  return index;
}
