// Encoding-independent counters and the UTF-8 / UTF-16 candidates, used once the fast native
// UTF-8 check has failed (or NUL bytes appeared). Each is one tight loop over the bytes.
import { eachByte, hasByteBelow } from './word-bytes';

/** a zero byte is one below 1 */
const BELOW_1 = eachByte(1);

/** UTF-8 per the WHATWG decoder: valid multi-byte characters, invalid sequences, a cut-off end. */
export class Utf8Scan {
  chars = 0;
  errors = 0;
  private needed = 0;
  private seen = 0;
  private lower = 0x80;
  private upper = 0xbf;

  scan(buf: Uint8Array, from: number, to: number): void {
    let { chars, errors, needed, seen, lower, upper } = this;
    for (let i = from; i < to; i++) {
      const b = buf[i];
      if (needed === 0) {
        if (b < 0x80) { continue; }
        if (b >= 0xc2 && b <= 0xdf) {
          needed = 1;
        } else if (b >= 0xe0 && b <= 0xef) {
          if (b === 0xe0) { lower = 0xa0; } else if (b === 0xed) { upper = 0x9f; }
          needed = 2;
        } else if (b >= 0xf0 && b <= 0xf4) {
          if (b === 0xf0) { lower = 0x90; } else if (b === 0xf4) { upper = 0x8f; }
          needed = 3;
        } else {
          errors++;
        }
        continue;
      }
      if (b < lower || b > upper) {
        errors++;
        needed = seen = 0;
        lower = 0x80;
        upper = 0xbf;
        i--; // the byte starts something new
        continue;
      }
      lower = 0x80;
      upper = 0xbf;
      if (++seen === needed) {
        chars++;
        needed = seen = 0;
      }
    }
    this.chars = chars;
    this.errors = errors;
    this.needed = needed;
    this.seen = seen;
    this.lower = lower;
    this.upper = upper;
  }

  /** true when the bytes end inside a character */
  get pending(): boolean {
    return this.needed !== 0;
  }
}

/** Bytes by kind: NULs by offset parity, control bytes, bytes >= 0x80. */
export class ByteStats {
  bytes = 0;
  /** file offset of the first NUL (-1: none) */
  firstNul = -1;
  nulEven = 0;
  nulOdd = 0;
  /** C0 controls other than NUL, tab, LF, VT, FF, CR, SUB; and DEL */
  controls = 0;
  high = 0;
  /** 0x81, 0x8D, 0x8F, 0x90, 0x9D: undefined in Windows-1252 */
  undefined1252 = 0;

  /** `absStart`: the file offset of buf[from], for the parity of NULs */
  scan(buf: Uint8Array, from: number, to: number, absStart: number): void {
    let { nulEven, nulOdd, controls, high, undefined1252 } = this;
    const parity = (absStart - from) & 1;
    for (let i = from; i < to; i++) {
      const b = buf[i];
      if (b < 0x20) {
        if (b === 0) {
          if (this.firstNul < 0) { this.firstNul = absStart + i - from; }
          if (((i + parity) & 1) === 0) { nulEven++; } else { nulOdd++; }
        } else if (b < 9 || (b > 13 && b !== 0x1a)) {
          controls++;
        }
      } else if (b >= 0x7f) {
        if (b === 0x7f) {
          controls++;
        } else {
          high++;
          if (b === 0x81 || b === 0x8d || b === 0x8f || b === 0x90 || b === 0x9d) { undefined1252++; }
        }
      }
    }
    this.bytes += to - from;
    this.nulEven = nulEven;
    this.nulOdd = nulOdd;
    this.controls = controls;
    this.high = high;
    this.undefined1252 = undefined1252;
  }

  get nul(): number {
    return this.nulEven + this.nulOdd;
  }
}

/** UTF-16 read both ways: code units, control units and unpaired surrogates per byte order. */
export class Utf16Scan {
  units = 0;
  controlsLe = 0;
  controlsBe = 0;
  badSurrogatesLe = 0;
  badSurrogatesBe = 0;
  /** a byte waiting for its partner (-1 when none) */
  private odd = -1;
  private highLe = false;
  private highBe = false;
  private started = false;

  /** `absStart`: the file offset of buf[from]; units start at even offsets */
  scan(buf: Uint8Array, from: number, to: number, absStart: number): void {
    if (from >= to) { return; }
    let i = from;
    if (!this.started) {
      this.started = true;
      if ((absStart & 1) === 1) { i++; } // units start at even file offsets
    }
    if (this.odd >= 0 && i < to) {
      // the unit the last chunk's end cut: its second byte is here
      const b0 = this.odd;
      this.odd = -1;
      this.pairs(new Uint8Array([b0, buf[i]]), 0, 2);
      i++;
    }
    const end = i + ((to - i) & ~1);
    this.pairs(buf, i, end);
    if (end < to) { this.odd = buf[end]; }
  }

  /** the units of buf[from, to), an even number of bytes: a unit per step, or two where neither counts */
  private pairs(buf: Uint8Array, from: number, to: number): void {
    let { controlsLe, controlsBe, badSurrogatesLe, badSurrogatesBe, highLe, highBe } = this;
    const view = new DataView(buf.buffer, buf.byteOffset, buf.length);
    const last = to - 4;
    for (let i = from; i < to; i += 2) {
      // two units at a time where neither can be a control or a surrogate either way round:
      // nothing to count. A control (either order) has both bytes below 0x20; a surrogate has a
      // byte D8-DF (a zero byte of w's bytes masked with F8 and xored with D8).
      if (!highLe && !highBe && i <= last) {
        const w = view.getUint32(i, true);
        if ((w & 0xe0e0) !== 0 && (w & 0xe0e00000) !== 0 && !hasByteBelow((w & 0xf8f8f8f8) ^ 0xd8d8d8d8, BELOW_1)) {
          i += 2;
          continue;
        }
      }
      const b0 = buf[i];
      const b1 = buf[i + 1];
      const le = b0 | (b1 << 8);
      const be = (b0 << 8) | b1;
      if (le < 0x20 && le !== 9 && le !== 10 && le !== 13 && le !== 12) { controlsLe++; }
      if (be < 0x20 && be !== 9 && be !== 10 && be !== 13 && be !== 12) { controlsBe++; }
      const sl = le & 0xfc00;
      if (highLe ? sl !== 0xdc00 : sl === 0xdc00) { badSurrogatesLe++; }
      highLe = sl === 0xd800;
      const sb = be & 0xfc00;
      if (highBe ? sb !== 0xdc00 : sb === 0xdc00) { badSurrogatesBe++; }
      highBe = sb === 0xd800;
    }
    this.units += (to - from) >> 1;
    this.controlsLe = controlsLe;
    this.controlsBe = controlsBe;
    this.badSurrogatesLe = badSurrogatesLe;
    this.badSurrogatesBe = badSurrogatesBe;
    this.highLe = highLe;
    this.highBe = highBe;
  }

  /** true when the bytes end in the middle of a code unit */
  get truncated(): boolean {
    return this.odd >= 0;
  }

  finish(): void {
    if (this.highLe) { this.badSurrogatesLe++; }
    if (this.highBe) { this.badSurrogatesBe++; }
    this.highLe = this.highBe = false;
  }
}
