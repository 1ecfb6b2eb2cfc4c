// The scanner's fast path: a whole record that starts and ends in the same chunk, with no line
// break inside quotes, no "" escape and no stray quote — nearly every record of a real file —
// read in one tight loop with local variables. Anything else returns false and the scanner's
// general state machine (scanner.ts) reads the record instead; the tests check that both give
// the same rows (one chunk vs 1-character chunks).
import { isBlankValue, isFormula } from './cells';

const QUOTE = 34, LF = 10, CR = 13;

export interface SimpleRecord {
  values: string[];
  nonEmpty: number;
  formulas: number[] | undefined;
  lastQuoted: boolean;
  /** index of the line break that ends the record */
  end: number;
}

/** Read the record at s[i…] into `out`; false (and `out` untouched in meaning) when it is not simple. */
export function scanSimpleRecord(s: string, i: number, d: number, maxFields: number, out: SimpleRecord): boolean {
  const n = s.length;
  const top = d > QUOTE ? d : QUOTE;
  const values: string[] = [];
  let nonEmpty = 0;
  let formulas: number[] | undefined;
  let quoted = false;
  let k = i;
  for (;;) {
    let c = s.charCodeAt(k);
    let v: string;
    if (c === QUOTE) {
      let j = k + 1;
      for (; j < n; j++) {
        c = s.charCodeAt(j);
        if (c > QUOTE) { continue; }
        if (c === QUOTE || c === LF || c === CR) { break; }
      }
      if (c !== QUOTE || j + 1 >= n) { return false; }
      c = s.charCodeAt(j + 1);
      if (c !== d && c !== LF && c !== CR) { return false; }
      v = s.slice(k + 1, j);
      quoted = true;
      k = j + 1;
    } else {
      let j = k;
      for (; j < n; j++) {
        c = s.charCodeAt(j);
        if (c > top) { continue; }
        if (c === d || c === LF || c === CR) { break; }
        if (c === QUOTE) { return false; }
      }
      if (j === n) { return false; }
      v = s.slice(k, j);
      quoted = false;
      k = j;
    }
    if (values.length >= maxFields) { return false; }
    values.push(v);
    if (v.length !== 0) {
      const f = v.charCodeAt(0);
      if ((f > 32 && f !== 0xa0 && f !== 0x3000 && f !== 0xfeff) || !isBlankValue(v)) {
        nonEmpty++;
        if (f === 61 && isFormula(v)) { (formulas ??= []).push(values.length - 1); }
      }
    }
    if (c !== d) { break; }
    k++;
    if (k === n) { return false; }
  }
  out.values = values;
  out.nonEmpty = nonEmpty;
  out.formulas = formulas;
  out.lastQuoted = quoted;
  out.end = k;
  return true;
}
