// Lookup tables for the Big5 family, built from iconv-lite's own cp950 and big5hkscs tables so
// that detection, decoding and conversion all agree with the library. Built once, on first use
// (a Big5 file is rare next to UTF-8, and building costs ~30 ms); never changed afterwards.
import { iconvLite } from './legacy-libs';
import { PAIR_COUNT, pairBytes, pairIndex, puaForPair } from './eudc';

/** the pair is in the Windows CP950 table */
export const F_CP950 = 1;
/** the pair is in the Big5-HKSCS table */
export const F_HKSCS = 2;
/** the pair is in a user-defined (EUDC) area */
export const F_EUDC = 4;
/** a Level 2 hanzi (C940–F9D5): under 2% of real Big5 text, a third of GB2312 text read as Big5 */
export const F_LEVEL2 = 8;

/** Marks a unit table entry whose reading is longer than one UTF-16 unit (see `wide`). */
export const WIDE = 0xffff;

export interface Big5Tables {
  /** F_* flags per pair index */
  readonly flags: Uint8Array;
  /** Windows reading: the CP950 character, or the EUDC private-use one; 0 = undefined */
  readonly cp950: Uint16Array;
  /** CP950's reading, else HKSCS's, else the EUDC private-use one; 0 = undefined, WIDE = see `wide` */
  readonly hkscs: Uint16Array;
  /** HKSCS readings of more than one UTF-16 unit (astral characters, base + combining mark) */
  readonly wide: ReadonlyMap<number, string>;
  /** the HKSCS reading of a pair, or null where HKSCS has none */
  readonly hkscsText: readonly (string | null)[];
  /**
   * cp950 and hkscs again, indexed by the two bytes themselves (lead << 8 | trail; 0 where the
   * trail is no trail): one look-up per pair in the hot loops, 128 KB each
   */
  readonly cp950ByBytes: Uint16Array;
  readonly hkscsByBytes: Uint16Array;
  /** what the detector counts of each two bytes (KIND_*), indexed the same way */
  readonly kindByBytes: Uint8Array;
}

/** kindByBytes: no pair (an invalid sequence), a common character, a Level 2 one, a user-defined one */
export const KIND_INVALID = 0;
export const KIND_COMMON = 1;
export const KIND_LEVEL2 = 2;
export const KIND_EUDC = 3;

let built: Big5Tables | undefined;

export function big5Tables(): Big5Tables {
  built ??= build();
  return built;
}

/** Decode every pair, each followed by a line feed (never a Big5 trail), and split. */
function decodeAllPairs(encoding: string): string[] {
  const bytes = new Uint8Array(PAIR_COUNT * 3);
  for (let i = 0; i < PAIR_COUNT; i++) {
    const [lead, trail] = pairBytes(i);
    bytes[i * 3] = lead;
    bytes[i * 3 + 1] = trail;
    bytes[i * 3 + 2] = 0x0a;
  }
  const parts = iconvLite().decode(Buffer.from(bytes.buffer), encoding).split('\n');
  if (parts.length !== PAIR_COUNT + 1) { throw new Error(`unexpected ${encoding} table layout`); }
  return parts;
}

function build(): Big5Tables {
  const cp = decodeAllPairs('cp950');
  const hk = decodeAllPairs('big5hkscs');
  const flags = new Uint8Array(PAIR_COUNT);
  const cp950 = new Uint16Array(PAIR_COUNT);
  const hkscs = new Uint16Array(PAIR_COUNT);
  const wide = new Map<number, string>();
  const hkscsText: (string | null)[] = new Array<string | null>(PAIR_COUNT).fill(null);
  // HKSCS maps A3C0–A3E0 to control pictures; no Taiwan publisher means those, CP950 leaves them
  // undefined, and they are outside the user-defined areas: treat them as invalid bytes.
  const controlPictures = [pairIndex(0xa3, 0xc0), pairIndex(0xa3, 0xe0)];
  const level2 = [pairIndex(0xc9, 0x40), pairIndex(0xf9, 0xd5)];
  for (let i = 0; i < PAIR_COUNT; i++) {
    const pua = puaForPair(i);
    const c = cp[i];
    const h = i >= controlPictures[0] && i <= controlPictures[1] ? '\ufffd' : hk[i];
    let f = 0;
    if (pua) { f |= F_EUDC; }
    if (i >= level2[0] && i <= level2[1]) { f |= F_LEVEL2; }
    if (!c.includes('\ufffd')) {
      f |= F_CP950;
      cp950[i] = c.charCodeAt(0);
    } else if (pua) {
      cp950[i] = pua;
    }
    if (!h.includes('\ufffd')) {
      f |= F_HKSCS;
      hkscsText[i] = h;
    }
    // the HKSCS reading supplements CP950, it does not override it (they differ only at F9FE,
    // ▓ in CP950, which a Taiwan file means)
    if (f & F_CP950) {
      hkscs[i] = cp950[i];
    } else if (f & F_HKSCS) {
      if (h.length === 1) { hkscs[i] = h.charCodeAt(0); } else { hkscs[i] = WIDE; wide.set(i, h); }
    } else if (pua) {
      hkscs[i] = pua;
    }
    flags[i] = f;
  }
  const kindByBytes = new Uint8Array(1 << 16);
  for (let i = 0; i < PAIR_COUNT; i++) {
    if (hkscs[i] === 0) { continue; }
    const [lead, trail] = pairBytes(i);
    kindByBytes[(lead << 8) | trail] = flags[i] & F_EUDC ? KIND_EUDC : flags[i] & F_LEVEL2 ? KIND_LEVEL2 : KIND_COMMON;
  }
  return { flags, cp950, hkscs, wide, hkscsText, cp950ByBytes: byBytes(cp950), hkscsByBytes: byBytes(hkscs), kindByBytes };
}

function byBytes(units: Uint16Array): Uint16Array {
  const t = new Uint16Array(1 << 16);
  for (let i = 0; i < PAIR_COUNT; i++) {
    const [lead, trail] = pairBytes(i);
    t[(lead << 8) | trail] = units[i];
  }
  return t;
}
