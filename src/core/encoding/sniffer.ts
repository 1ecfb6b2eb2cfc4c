// Streaming detection over the whole file in bounded memory. Two stages:
//  - fast: native UTF-8 validation, NUL search and line counting per chunk (no JS byte loop), so
//    a UTF-8 file costs milliseconds however big it is;
//  - full: from the start of the line where UTF-8 first fails (or a NUL appears), every candidate
//    counts byte by byte (full-scan.ts). Positions recorded there start from the line count kept
//    by the fast stage, so they are positions in the whole decoded text.
// What is kept: the first 4 KB (signatures), the bytes of the current line (at most 1 MB), a
// 64 KB sample, counters, and the capped list of user-defined characters.
import {
  asBuffer, countBreaks, firstInvalidUtf8, firstNonAscii, incompleteUtf8Tail, isUtf8, lastBreak,
  utf8SeqLength,
} from './byte-search';
import { DEFAULT_MAX_EUDC, type DetectOptions, type DetectedEncoding } from './detected';
import { FullScan } from './full-scan';
import { MAGIC_HEAD_BYTES } from './magic';
import { Utf16Scan } from './scan-bytes';
import { verdict } from './verdict';

const LINE_TAIL_CAP = 1 << 20;
/** after the first non-ASCII byte, valid UTF-8 this long means a UTF-8 file: stop counting lines */
const LINES_AFTER_NON_ASCII = 64 * 1024;

export interface Sniffer {
  push(chunk: Uint8Array): void;
  finish(): DetectedEncoding;
}

export function createSniffer(opts: DetectOptions = {}): Sniffer {
  return new EncodingSniffer(opts);
}

type Mode = 'wait' | 'fast' | 'full' | 'utf16';

class EncodingSniffer implements Sniffer {
  private size = 0;
  private readonly head = new Uint8Array(MAGIC_HEAD_BYTES);
  private headLen = 0;
  private mode: Mode = 'wait';
  private finished: DetectedEncoding | null = null;
  // fast stage
  private readonly carry = new Uint8Array(4);
  private carryLen = 0;
  private nonAscii = -1;
  private breaks = 0;
  private prevCR = false;
  private countingLines = true;
  private linesExact = true;
  private lineStart = 0;
  private lineTail: Uint8Array[] = [];
  private lineTailLen = 0;
  // later stages
  private full: FullScan | null = null;
  private utf16: Utf16Scan | null = null;

  constructor(private readonly opts: DetectOptions) {}

  push(chunk: Uint8Array): void {
    if (this.finished) { throw new Error('push() after finish()'); }
    if (chunk.length === 0) { return; }
    const waiting = this.headLen;
    if (this.headLen < this.head.length) {
      const n = Math.min(this.head.length - this.headLen, chunk.length);
      this.head.set(chunk.subarray(0, n), this.headLen);
      this.headLen += n;
    }
    if (this.mode === 'wait') {
      if (this.headLen < 3) { return; } // the chunk is in `head`, kept until the BOM can be seen
      this.start();
      if (waiting > 0) { this.feed(this.head.slice(0, waiting)); }
    }
    this.feed(chunk);
  }

  finish(): DetectedEncoding {
    if (this.finished) { return this.finished; }
    if (this.mode === 'wait') {
      this.start();
      if (this.headLen > 0) { this.feed(this.head.slice(0, this.headLen)); }
    }
    this.full?.finish();
    this.utf16?.finish();
    const truncatedUtf8 = this.mode === 'fast' ? this.carryLen > 0 : !!this.full?.utf8?.pending;
    this.finished = verdict({
      size: this.size,
      head: this.head.subarray(0, this.headLen),
      truncatedUtf8,
      ascii: this.mode === 'fast' && this.nonAscii < 0,
      full: this.full,
      utf16Bom: this.utf16,
      prefixUtf8Bytes: this.full && this.nonAscii >= 0 ? Math.max(0, this.full.start - this.nonAscii) : 0,
      hint: this.opts.hint,
    });
    this.lineTail = [];
    return this.finished;
  }

  private start(): void {
    const h = this.head;
    const utf16 = this.headLen >= 2 && ((h[0] === 0xff && h[1] === 0xfe) || (h[0] === 0xfe && h[1] === 0xff));
    if (utf16) {
      this.mode = 'utf16';
      this.utf16 = new Utf16Scan();
    } else {
      this.mode = 'fast';
    }
  }

  private feed(chunk: Uint8Array): void {
    const start = this.size;
    this.size += chunk.length;
    if (this.mode === 'utf16') {
      this.utf16?.scan(chunk, 0, chunk.length, start);
    } else if (this.mode === 'full') {
      this.full?.feed(chunk, 0, chunk.length, start);
    } else {
      this.feedFast(chunk, start);
    }
  }

  /** UTF-8 and NUL checks in native code; on the first problem, hand over to the full scan. */
  private feedFast(buf: Uint8Array, start: number): void {
    const len = buf.length;
    let bad = -1;
    let from = 0;
    if (this.carryLen > 0) {
      const need = utf8SeqLength(this.carry[0]) - this.carryLen;
      const take = Math.min(need, len);
      const piece = new Uint8Array(this.carryLen + take);
      piece.set(this.carry.subarray(0, this.carryLen));
      piece.set(buf.subarray(0, take), this.carryLen);
      if (take < need) {
        if (buf.subarray(0, take).every(b => (b & 0xc0) === 0x80)) {
          this.carry.set(buf.subarray(0, take), this.carryLen);
          this.carryLen += take;
          this.afterFastChunk(buf, start, -1);
          return;
        }
        bad = 0;
      } else if (!isUtf8(piece)) {
        bad = 0;
      }
      this.carryLen = 0;
      from = take;
    }
    let tailStart = len;
    if (bad < 0 && from < len) {
      tailStart = len - incompleteUtf8Tail(buf, from, len);
      if (!isUtf8(buf.subarray(from, tailStart))) { bad = firstInvalidUtf8(buf, from, tailStart); }
    }
    const nul = asBuffer(buf).indexOf(0);
    const trigger = nul >= 0 && (bad < 0 || nul < bad) ? nul : bad;
    if (trigger < 0 && tailStart < len) {
      this.carry.set(buf.subarray(tailStart, len));
      this.carryLen = len - tailStart;
    }
    this.afterFastChunk(buf, start, trigger);
  }

  /** Lines, first non-ASCII byte, the current line's bytes; or the switch to the full scan. */
  private afterFastChunk(buf: Uint8Array, start: number, trigger: number): void {
    const len = buf.length;
    const end = trigger < 0 ? len : trigger;
    if (this.nonAscii < 0) {
      const i = firstNonAscii(buf, 0, end);
      if (i >= 0) { this.nonAscii = start + i; }
    }
    const lb = lastBreak(buf, 0, end);
    const lineStart = lb >= 0 ? start + lb + 1 : this.lineStart;
    if (this.countingLines) {
      const stopAt = this.nonAscii >= 0 ? this.nonAscii + LINES_AFTER_NON_ASCII : Infinity;
      const want = trigger < 0 ? len : Math.max(0, lineStart - start);
      const upTo = Math.max(0, Math.min(want, stopAt - start));
      this.breaks += countBreaks(buf, 0, upTo, this.prevCR);
      if (upTo > 0) { this.prevCR = buf[upTo - 1] === 13; }
      if (upTo < want) {
        this.countingLines = false;
        this.linesExact = false;
      }
    }
    if (trigger >= 0) {
      this.toFull(buf, start, start + trigger, lineStart);
      return;
    }
    if (lb >= 0) {
      this.lineStart = lineStart;
      this.lineTail = [buf.slice(lb + 1)];
      this.lineTailLen = len - lb - 1;
    } else {
      this.lineTail.push(buf.slice());
      this.lineTailLen += len;
      while (this.lineTailLen - this.lineTail[0].length >= LINE_TAIL_CAP) {
        this.lineTailLen -= (this.lineTail.shift() as Uint8Array).length;
      }
    }
  }

  /** Start the full scan at the line holding the first problem (or 1 MB before it, if longer). */
  private toFull(buf: Uint8Array, start: number, problem: number, lineStart: number): void {
    // at least LINE_TAIL_CAP bytes are kept when the line is longer, so `from` never precedes them
    const kept = start - this.lineTailLen;
    const from = Math.max(lineStart, problem - LINE_TAIL_CAP);
    const exact = from === lineStart && this.linesExact;
    // in the approximate case, bytes stand for UTF-16 units (exact for ASCII)
    this.full = new FullScan(from, this.breaks + 1, from - lineStart, this.opts.maxEudc ?? DEFAULT_MAX_EUDC, !exact);
    this.mode = 'full';
    if (from < start) {
      const tail = new Uint8Array(this.lineTailLen);
      let at = 0;
      for (const piece of this.lineTail) {
        tail.set(piece, at);
        at += piece.length;
      }
      this.full.feed(tail, Math.max(0, from - kept), tail.length, Math.max(from, kept));
    }
    this.lineTail = [];
    this.lineTailLen = 0;
    this.full.feed(buf, Math.max(0, from - start), buf.length, Math.max(from, start));
  }
}
