// What a single value is: blank, a number, a date, a link, a formula or text. Hand-written loops
// for the checks that run on every value of a big file; regular expressions only for short
// values or the layout sample.

/** whitespace a spreadsheet leaves in "empty" cells: space, tab, NBSP, ideographic space, BOM */
function isPad(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x3000 || c === 0xfeff;
}

/** empty or only whitespace (form feeds and other controls are not blank: they are content) */
export function isBlankValue(v: string): boolean {
  for (let i = 0; i < v.length; i++) {
    if (!isPad(v.charCodeAt(i))) { return false; }
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

/**
 * Parses numbers as publishers write them: optional sign, thousands separators, decimals and a
 * trailing '%'. Returns NaN for anything else. `decimals` tells how many decimals the last
 * number had (for the tolerance of sums).
 */
export class NumberReader {
  decimals = 0;

  read(s: string): number {
    let i = 0;
    let n = s.length;
    while (i < n && isPad(s.charCodeAt(i))) { i++; }
    while (n > i && isPad(s.charCodeAt(n - 1))) { n--; }
    if (i >= n) { return NaN; }
    let c = s.charCodeAt(i);
    let neg = false;
    if (c === 45 || c === 43) { neg = c === 45; i++; }
    let int = 0;
    let digits = 0;
    let frac = 0;
    let fracDigits = 0;
    let dot = false;
    for (; i < n; i++) {
      c = s.charCodeAt(i);
      if (c >= 48 && c <= 57) {
        if (dot) { frac = frac * 10 + (c - 48); fracDigits++; } else { int = int * 10 + (c - 48); digits++; }
      } else if (c === 44) {
        // a thousands separator sits between digits
        if (dot || digits === 0 || i + 1 >= n) { return NaN; }
        const d = s.charCodeAt(i + 1);
        if (d < 48 || d > 57) { return NaN; }
      } else if (c === 46 && !dot) {
        dot = true;
      } else if (c === 37 && i === n - 1) {
        break;
      } else {
        return NaN;
      }
    }
    if (digits === 0 && fracDigits === 0) { return NaN; }
    this.decimals = fracDigits;
    const v = fracDigits === 0 ? int : int + frac / Math.pow(10, fracDigits);
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
