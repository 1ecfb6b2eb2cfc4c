// Cheap pre-checks on the last characters of a label cell before the total-keyword regular
// expressions (keywords.ts): they run on the label cells of every row. Each one only rules out
// cells that totalKeyword would return null for. They read text or byte strings (byte-text.ts).
import { charStart, codeAt } from './byte-text';
import { isPad } from './cells';
import type { LabelForms } from './keywords';

/** 計 和 共 數 均 年 體 (合計 總和 總共 總數 平均 全年 整體), ) ） ] 】 : ： */
function isKeywordEnd(c: number): boolean {
  return c === 41 || c === 0xff09 || c === 93 || c === 0x3011 || c === 58 || c === 0xff1a
    || c === 0x8a08 || c === 0x548c || c === 0x5171 || c === 0x6578 || c === 0x5747 || c === 0x5e74 || c === 0x9ad4;
}

/** l L s S (total, totals), m M (sum), e E (average), n N (mean) */
function isGlossEnd(c: number): boolean {
  return c === 108 || c === 76 || c === 115 || c === 83 || c === 109 || c === 77 || c === 101 || c === 69 || c === 110 || c === 78;
}

/** what the regular expressions' \s matches */
function isSpace(c: number): boolean {
  return (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a)
    || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

const GLOSS = /total|sum|average|mean/i;

/** / ／ - －, as keywords.ts SEGMENTS splits a hierarchical label: the index of the next one at or after i, or -1 */
function nextSeparator(s: string, i: number, b: number, utf8: boolean): number {
  for (; i < b; i++) {
    const c = s.charCodeAt(i);
    if (c === 47 || c === 45) { return i; }
    if (utf8 ? c === 0xef && s.charCodeAt(i + 1) === 0xbc && (s.charCodeAt(i + 2) === 0x8f || s.charCodeAt(i + 2) === 0x8d)
      : c === 0xff0f || c === 0xff0d) { return i; }
  }
  return -1;
}

/** the code of the last character of s[a, i) that is not padding (pads) or \s (else), -1 if none */
function lastCode(s: string, a: number, i: number, utf8: boolean, pads: boolean): number {
  while (i > a) {
    i = charStart(s, a, i, utf8);
    const c = codeAt(s, i, utf8);
    if (!(pads ? isPad(c) : isSpace(c))) { return c; }
  }
  return -1;
}

/** the last character of s[a, i) that is no \s can end a total keyword */
function endsAt(s: string, a: number, i: number, utf8: boolean): boolean {
  const c = lastCode(s, a, i, utf8, false);
  return isKeywordEnd(c) || isGlossEnd(c);
}

/** mayBeTotal's test of the end: the last character before spaces */
function endsLikeTotal(s: string, a: number, b: number, utf8: boolean): boolean {
  let e = charStart(s, a, b, utf8);
  let c = codeAt(s, e, utf8);
  while (e > a && (c === 32 || c === 0x3000 || c === 9)) {
    e = charStart(s, a, e, utf8);
    c = codeAt(s, e, utf8);
  }
  return isKeywordEnd(c) || (isGlossEnd(c) && GLOSS.test(s.slice(a, b)));
}

/**
 * The gate of totalKeyword: the label ends (before spaces) with a keyword's last character, a
 * bracket or a colon, or an English gloss; or it has segments (110年/ 區域別總計) that may.
 */
export function mayBeTotal(s: string, a: number, b: number, utf8 = false): boolean {
  return endsLikeTotal(s, a, b, utf8) || nextSeparator(s, a, b, utf8) >= 0;
}

/**
 * mayBeTotal, narrowed by where the expressions can match when only a separator let the cell
 * through: the whole trimmed label, the whole label without spaces, or (path labels only) a
 * segment must end with a keyword's, a bracket's, a colon's or a gloss's last character.
 * "2019-01" in a column of dates passes mayBeTotal and is ruled out here.
 */
export function mayBeTotalLabel(s: string, a: number, b: number, forms: LabelForms, utf8: boolean): boolean {
  // totalKeyword: a cell over 40 characters is text (a character takes at most 3 bytes)
  if (b - a > (utf8 ? 120 : 40)) { return false; }
  const last = codeAt(s, charStart(s, a, b, utf8), utf8);
  // most labels end with a character no keyword, bracket, gloss or space ends: then the label
  // as a whole cannot match, only one of its segments
  if (!isKeywordEnd(last) && !isGlossEnd(last) && !isSpace(last)) { return forms === 'path' && segmentEndsWell(s, a, b, utf8); }
  if (endsLikeTotal(s, a, b, utf8)) { return true; }
  // only a separator lets the cell through the gate now: its end is read first, it is cheaper
  if (forms !== 'path') { return endsWell(s, a, b, utf8) && nextSeparator(s, a, b, utf8) >= 0; }
  return nextSeparator(s, a, b, utf8) >= 0 && (endsWell(s, a, b, utf8) || segmentEndsWell(s, a, b, utf8));
}

/** a segment before a separator can end a total keyword */
function segmentEndsWell(s: string, a: number, b: number, utf8: boolean): boolean {
  for (let p = nextSeparator(s, a, b, utf8); p >= 0; p = nextSeparator(s, p + 1, b, utf8)) {
    if (endsAt(s, a, p, utf8)) { return true; }
  }
  return false;
}

/** the trimmed label or the label without its spaces can end a total keyword's expression */
function endsWell(s: string, a: number, b: number, utf8: boolean): boolean {
  const trimmed = lastCode(s, a, b, utf8, true);
  return isKeywordEnd(trimmed) || isGlossEnd(trimmed) || (trimmed >= 0 && isSpace(trimmed)) || endsAt(s, a, b, utf8);
}
