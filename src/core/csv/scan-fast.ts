// The scanner's fast path: a whole record that starts and ends in the same chunk, with no line
// break inside quotes, no "" escape and no stray quote — nearly every record of a real file —
// read in one tight loop. Its fields are not sliced: their [start, end) offsets go into the
// chunk's Int32Array (Row slices them when asked). Anything else returns false and the
// scanner's general state machine (scanner.ts) reads the record; the tests check that both
// give the same rows (one chunk vs 1-character chunks).
import { isBlankRange, isFormula } from './cells';
import { textOf } from './byte-text';

const QUOTE = 34, LF = 10, CR = 13;

/** field offsets of the records of one chunk, two per field; grows by doubling */
export class Bounds {
  arr: Int32Array;
  len = 0;

  constructor(capacity: number) {
    this.arr = new Int32Array(Math.max(64, capacity));
  }

  push2(a: number, b: number): void {
    if (this.len + 2 > this.arr.length) {
      const bigger = new Int32Array(this.arr.length * 2);
      bigger.set(this.arr);
      this.arr = bigger;
    }
    this.arr[this.len++] = a;
    this.arr[this.len++] = b;
  }
}

/** the non-empty value s[a, b) is not blank; f is its first code (a byte, in a byte string) */
export function isFilled(s: string, a: number, b: number, f: number, utf8: boolean): boolean {
  // most values start with a character that is no padding: no loop
  if (f > 32 && (f < 0x80 || (!utf8 && f !== 0xa0 && f !== 0x3000 && f !== 0xfeff))) { return true; }
  return !isBlankRange(s, a, b, utf8);
}

export interface SimpleRecord {
  /** fields, non-empty ones, formula cells */
  count: number;
  nonEmpty: number;
  formulas: number[] | undefined;
  lastQuoted: boolean;
  /** index of the line break that ends the record */
  end: number;
}

/**
 * Read the record at s[i…n) into `out` and `bounds`; false (bounds unchanged) when it is not
 * simple. `utf8`: s is a byte string (byte-text.ts).
 */
export function scanSimpleRecord(s: string, i: number, n: number, d: number, maxFields: number, bounds: Bounds, out: SimpleRecord, utf8: boolean): boolean {
  const top = d > QUOTE ? d : QUOTE;
  const mark = bounds.len;
  let count = 0;
  let nonEmpty = 0;
  let formulas: number[] | undefined;
  let quoted = false;
  let k = i;
  for (;;) {
    let c = s.charCodeAt(k);
    let a: number;
    let b: number;
    if (c === QUOTE) {
      let j = k + 1;
      for (; j < n; j++) {
        c = s.charCodeAt(j);
        if (c > QUOTE) { continue; }
        if (c === QUOTE || c === LF || c === CR) { break; }
      }
      if (c !== QUOTE || j + 1 >= n) { bounds.len = mark; return false; }
      c = s.charCodeAt(j + 1);
      if (c !== d && c !== LF && c !== CR) { bounds.len = mark; return false; }
      a = k + 1;
      b = j;
      quoted = true;
      k = j + 1;
    } else {
      let j = k;
      for (; j < n; j++) {
        c = s.charCodeAt(j);
        if (c > top) { continue; }
        if (c === d || c === LF || c === CR) { break; }
        if (c === QUOTE) { bounds.len = mark; return false; }
      }
      if (j === n) { bounds.len = mark; return false; }
      a = k;
      b = j;
      quoted = false;
      k = j;
    }
    if (count >= maxFields) { bounds.len = mark; return false; }
    bounds.push2(a, b);
    if (b > a) {
      const f = s.charCodeAt(a);
      if (isFilled(s, a, b, f, utf8)) {
        nonEmpty++;
        if (f === 61 && isFormula(utf8 ? textOf(s.slice(a, b)) : s.slice(a, b))) { (formulas ??= []).push(count); }
      }
    }
    count++;
    if (c !== d) { break; }
    k++;
    if (k === n) { bounds.len = mark; return false; }
  }
  out.count = count;
  out.nonEmpty = nonEmpty;
  out.formulas = formulas;
  out.lastQuoted = quoted;
  out.end = k;
  return true;
}
