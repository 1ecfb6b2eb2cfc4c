// XML 1.0 (Fifth Edition) character classes: Name (§2.3) and Char (§2.2), on UTF-16 text.

export function isNameStartCode(c: number): boolean {
  if (c < 0x80) {
    return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c === 58;
  }
  if (c >= 0x3001 && c <= 0xd7ff) { return true; }   // CJK first: most non-ASCII names here
  return (c >= 0xc0 && c <= 0xd6) || (c >= 0xd8 && c <= 0xf6) || (c >= 0xf8 && c <= 0x2ff)
    || (c >= 0x370 && c <= 0x37d) || (c >= 0x37f && c <= 0x1fff) || c === 0x200c || c === 0x200d
    || (c >= 0x2070 && c <= 0x218f) || (c >= 0x2c00 && c <= 0x2fef)
    || (c >= 0xf900 && c <= 0xfdcf) || (c >= 0xfdf0 && c <= 0xfffd);
}

function isNameCode(c: number): boolean {
  if (c < 0x80) {
    return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)
      || c === 95 || c === 58 || c === 45 || c === 46;
  }
  return isNameStartCode(c) || c === 0xb7 || (c >= 0x300 && c <= 0x36f) || c === 0x203f || c === 0x2040;
}

/** A supplementary-plane name character (U+10000-U+EFFFF) starts at i. */
function isAstralNameAt(text: string, i: number): boolean {
  const hi = text.charCodeAt(i);
  if (hi < 0xd800 || hi > 0xdbbf) { return false; }   // 0xDBBF: the high half of U+EFFFF
  const lo = text.charCodeAt(i + 1);
  return lo >= 0xdc00 && lo <= 0xdfff;
}

/** The end of the Name starting at i, or i when no name starts there. */
export function nameEnd(text: string, i: number): number {
  const c = text.charCodeAt(i);
  let k: number;
  if (isNameStartCode(c)) { k = i + 1; } else if (isAstralNameAt(text, i)) { k = i + 2; } else { return i; }
  for (;;) {
    const d = text.charCodeAt(k);
    // the common cases first: ASCII letters and digits, then U+3001-U+D7FF (CJK and most scripts)
    if ((d >= 97 && d <= 122) || (d >= 65 && d <= 90) || (d >= 48 && d <= 57) || (d >= 0x3001 && d <= 0xd7ff)) { k++; continue; }
    if (isNameCode(d)) { k++; } else if (isAstralNameAt(text, k)) { k += 2; } else { return k; }
  }
}

/**
 * The first character in text[from, to) that XML 1.0 forbids (C0 controls other than tab/LF/CR,
 * lone surrogates, U+FFFE, U+FFFF), or -1.
 */
export function firstIllegalChar(text: string, from: number, to: number): number {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c >= 0x20 && c < 0xd800) { continue; }
    const bad = illegalAt(text, k, c);
    if (bad === 1) { k++; } else if (bad < 0) { return k; }
  }
  return -1;
}

/**
 * For a character outside 0x20-0xD7FF: 0 when legal, 1 when it is a valid surrogate pair (skip
 * one more), -1 when illegal.
 */
export function illegalAt(text: string, k: number, c: number): number {
  if (c < 0x20) { return c === 9 || c === 10 || c === 13 ? 0 : -1; }
  if (c <= 0xdbff && c >= 0xd800) {
    const lo = text.charCodeAt(k + 1);
    return lo >= 0xdc00 && lo <= 0xdfff ? 1 : -1;
  }
  if (c >= 0xdc00 && c <= 0xdfff) { return -1; }
  return c === 0xfffe || c === 0xffff ? -1 : 0;
}

/** Is this code point a Char (for character references)? */
export function isXmlChar(cp: number): boolean {
  return cp === 9 || cp === 10 || cp === 13 || (cp >= 0x20 && cp <= 0xd7ff)
    || (cp >= 0xe000 && cp <= 0xfffd) || (cp >= 0x10000 && cp <= 0x10ffff);
}

export function isSpaceCode(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9;
}
