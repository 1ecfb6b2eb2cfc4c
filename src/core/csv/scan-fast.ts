// The scanner's fast path: a whole record that starts and ends in the same chunk, with no line
// break inside quotes, no "" escape and no stray quote — nearly every record of a real file —
// read in one tight loop. Its fields are not sliced: their [start, end) offsets go into the
// chunk's Int32Array (Row slices them when asked). Anything else returns false and the
// scanner's general state machine (scanner.ts) reads the record; the tests check that both
// give the same rows (one chunk vs 1-character chunks).
import { isBlankRange, isFormula } from './cells';
import { textOf } from './byte-text';
import { eachByte, hasByteBelow } from '../encoding/word-bytes';

const QUOTE = 34, LF = 10, CR = 13;

/** field offsets of the records of one chunk, two per field; grows by doubling */
export class Bounds {
  arr: Int32Array;
  len = 0;

  constructor(capacity: number) {
    this.arr = new Int32Array(Math.max(64, capacity));
  }

  /** room for two more after the first `len` entries (the loop keeps `len` in a local) */
  grow(len: number): Int32Array {
    const bigger = new Int32Array(this.arr.length * 2);
    bigger.set(this.arr.subarray(0, len));
    this.arr = bigger;
    return bigger;
  }
}

/** the non-empty value s[a, b) is not blank; f is its first code (a byte, in a byte string) */
export function isFilled(s: string, a: number, b: number, f: number, utf8: boolean): boolean {
  // most values start with a character that is no padding: no loop (in a byte string, only
  // C2, E3 and EF start padding: C2 A0, E3 80 80, EF BB BF)
  if (f > 32 && (f < 0x80 || (utf8 ? f !== 0xc2 && f !== 0xe3 && f !== 0xef : f !== 0xa0 && f !== 0x3000 && f !== 0xfeff))) { return true; }
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
 * The codes of s[off, off + length) in a typed array (u[k] = s.charCodeAt(off + k)): a loop
 * over a typed array runs about 1.5 times as fast as one over charCodeAt (measured on the
 * bench table: 110 ms against 162 ms for its 40 MB).
 */
export interface Codes {
  u: Uint8Array | Uint16Array;
  off: number;
  /** u's bytes four at a time, when they are a byte string's (null for text) */
  words: DataView | null;
}

/** the codes of a byte string's bytes, s[off + k] = bytes[k] */
export function byteCodes(bytes: Uint8Array, off: number): Codes {
  return { u: bytes, off, words: new DataView(bytes.buffer, bytes.byteOffset, bytes.length) };
}

/** the codes of s[from, to): its bytes in a byte string, UTF-16 units in text */
export function codesOf(s: string, from: number, to: number, utf8: boolean): Codes {
  const part = from === 0 && to === s.length ? s : s.slice(from, to);
  if (utf8) { return byteCodes(asBytes(Buffer.from(part, 'latin1')), from); }
  const b = Buffer.from(part, 'utf16le');
  // a Uint16Array needs an even offset, and reads the platform's byte order (little-endian here)
  const u = b.byteOffset % 2 === 0 ? new Uint16Array(b.buffer, b.byteOffset, b.length >> 1) : new Uint16Array(asBytes(b).slice().buffer);
  return { u: LITTLE_ENDIAN ? u : u.map(x => (x >> 8) | ((x & 0xff) << 8)), off: from, words: null };
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

function asBytes(b: Buffer): Uint8Array {
  return new Uint8Array(b.buffer, b.byteOffset, b.length);
}

/** from j, past every 4 bytes of [j, m) none of which is below n (`below` = eachByte(n)) */
function skipWords(words: DataView, j: number, m: number, below: number): number {
  while (j + 4 <= m && !hasByteBelow(words.getUint32(j, true), below)) { j += 4; }
  return j;
}

/**
 * Read the record at s[i…n) into `out` and `bounds`; false (bounds unchanged) when it is not
 * simple. The loops read `codes` (the same characters); `utf8`: s is a byte string (byte-text.ts).
 */
export function scanSimpleRecord(codes: Codes, s: string, i: number, n: number, d: number, maxFields: number, bounds: Bounds, out: SimpleRecord, utf8: boolean): boolean {
  const top = d > QUOTE ? d : QUOTE;
  // in a byte string, the two bytes after a lead byte E0–F4 continue its character: no
  // delimiter, quote or line break can be among them (a quarter fewer steps on CJK text)
  const lead = utf8 ? 0xe0 : 0x10000;
  // the loop keeps the offsets array and its length in locals; bounds.len moves only on success
  let arr = bounds.arr;
  let len = bounds.len;
  let count = 0;
  let nonEmpty = 0;
  let formulas: number[] | undefined;
  let quoted = false;
  // positions below are in u, s[x] is u[x - off]
  const u = codes.u;
  const off = codes.off;
  const words = codes.words;
  // a byte string's bytes are skipped four at a time while none is at or below the stop codes
  const quotedLimit = eachByte(QUOTE + 1);
  const plainLimit = eachByte(top + 1);
  const m = n - off;
  let k = i - off;
  for (;;) {
    let c = u[k];
    let a: number;
    let b: number;
    if (c === QUOTE) {
      let j = k + 1;
      if (words !== null) { j = skipWords(words, j, m, quotedLimit); }
      for (; j < m; j++) {
        c = u[j];
        if (c > QUOTE) {
          if (c >= lead) { j += 2; }
          continue;
        }
        if (c === QUOTE || c === LF || c === CR) { break; }
      }
      if (c !== QUOTE || j + 1 >= m) { return false; }
      c = u[j + 1];
      if (c !== d && c !== LF && c !== CR) { return false; }
      a = k + 1 + off;
      b = j + off;
      quoted = true;
      k = j + 1;
    } else {
      let j = k;
      if (words !== null) { j = skipWords(words, j, m, plainLimit); }
      for (; j < m; j++) {
        c = u[j];
        if (c > top) {
          if (c >= lead) { j += 2; }
          continue;
        }
        if (c === d || c === LF || c === CR) { break; }
        if (c === QUOTE) { return false; }
      }
      // a character cut by the end of the chunk may take j past n
      if (j >= m) { return false; }
      a = k + off;
      b = j + off;
      quoted = false;
      k = j;
    }
    if (count >= maxFields) { return false; }
    if (len + 2 > arr.length) { arr = bounds.grow(len); }
    arr[len++] = a;
    arr[len++] = b;
    if (b > a) {
      const f = u[a - off];
      if (isFilled(s, a, b, f, utf8)) {
        nonEmpty++;
        if (f === 61 && isFormula(utf8 ? textOf(s.slice(a, b)) : s.slice(a, b))) { (formulas ??= []).push(count); }
      }
    }
    count++;
    if (c !== d) { break; }
    k++;
    if (k === m) { return false; }
  }
  bounds.len = len;
  out.count = count;
  out.nonEmpty = nonEmpty;
  out.formulas = formulas;
  out.lastQuoted = quoted;
  out.end = k + off;
  return true;
}
