// A "byte string": valid UTF-8 held one byte per character (Buffer#latin1Slice), which the CSV
// scanner reads like text. Delimiters, quotes, line breaks and digits are ASCII, so they are the
// same characters either way; making it costs a memory copy, where decoding a 40 MB UTF-8 file
// into a JS string costs more than all the rest of the check. What a rule or a finding sees is
// converted here: values back to text, byte columns to UTF-16 columns.

/** s[a, b) holds a byte >= 0x80 (a multi-byte character, in a byte string) */
export function hasHigh(s: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) { if (s.charCodeAt(i) >= 0x80) { return true; } }
  return false;
}

/** the text that the bytes of byte string `s` spell */
export function textOf(s: string): string {
  return hasHigh(s, 0, s.length) ? Buffer.from(s, 'latin1').toString('utf8') : s;
}

/** UTF-16 units of the text the bytes s[a, b) spell (whole characters): one per lead or ASCII byte, two per 4-byte one */
export function unitsOf(s: string, a: number, b: number): number {
  let n = b - a;
  for (let i = a; i < b; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) { continue; }
    if (c < 0xc0) { n--; } else if (c >= 0xf0) { n++; }
  }
  return n;
}

/** where the character that ends at s[i) starts (not before a); in text, i - 1 */
export function charStart(s: string, a: number, i: number, utf8: boolean): number {
  let k = i - 1;
  if (utf8) { while (k > a && (s.charCodeAt(k) & 0xc0) === 0x80) { k--; } }
  return k;
}

/** the code (a UTF-16 unit in text, the code point in a byte string) of the character at s[k] */
export function codeAt(s: string, k: number, utf8: boolean): number {
  const c = s.charCodeAt(k);
  if (!utf8 || c < 0x80) { return c; }
  if (c < 0xe0) { return ((c & 0x1f) << 6) | (s.charCodeAt(k + 1) & 0x3f); }
  if (c < 0xf0) { return ((c & 0x0f) << 12) | ((s.charCodeAt(k + 1) & 0x3f) << 6) | (s.charCodeAt(k + 2) & 0x3f); }
  return ((c & 0x07) << 18) | ((s.charCodeAt(k + 1) & 0x3f) << 12) | ((s.charCodeAt(k + 2) & 0x3f) << 6) | (s.charCodeAt(k + 3) & 0x3f);
}
