// What a single value is: blank, a number, a date, a link, a formula or text. Hand-written loops
// for the checks that run on every value of a big file; regular expressions only for short
// values or the layout sample.

/** whitespace a spreadsheet leaves in "empty" cells: space, tab, NBSP, ideographic space, BOM */
export function isPad(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x3000 || c === 0xfeff;
}

/** empty or only whitespace (form feeds and other controls are not blank: they are content) */
export function isBlankValue(v: string): boolean {
  for (let i = 0; i < v.length; i++) {
    if (!isPad(v.charCodeAt(i))) { return false; }
  }
  return true;
}

/**
 * s[a, b) is blank, read in place; in a byte string (byte-text.ts) the padding is its UTF-8
 * bytes: C2 A0 (NBSP), E3 80 80 (ideographic space), EF BB BF (BOM)
 */
export function isBlankRange(s: string, a: number, b: number, utf8: boolean): boolean {
  if (!utf8) {
    for (let i = a; i < b; i++) { if (!isPad(s.charCodeAt(i))) { return false; } }
    return true;
  }
  for (let i = a; i < b;) {
    const c = s.charCodeAt(i);
    if (c === 32 || c === 9) { i++; continue; }
    const c1 = i + 1 < b ? s.charCodeAt(i + 1) : -1;
    if (c === 0xc2 && c1 === 0xa0) { i += 2; continue; }
    const c2 = i + 2 < b ? s.charCodeAt(i + 2) : -1;
    if ((c === 0xe3 && c1 === 0x80 && c2 === 0x80) || (c === 0xef && c1 === 0xbb && c2 === 0xbf)) { i += 3; continue; }
    return false;
  }
  return true;
}

/** trim spaces, tabs and full-width spaces */
export function trimValue(v: string): string {
  let a = 0;
  let b = v.length;
  while (a < b && isPad(v.charCodeAt(a))) { a++; }
  while (b > a && isPad(v.charCodeAt(b - 1))) { b--; }
  return a === 0 && b === v.length ? v : v.slice(a, b);
}

// =SUM(A1:A9), ="0050", =+A1, =A1*2, =-B3, =@x, =(1+2), =Sheet1!A1, =100
const FORMULA = /^=\s*(?:["+\-@(]|[A-Za-z_][A-Za-z0-9_.]*\s*\(|\$?[A-Za-z]{1,3}\$?\d+|[A-Za-z_][A-Za-z0-9_]*!|\d)/;

/** a spreadsheet formula: starts with '=' followed by something Excel evaluates */
export function isFormula(v: string): boolean {
  return v.charCodeAt(0) === 61 && FORMULA.test(v);
}

/** markers publishers use for a missing number: not data, not text */
const MISSING = new Set(['-', '--', '---', '—', '－', '－－', '…', '...', '*', 'NA', 'N/A', 'n/a', 'x', 'X', '..']);

export function isMissing(v: string): boolean {
  return v.length <= 3 && MISSING.has(v);
}

const POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20];

/**
 * Parses numbers as publishers write them: optional sign, thousands separators, decimals and a
 * trailing '%', surrounded by spaces or not. Returns NaN for anything else. `decimals` tells how
 * many decimals the last number had (for the tolerance of sums). One pass, no allocation: it
 * runs on the numeric cells of every row.
 */
export class NumberReader {
  decimals = 0;

  read(s: string): number {
    return this.readRange(s, 0, s.length);
  }

  /** the number in s[a, b) */
  readRange(s: string, a: number, n: number): number {
    let i = a;
    let c = n > a ? s.charCodeAt(a) : 0;
    while (i < n && isPad(c)) { c = s.charCodeAt(++i); }
    if (i >= n) { return NaN; }
    let neg = false;
    if (c === 45 || c === 43) { neg = c === 45; i++; }
    let v = 0;
    let digits = 0;
    let scale = 0;
    let dot = false;
    for (; i < n; i++) {
      c = s.charCodeAt(i);
      const d = c - 48;
      if (d >= 0 && d <= 9) {
        v = v * 10 + d;
        digits++;
        if (dot) { scale++; }
      } else if (c === 44) {
        // a thousands separator sits between digits
        const e = i + 1 < n ? s.charCodeAt(i + 1) - 48 : -1;
        if (dot || digits === 0 || !(e >= 0 && e <= 9)) { return NaN; }
      } else if (c === 46 && !dot) {
        dot = true;
      } else if (c === 37 || isPad(c)) {
        // a percent sign or padding may only end the number
        for (let k = i + 1; k < n; k++) { if (!isPad(s.charCodeAt(k))) { return NaN; } }
        break;
      } else {
        return NaN;
      }
    }
    if (digits === 0) { return NaN; }
    this.decimals = scale;
    if (scale > 0) { v = scale < POW10.length ? v / POW10[scale] : v / Math.pow(10, scale); }
    return neg ? -v : v;
  }
}

/** E empty or missing, N number, D date/time, U link/e-mail, T text */
export type CellType = 'E' | 'N' | 'D' | 'U' | 'T';

const DATE = /^(?:\d{1,4}\s*[/\-.年]\s*\d{1,2}(?:\s*[/\-.月]\s*\d{1,2}\s*日?)?(?:[ T]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?|\d{1,2}:\d{2}(?::\d{2})?|\d{4}-?Q[1-4]|\d{4}-\d{2}-\d{2}T[\d:.]+Z?)$/;
const LINK = /^(?:(?:https?|ftp):\/\/\S+|www\.\S+|[^\s@]+@[^\s@]+\.[A-Za-z]{2,})$/i;

export function cellType(v: string, reader: NumberReader): CellType {
  const t = trimValue(v);
  if (t.length === 0 || isMissing(t)) { return 'E'; }
  if (!Number.isNaN(reader.read(t))) { return 'N'; }
  if (t.length <= 40 && DATE.test(t)) { return 'D'; }
  if (LINK.test(t)) { return 'U'; }
  return 'T';
}

/** a Gregorian or ROC year used as a column name (2019, 108年) */
export function isYearName(v: string): boolean {
  const t = trimValue(v).replace(/年度?$/, '');
  if (!/^\d{2,4}$/.test(t)) { return false; }
  const y = Number(t);
  return (y >= 1900 && y <= 2100) || (y >= 40 && y <= 150 && t.length < 4);
}

/** has a CJK ideograph (or kana/hangul): a label written for people */
export function hasCjk(v: string): boolean {
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c >= 0x2e80 && c <= 0x9fff) { return true; }
    if (c >= 0xf900 && c <= 0xfaff) { return true; }
  }
  return false;
}

/** only ASCII, with a letter: an English code or name */
export function isAsciiName(v: string): boolean {
  let letter = false;
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c > 127) { return false; }
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) { letter = true; }
  }
  return letter;
}
