// Big5 user-defined characters (造字, EUDC) and the private-use code points Windows gives them.
//
// Pairs are numbered row by row: a lead byte 0x81–0xFE and one of 157 trail bytes (0x40–0x7E,
// 0xA1–0xFE). Windows code page 950 maps its four EUDC areas linearly, in that numbering, onto the
// Private Use Area. Checked against Java's MS950 and glibc's CP950 (2024): FA40→E000, FEFE→E310,
// 8E40→E311, A0FE→EEB7, 8140→EEB8, 8DFE→F6B0, C6A1→F6B1, C6FE→F70E, C740→F70F, C8FE→F848.
// (C6A1 is U+F6B1, not U+F672 as sometimes quoted: the third area ends at U+F6B0.)
// The mapping is one-to-one, so a PUA character converts back to exactly its two bytes.

export const TRAILS_PER_LEAD = 157;
export const PAIR_COUNT = 126 * TRAILS_PER_LEAD;

/** 0-based index of a trail byte among the 157, or -1 when the byte cannot be a Big5 trail. */
export function trailIndex(trail: number): number {
  if (trail >= 0x40 && trail <= 0x7e) { return trail - 0x40; }
  if (trail >= 0xa1 && trail <= 0xfe) { return trail - 0xa1 + 63; }
  return -1;
}

/** Index of a lead/trail pair in 0..PAIR_COUNT-1, or -1 when it is not a Big5 pair. */
export function pairIndex(lead: number, trail: number): number {
  const t = trailIndex(trail);
  return lead < 0x81 || lead > 0xfe || t < 0 ? -1 : (lead - 0x81) * TRAILS_PER_LEAD + t;
}

export function pairBytes(index: number): [number, number] {
  const t = index % TRAILS_PER_LEAD;
  return [0x81 + (index - t) / TRAILS_PER_LEAD, t < 63 ? 0x40 + t : 0xa1 + t - 63];
}

interface Area { first: number; last: number; pua: number }

/** The EUDC areas as pair indexes, each with the code point of its first pair. */
const AREAS: readonly Area[] = [
  { first: pairIndex(0xfa, 0x40), last: pairIndex(0xfe, 0xfe), pua: 0xe000 },
  { first: pairIndex(0x8e, 0x40), last: pairIndex(0xa0, 0xfe), pua: 0xe311 },
  { first: pairIndex(0x81, 0x40), last: pairIndex(0x8d, 0xfe), pua: 0xeeb8 },
  { first: pairIndex(0xc6, 0xa1), last: pairIndex(0xc8, 0xfe), pua: 0xf6b1 },
];

/** Is this pair in a user-defined area (0x8140–0xA0FE, 0xC6A1–0xC8FE, 0xFA40–0xFEFE)? */
export function isEudcPair(index: number): boolean {
  return puaForPair(index) !== 0;
}

/** The Windows private-use code point of a user-defined pair, or 0 when the pair is not one. */
export function puaForPair(index: number): number {
  for (const a of AREAS) {
    if (index >= a.first && index <= a.last) { return a.pua + index - a.first; }
  }
  return 0;
}

/** The pair index a Windows EUDC private-use code point stands for, or -1. */
export function pairForPua(codePoint: number): number {
  for (const a of AREAS) {
    const i = a.first + codePoint - a.pua;
    if (codePoint >= a.pua && i <= a.last) { return i; }
  }
  return -1;
}

/** First and last code point of the Windows EUDC private-use block (U+E000–U+F848). */
export const PUA_FIRST = 0xe000;
export const PUA_LAST = 0xf848;

export function hex2(lead: number, trail: number): string {
  return ((lead << 8) | trail).toString(16).toUpperCase().padStart(4, '0');
}
