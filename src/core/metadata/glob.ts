// The extension's opendataBadge.metadataPatterns: extra files, relative to the data file's
// folder, read as metadata. A pattern is a folder path without wildcards and a file-name glob
// (`*`, `?`, `{a,b}`, the matcher of core/glob.ts), e.g. `*.meta.json` or `meta/資料集清單*.csv`.
import { globToRegExp } from '../glob';

/** `meta/*.json` -> { folder: 'meta', name: the matcher of `*.json` }; the folder may be '' or hold `..`. */
export function splitPattern(pattern: string): { folder: string; name: RegExp } | null {
  const p = pattern.trim().replace(/\\/g, '/').replace(/^\.\//, '').replace(/^(\*\*\/)+/, '');
  if (!p || p.endsWith('/')) { return null; }
  const slash = p.lastIndexOf('/');
  const folder = slash >= 0 ? p.slice(0, slash) : '';
  if (/[*?{]/.test(folder)) { return null; }
  return { folder, name: globToRegExp(p.slice(slash + 1)) };
}
