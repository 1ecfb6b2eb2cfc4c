// Four bytes at a time, for the byte loops that skip what cannot matter (the Big5 and UTF-16
// detectors, the Big5 transcoder, the CSV scanner's fast path). w is a 32-bit word read from a
// DataView (either byte order). Each test is exact; a caller skips a word only when its test
// rules out everything the byte loop would count or stop at, and reads the bytes one by one otherwise.

/** `n` in each of a word's four bytes: the `below` of hasByteBelow */
export function eachByte(n: number): number {
  return n * 0x01010101;
}

/** none of w's bytes has its top bit set: four ASCII bytes */
export function isAsciiWord(w: number): boolean {
  return (w & 0x80808080) === 0;
}

/** some byte of w is below n, where `below` is eachByte(n), n <= 0x80 (bytes from 0x80 never count) */
export function hasByteBelow(w: number, below: number): boolean {
  return ((w - below) & ~w & 0x80808080) !== 0;
}
