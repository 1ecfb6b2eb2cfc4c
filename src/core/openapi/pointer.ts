// JSON pointers (RFC 6901): segments <-> text, and lookups in a parsed value.

export function toSegments(pointer: string): string[] {
  if (pointer === '' || pointer === '/') { return pointer === '' ? [] : ['']; }
  return pointer.slice(1).split('/').map(s => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

export function toPointer(segments: readonly string[]): string {
  return segments.map(s => '/' + s.replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

/** Does `segments` lead to a value? (own properties only: "#/constructor" resolves to nothing) */
export function hasPath(value: unknown, segments: readonly string[]): boolean {
  let cur = value;
  for (const seg of segments) {
    if (typeof cur !== 'object' || cur === null) { return false; }
    if (Array.isArray(cur)) {
      if (!/^(0|[1-9]\d*)$/.test(seg) || Number(seg) >= cur.length) { return false; }
      cur = cur[Number(seg)];
    } else {
      if (!Object.prototype.hasOwnProperty.call(cur, seg)) { return false; }
      cur = (cur as Record<string, unknown>)[seg];
    }
  }
  return true;
}

/** Is the instance path `path` the node `base` or inside it? */
export function isAtOrUnder(path: string, base: string): boolean {
  return path === base || path.startsWith(base + '/');
}
