// Path helpers that keep the caller's separator: the CLI passes OS paths, the editor passes
// fsPath (backslashes on Windows) or a URI's '/' path for other schemes, and the metadata's
// `path` must come back in the same form so that findings land on the right document.

function lastSep(p: string): number {
  return Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\'));
}

function sepOf(p: string): string {
  const i = lastSep(p);
  return i >= 0 ? p[i] : '/';
}

/** The folder of a path ('' for a bare name, meaning the current folder). */
export function dirOf(p: string): string {
  const i = lastSep(p);
  if (i < 0) { return ''; }
  return i === 0 ? p[0] : p.slice(0, i);
}

export function baseOf(p: string): string {
  return p.slice(lastSep(p) + 1);
}

/** `dir` joined with a name, with the separator `like` uses. */
export function joinPath(dir: string, name: string, like: string = dir): string {
  if (dir === '') { return name; }
  const sep = sepOf(like);
  return dir.endsWith('/') || dir.endsWith('\\') ? dir + name : dir + sep + name;
}

/** The folder as readdir wants it ('.' for the current folder). */
export function readdirPath(dir: string): string {
  return dir === '' ? '.' : dir;
}

/** what ends the name of a dataset's sidecar, NAME.metadata.json */
export const SIDECAR_SUFFIX = '.metadata.json';

/** the sidecar of the data file (or dataset) with this name or path: `a.csv` -> `a.metadata.json` */
export function sidecarNameOf(nameOrPath: string): string {
  return stem(baseOf(nameOrPath)) + SIDECAR_SUFFIX;
}

/** the dataset a sidecar describes (`a.metadata.json` -> `a`), null for any other name */
export function sidecarDataset(name: string): string | null {
  const base = baseOf(name);
  return base.toLowerCase().endsWith(SIDECAR_SUFFIX) ? base.slice(0, -SIDECAR_SUFFIX.length) : null;
}

/** The name without its last extension: `a.b.csv` -> `a.b`. */
export function stem(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}

export function extOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}

/** Names compare case-insensitively and by Unicode normal form (macOS stores NFD). */
export function nameKey(name: string): string {
  return name.normalize('NFC').toLowerCase();
}

/** Same file, ignoring separator style and case. */
export function samePath(a: string, b: string): boolean {
  const norm = (p: string) => nameKey(p.replace(/\\/g, '/').replace(/\/\.\//g, '/').replace(/^\.\//, ''));
  return norm(a) === norm(b);
}

function safeDecode(s: string): string {
  try { return decodeURIComponent(s); } catch { return s; }
}

/**
 * The file names a download URL points at: the last segment of its path and, for links like
 * `download.aspx?file=a.csv`, the last segment of each query value. URL-decoded.
 */
export function fileNamesOfUrl(url: string): string[] {
  const trimmed = url.trim();
  if (!trimmed) { return []; }
  const hash = trimmed.indexOf('#');
  const noHash = hash >= 0 ? trimmed.slice(0, hash) : trimmed;
  const q = noHash.indexOf('?');
  const pathPart = q >= 0 ? noHash.slice(0, q) : noHash;
  const names: string[] = [];
  const last = safeDecode(pathPart.replace(/[/\\]+$/, '')).split(/[/\\]/).pop() ?? '';
  if (last && !/^[a-z][a-z0-9+.-]*:$/i.test(last)) { names.push(last); }
  if (q >= 0) {
    for (const pair of noHash.slice(q + 1).split('&')) {
      const eq = pair.indexOf('=');
      const v = safeDecode(eq >= 0 ? pair.slice(eq + 1).replace(/\+/g, ' ') : '');
      const seg = v.split(/[/\\]/).pop() ?? '';
      if (seg.includes('.')) { names.push(seg); }
    }
  }
  return names;
}
