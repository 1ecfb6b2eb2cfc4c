// A streaming Big5 decoder with a choice of reading for the characters outside the common core.
//  - 'cp950': the Windows table; user-defined (EUDC) pairs become their Windows private-use code
//    points (U+E000–U+F848), which convert back to exactly the same two bytes.
//  - 'hkscs': the Big5-HKSCS table; user-defined pairs HKSCS does not define stay private-use.
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
    // at most one unit per byte, plus one for a pending lead byte that turns out invalid
    if (this.out.length < chunk.length + 1) { this.out = new Uint16Array(chunk.length + 1024); }
    const out = this.out;
    const units = this.units;
    let n = 0;
    let lead = this.lead;
    for (let i = 0; i < chunk.length; i++) {
      const b = chunk[i];
      if (lead !== 0) {
        const ti = TRAIL[b];
        const pi = ti < 0 ? -1 : (lead - 0x81) * TRAILS_PER_LEAD + ti;
        lead = 0;
        const u = pi >= 0 ? units[pi] : 0;
        if (u === WIDE) {
          const s = this.wide.get(pi) as string;
          for (let k = 0; k < s.length; k++) { out[n++] = s.charCodeAt(k); }
          continue;
        }
        if (u !== 0) {
          out[n++] = u;
          continue;
        }
        out[n++] = 0xfffd;
        if (b >= 0x80) { continue; }
      }
      if (b < 0x80) {
        out[n++] = b;
      } else if (b === 0x80 || b === 0xff) {
        out[n++] = 0xfffd;
      } else {
        lead = b;
      }
    }
    this.lead = lead;
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
