// Big5 -> UTF-8 bytes, in chunks (a chunk may end between a lead byte and its trail), with a
// choice of reading for the characters outside the common core:
//  - 'cp950': the Windows table; user-defined (EUDC) pairs become their Windows private-use code
//    points (U+E000–U+F848), which convert back to exactly the same two bytes.
//  - 'hkscs': CP950, supplemented by the Big5-HKSCS table where CP950 has nothing; user-defined
//    pairs HKSCS does not define either stay private-use.
// Invalid bytes become U+FFFD; an ASCII byte after a lead byte is kept (as the WHATWG decoder does).
// Each pair is one character, so positions agree with the detector's (scan-big5.ts). A table is
// read as UTF-8 bytes (a 1 MB buffer reused chunk after chunk, never one string of the file);
// decode-big5.ts turns the bytes into text for everything else.
import { big5Tables, WIDE } from './big5-tables';
import { TRAILS_PER_LEAD } from './eudc';
import { TRAIL } from './scan-big5';
import { isAsciiWord } from './word-bytes';
import type { ByteSink, Utf8Stream } from './to-utf8';

export type Big5Reading = 'cp950' | 'hkscs';

const FFFD = [0xef, 0xbf, 0xbd];

export class Big5ToUtf8 implements Utf8Stream {
  private lead = 0;
  private out = new Uint8Array(0);
  /** the reading's unit per lead << 8 | trail (0: no such pair, WIDE: see `wide`) */
  private readonly units: Uint16Array;
  private readonly wide: ReadonlyMap<number, string>;
  /** the UTF-8 bytes of each reading longer than one UTF-16 unit, made when first met */
  private readonly wideBytes = new Map<number, Uint8Array>();

  constructor(reading: Big5Reading) {
    const t = big5Tables();
    this.units = reading === 'cp950' ? t.cp950ByBytes : t.hkscsByBytes;
    this.wide = t.wide;
  }

  /** `out` gets bytes that are valid until the next call */
  write(chunk: Uint8Array, out: ByteSink): void {
    let from = 0;
    if (this.lead !== 0 && chunk.length > 0) {
      // a pair cut by the chunk boundary: read it on its own
      const pair = new Uint8Array([this.lead, chunk[0]]);
      this.lead = 0;
      this.range(pair, 0, out);
      from = 1;
    }
    this.range(chunk, from, out);
  }

  end(out: ByteSink): void {
    if (this.lead !== 0) { out(new Uint8Array(FFFD)); }
    this.lead = 0;
  }

  private range(buf: Uint8Array, from: number, sink: ByteSink): void {
    const to = buf.length;
    if (from >= to) { return; }
    // at most three bytes per input byte (a pair's reading takes at most six)
    if (this.out.length < 3 * (to - from) + 8) { this.out = new Uint8Array(3 * (to - from) + 1024); }
    const out = this.out;
    const units = this.units;
    // ASCII four bytes at a time where it runs that long (most of a table: digits, commas)
    const src = new DataView(buf.buffer, buf.byteOffset, buf.length);
    const dst = new DataView(out.buffer, out.byteOffset, out.length);
    const words = to - 4;
    let n = 0;
    for (let i = from; i < to; i++) {
      if (i <= words) {
        const w = src.getUint32(i, true);
        if (isAsciiWord(w)) {
          dst.setUint32(n, w, true);
          n += 4;
          i += 3;
          continue;
        }
      }
      const b = buf[i];
      if (b < 0x80) {
        out[n++] = b;
        continue;
      }
      // a common pair: one look-up (0x80, 0xFF and invalid trails are 0 in the table)
      const u = i + 1 < to ? units[(b << 8) | buf[i + 1]] : 0;
      if (u !== 0 && u !== WIDE) {
        i++;
        if (u < 0x800) {
          out[n++] = 0xc0 | (u >> 6);
          out[n++] = 0x80 | (u & 0x3f);
        } else {
          out[n++] = 0xe0 | (u >> 12);
          out[n++] = 0x80 | ((u >> 6) & 0x3f);
          out[n++] = 0x80 | (u & 0x3f);
        }
        continue;
      }
      // the rest: a lead byte the chunk cuts, a reading of two units, an invalid byte or pair
      if (b !== 0x80 && b !== 0xff && i + 1 === to) {
        this.lead = b;
        break;
      }
      if (u === WIDE) {
        const w = this.wideUtf8((b - 0x81) * TRAILS_PER_LEAD + TRAIL[buf[++i]]);
        out.set(w, n);
        n += w.length;
        continue;
      }
      // an ASCII byte after a lead byte is a character of its own; 0x80 and 0xFF are one byte
      if (b !== 0x80 && b !== 0xff && buf[i + 1] >= 0x80) { i++; }
      out[n++] = 0xef;
      out[n++] = 0xbf;
      out[n++] = 0xbd;
    }
    if (n > 0) { sink(out.subarray(0, n)); }
  }

  private wideUtf8(pi: number): Uint8Array {
    let w = this.wideBytes.get(pi);
    if (!w) {
      w = new Uint8Array(Buffer.from(this.wide.get(pi) as string, 'utf8'));
      this.wideBytes.set(pi, w);
    }
    return w;
  }
}
