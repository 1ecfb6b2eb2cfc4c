// A streaming Big5 decoder with a choice of reading for the characters outside the common core.
//  - 'cp950': the Windows table; user-defined (EUDC) pairs become their Windows private-use code
//    points (U+E000–U+F848), which convert back to exactly the same two bytes.
//  - 'hkscs': CP950, supplemented by the Big5-HKSCS table where CP950 has nothing; user-defined
//    pairs HKSCS does not define either stay private-use.
// Invalid bytes become U+FFFD; an ASCII byte after a lead byte is kept (as the WHATWG decoder does).
// Each pair is one character, so positions agree with the detector's (scan-big5.ts).
import { big5Tables, WIDE } from './big5-tables';
import { TRAILS_PER_LEAD } from './eudc';
import { TRAIL } from './scan-big5';

export type Big5Reading = 'cp950' | 'hkscs';

export class Big5Decoder {
  private lead = 0;
  private out = new Uint16Array(0);
  private readonly units: Uint16Array;
  private readonly wide: ReadonlyMap<number, string>;

  constructor(reading: Big5Reading) {
    const t = big5Tables();
    this.units = reading === 'cp950' ? t.cp950 : t.hkscs;
    this.wide = t.wide;
  }

  write(chunk: Uint8Array): string {
    let prefix = '';
    let from = 0;
    if (this.lead !== 0 && chunk.length > 0) {
      // a pair cut by the chunk boundary: decode it on its own
      const pair = new Uint8Array([this.lead, chunk[0]]);
      this.lead = 0;
      prefix = this.decodeRange(pair, 0);
      from = 1;
    }
    return prefix + this.decodeRange(chunk, from);
  }

  private decodeRange(buf: Uint8Array, from: number): string {
    const to = buf.length;
    // at most one unit per byte (a two-unit HKSCS reading takes two bytes)
    if (this.out.length < to - from) { this.out = new Uint16Array(to - from + 1024); }
    const out = this.out;
    const units = this.units;
    let n = 0;
    for (let i = from; i < to; i++) {
      const b = buf[i];
      if (b < 0x80) {
        out[n++] = b;
        continue;
      }
      if (b === 0x80 || b === 0xff) {
        out[n++] = 0xfffd;
        continue;
      }
      if (i + 1 === to) {
        this.lead = b;
        break;
      }
      const trail = buf[++i];
      const ti = TRAIL[trail];
      const u = ti >= 0 ? units[(b - 0x81) * TRAILS_PER_LEAD + ti] : 0;
      if (u === WIDE) {
        const s = this.wide.get((b - 0x81) * TRAILS_PER_LEAD + ti) as string;
        for (let k = 0; k < s.length; k++) { out[n++] = s.charCodeAt(k); }
      } else if (u !== 0) {
        out[n++] = u;
      } else {
        out[n++] = 0xfffd;
        if (trail < 0x80) { i--; } // an ASCII byte after a lead byte is a character of its own
      }
    }
    return unitsToString(out, n);
  }

  end(): string {
    const pending = this.lead !== 0;
    this.lead = 0;
    return pending ? '\ufffd' : '';
  }
}

function unitsToString(units: Uint16Array, n: number): string {
  if (n === 0) { return ''; }
  return Buffer.from(units.buffer, units.byteOffset, n * 2).toString('utf16le');
}
