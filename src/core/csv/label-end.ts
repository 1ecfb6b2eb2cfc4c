// Cheap pre-checks on the last characters of a label cell before the total-keyword regular
// expressions (keywords.ts): they run on the label cells of every row. Each one only rules out
// cells that totalKeyword would return null for. They read text or byte strings (byte-text.ts).
import { charStart, codeAt } from './byte-text';
import { isPad } from './cells';
import type { LabelForms } from './keywords';

const KEYWORD_END = 1, GLOSS_END = 2, SPACE = 4;

/**
 * What each character below U+10000 can be at the end of a label, as bits (none above it is
 * any): the pre-checks run on every label cell of every row, and one look-up is cheaper than
 * the thirty comparisons it replaces (measured: a third of their time on the bench's table).
 */
const END_KIND = ((): Uint8Array => {
  const t = new Uint8Array(0x10000);
  // 計 和 共 數 均 年 體 (合計 總和 總共 總數 平均 全年 整體), ) ） ] 】 : ：
  for (const c of [41, 0xff09, 93, 0x3011, 58, 0xff1a, 0x8a08, 0x548c, 0x5171, 0x6578, 0x5747, 0x5e74, 0x9ad4]) { t[c] |= KEYWORD_END; }
  // l L s S (total, totals), m M (sum), e E (average), n N (mean)
  for (const c of 'lLsSmMeEnN') { t[c.charCodeAt(0)] |= GLOSS_END; }
  // what the regular expressions' \s matches
  for (let c = 9; c <= 13; c++) { t[c] |= SPACE; }
  for (let c = 0x2000; c <= 0x200a; c++) { t[c] |= SPACE; }
  for (const c of [32, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff]) { t[c] |= SPACE; }
  return t;
})();

/** the END_KIND bits of code c (-1: no character) */
function kindOf(c: number): number {
  return c >= 0 && c < 0x10000 ? END_KIND[c] : 0;
}

function isKeywordEnd(c: number): boolean {
  return (kindOf(c) & KEYWORD_END) !== 0;
}

function isGlossEnd(c: number): boolean {
  return (kindOf(c) & GLOSS_END) !== 0;
}

function isSpace(c: number): boolean {
  return (kindOf(c) & SPACE) !== 0;
}

/** the character can end a total keyword or a gloss */
function canEnd(c: number): boolean {
  return (kindOf(c) & (KEYWORD_END | GLOSS_END)) !== 0;
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
  return canEnd(lastCode(s, a, i, utf8, false));
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
  if (kindOf(last) === 0) { return forms === 'path' && segmentEndsWell(s, a, b, utf8); }
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
  return kindOf(trimmed) !== 0 || endsAt(s, a, b, utf8);
}
