// Terminal columns: East Asian wide characters (漢字, full-width forms) take two, so that
// "錯誤" lines up with "warning".

/** Wide ranges of Unicode's East Asian Width (W and F), enough for Traditional Chinese text. */
function isWide(code: number): boolean {
  return (code >= 0x1100 && code <= 0x115f) || (code >= 0x2e80 && code <= 0x303e) || (code >= 0x3041 && code <= 0x33ff)
    || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0x4e00 && code <= 0x9fff) || (code >= 0xa000 && code <= 0xa4cf)
    || (code >= 0xac00 && code <= 0xd7a3) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xfe30 && code <= 0xfe4f)
    || (code >= 0xff00 && code <= 0xff60) || (code >= 0xffe0 && code <= 0xffe6) || (code >= 0x20000 && code <= 0x3fffd);
}

export function displayWidth(s: string): number {
  let n = 0;
  for (const ch of s) { n += isWide(ch.codePointAt(0)!) ? 2 : 1; }
  return n;
}

/** `s` followed by spaces up to `width` columns (never cut). */
export function padToWidth(s: string, width: number): string {
  return s + ' '.repeat(Math.max(0, width - displayWidth(s)));
}
