// The Big5 candidate: validity, how typical the text looks, and every user-defined character
// with its position in the decoded text. It follows the decoder's rules exactly (decode-big5.ts),
// so the positions it records are the ones the decoded text has.
import type { EudcChar } from '../types';
import { big5Tables, KIND_EUDC, KIND_INVALID, KIND_LEVEL2, WIDE, type Big5Tables } from './big5-tables';
import { hex2, pairBytes, puaForPair, TRAILS_PER_LEAD } from './eudc';
import { eachByte, hasByteBelow, isAsciiWord } from './word-bytes';

/** trail byte -> 0..156, or -1 */
export const TRAIL = ((): Int16Array => {
  const t = new Int16Array(256).fill(-1);
  for (let b = 0x40; b <= 0x7e; b++) { t[b] = b - 0x40; }
  for (let b = 0xa1; b <= 0xfe; b++) { t[b] = b - 0xa1 + 63; }
  return t;
})();

/** a byte below 14 may be a line break */
const BELOW_14 = eachByte(14);

export class Big5Scan {
  /** valid two-byte characters */
  chars = 0;
  /** invalid sequences (each one U+FFFD when decoded) */
  errors = 0;
  /** characters in the user-defined areas */
  eudcCount = 0;
  /** Level 2 hanzi: seldom used, so many of them suggest another encoding (GB2312 text) */
  level2 = 0;
  /** the pairs in the user-defined areas, in order, up to `maxEudc` */
  readonly eudc: EudcChar[] = [];
  /** position of the next decoded character: 1-based line, UTF-16 units already on the line */
  private line = 1;
  private units = 0;
  /** the last byte scanned was a CR (a CR before an LF makes one line break) */
  private lastCR = false;
  /** a lead byte whose trail is in the next chunk */
  private lead = 0;
  private readonly t: Big5Tables = big5Tables();

  constructor(private readonly maxEudc: number) {}

  /** Continue at a known position (after a stretch another scanner handled). */
  moveTo(line: number, unitsOnLine: number): void {
    this.line = line;
    this.units = unitsOnLine;
    this.lastCR = false;
    this.lead = 0;
  }

  scan(buf: Uint8Array, from: number, to: number): void {
    if (this.lead !== 0 && from < to) {
      // a pair cut by the chunk boundary: scan it on its own, then go on after its second byte
      const pair = new Uint8Array([this.lead, buf[from]]);
      this.lead = 0;
      this.scanRange(pair, 0, 2);
      from++;
    }
    this.scanRange(buf, from, to);
  }

  /**
   * The hot loop: a lead byte and its trail are read in the same step. The units on the line are
   * not counted byte by byte: they are the bytes since the line began (`lineAt`, before `from`
   * when the line began in an earlier chunk) less one for each two-byte character (`pairs`).
   */
  private scanRange(buf: Uint8Array, from: number, to: number): void {
    if (from >= to) { return; }
    const { kindByBytes, hkscs } = this.t;
    let { chars, errors, level2, line } = this;
    let lineAt = from - this.units;
    let pairs = 0;
    let i = from;
    // ASCII without control bytes, four bytes at a time (bytes below 14 may be line breaks)
    const words = new DataView(buf.buffer, buf.byteOffset, buf.length);
    const lastWord = to - 4;
    for (; i < to; i++) {
      if (i <= lastWord) {
        const w = words.getUint32(i, true);
        if (isAsciiWord(w) && !hasByteBelow(w, BELOW_14)) {
          i += 3;
          continue;
        }
      }
      const b = buf[i];
      if (b < 0x80) {
        // ASCII and control bytes are a unit each; only line breaks need a look
        if (b > 13) { continue; }
        if (b === 10) {
          if (i === from ? !this.lastCR : buf[i - 1] !== 13) { line++; }
          lineAt = i + 1;
          pairs = 0;
        } else if (b === 13) {
          line++;
          lineAt = i + 1;
          pairs = 0;
        }
        continue;
      }
      if (b === 0x80 || b === 0xff) {
        errors++;
        continue;
      }
      if (i + 1 === to) {
        this.lead = b;
        break;
      }
      const trail = buf[++i];
      const kind = kindByBytes[(b << 8) | trail];
      if (kind !== KIND_INVALID) {
        chars++;
        if (kind !== KIND_EUDC) {
          pairs++;
          if (kind === KIND_LEVEL2) { level2++; }
        } else {
          const pi = (b - 0x81) * TRAILS_PER_LEAD + TRAIL[trail];
          this.record(pi, line, i - 1 - lineAt - pairs + 1);
          pairs += 2 - (hkscs[pi] === WIDE ? (this.t.wide.get(pi) as string).length : 1);
        }
        continue;
      }
      errors++;
      // an ASCII byte after a lead byte is a character of its own (as in the WHATWG decoder)
      if (trail < 0x80) { i--; } else { pairs++; }
    }
    this.chars = chars;
    this.errors = errors;
    this.level2 = level2;
    this.line = line;
    // a lead byte left for the next chunk is not on the line yet
    this.units = (i < to ? i : to) - lineAt - pairs;
    this.lastCR = this.lead === 0 && buf[to - 1] === 13;
  }

  finish(): void {
    if (this.lead !== 0) {
      this.errors++;
      this.lead = 0;
    }
  }

  private record(pi: number, line: number, column: number): void {
    this.eudcCount++;
    if (this.eudc.length >= this.maxEudc) { return; }
    const [lead, trail] = pairBytes(pi);
    this.eudc.push({
      line, column, bytes: hex2(lead, trail),
      readings: {
        hkscs: this.t.hkscsText[pi],
        cp950: String.fromCharCode(this.t.cp950[pi]),
        pua: String.fromCharCode(puaForPair(pi)),
      },
    });
  }
}
