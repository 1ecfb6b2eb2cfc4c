// The GB18030 and Shift_JIS candidates. Each counts valid characters, invalid sequences and
// "rare" characters: ones real text of that encoding seldom uses, but text in ANOTHER encoding
// produces when read this way (Big5 read as GBK lands in the GBK extension rows; Big5 read as
// Shift_JIS is mostly half-width katakana). That is what separates encodings that all "decode".
import { iconvLite } from './legacy-libs';

export interface CandidateCounts {
  chars: number;
  errors: number;
  rare: number;
}

export class GbScan implements CandidateCounts {
  chars = 0;
  errors = 0;
  rare = 0;
  /** bytes of the pending multi-byte sequence (0 when none) */
  private b1 = 0;
  private b2 = 0;
  private b3 = 0;

  scan(buf: Uint8Array, from: number, to: number): void {
    let { chars, errors, rare, b1, b2, b3 } = this;
    for (let i = from; i < to; i++) {
      const b = buf[i];
      if (b1 === 0) {
        if (b < 0x80) { continue; }
        if (b === 0x80) { chars++; rare++; } else if (b === 0xff) { errors++; } else { b1 = b; }
        continue;
      }
      if (b2 === 0) {
        if (b >= 0x30 && b <= 0x39) { b2 = b; continue; }
        if ((b >= 0x40 && b <= 0x7e) || (b >= 0x80 && b <= 0xfe)) {
          chars++;
          // common: GB2312 punctuation (rows A1–A3) and hanzi (B0–F7) with trail A1–FE; rare: the
          // kana/Greek/Cyrillic/box rows A4–A9 (where Big5's most common hanzi land) and GBK's extensions
          if (b < 0xa1 || b1 < 0xa1 || b1 > 0xf7 || (b1 > 0xa3 && b1 < 0xb0)) { rare++; }
          b1 = 0;
          continue;
        }
        errors++;
        b1 = 0;
        if (b < 0x80) { i--; }
        continue;
      }
      if (b3 === 0) {
        if (b >= 0x81 && b <= 0xfe) { b3 = b; continue; }
        errors++;
        b1 = b2 = 0;
        if (b < 0x80) { i--; }
        continue;
      }
      if (b >= 0x30 && b <= 0x39) { chars++; rare++; } else {
        errors++;
        if (b < 0x80) { i--; }
      }
      b1 = b2 = b3 = 0;
    }
    this.chars = chars;
    this.errors = errors;
    this.rare = rare;
    this.b1 = b1;
    this.b2 = b2;
    this.b3 = b3;
  }

  finish(): void {
    if (this.b1 !== 0) { this.errors++; }
    this.b1 = this.b2 = this.b3 = 0;
  }
}

const SJIS_TRAILS = 0xfc - 0x40 + 1;
const SJIS_VALID = 1;
const SJIS_RARE = 2;

/** lead 81–9F, E0–FC -> 0..59 */
function sjisLeadIndex(lead: number): number {
  return lead <= 0x9f ? lead - 0x81 : lead - 0xe0 + 31;
}

let sjisTable: Uint8Array | undefined;

/** Validity of every Shift_JIS pair, from iconv-lite's table (built once, on first use). */
function sjisFlags(): Uint8Array {
  if (sjisTable) { return sjisTable; }
  const leads: number[] = [];
  for (let l = 0x81; l <= 0xfc; l++) { if (l <= 0x9f || l >= 0xe0) { leads.push(l); } }
  const bytes: number[] = [];
  for (const l of leads) {
    for (let t = 0x40; t <= 0xfc; t++) { bytes.push(l, t, 0x0a); }
  }
  const parts = iconvLite().decode(Buffer.from(bytes), 'shiftjis').split('\n');
  const flags = new Uint8Array(leads.length * SJIS_TRAILS);
  leads.forEach((l, li) => {
    for (let t = 0x40; t <= 0xfc; t++) {
      const i = li * SJIS_TRAILS + t - 0x40;
      const s = parts[i];
      if (t === 0x7f || s === undefined || s.includes('\ufffd')) { continue; }
      // user-defined rows (F0–F9) and the NEC/IBM extension rows are valid but seldom used
      flags[i] = SJIS_VALID | (l >= 0xed || l === 0x87 ? SJIS_RARE : 0);
    }
  });
  sjisTable = flags;
  return flags;
}

export class SjisScan implements CandidateCounts {
  chars = 0;
  errors = 0;
  rare = 0;
  private lead = 0;
  private readonly flags = sjisFlags();

  scan(buf: Uint8Array, from: number, to: number): void {
    const flags = this.flags;
    let { chars, errors, rare, lead } = this;
    for (let i = from; i < to; i++) {
      const b = buf[i];
      if (lead !== 0) {
        const f = b >= 0x40 && b <= 0xfc ? flags[sjisLeadIndex(lead) * SJIS_TRAILS + b - 0x40] : 0;
        lead = 0;
        if (f !== 0) {
          chars++;
          if ((f & SJIS_RARE) !== 0) { rare++; }
          continue;
        }
        errors++;
        if (b >= 0x80) { continue; }
      }
      if (b < 0x80) { continue; }
      if (b >= 0xa1 && b <= 0xdf) {
        chars++;
        rare++; // half-width katakana
      } else if ((b >= 0x81 && b <= 0x9f) || (b >= 0xe0 && b <= 0xfc)) {
        lead = b;
      } else {
        errors++;
      }
    }
    this.chars = chars;
    this.errors = errors;
    this.rare = rare;
    this.lead = lead;
  }

  finish(): void {
    if (this.lead !== 0) { this.errors++; }
    this.lead = 0;
  }
}
