// The last checks before a conversion is offered: the produced bytes, read back with a strict
// UTF-8 decoder, are exactly the intended text; and user-defined characters kept as private-use
// code points still name their original bytes, in order.
import { pairForPua, pairIndex, PUA_FIRST, PUA_LAST } from '../encoding/eudc';
import type { EudcChar } from '../types';

const BOM = [0xef, 0xbb, 0xbf];

export function encodeUtf8(text: string, bom: boolean): Uint8Array {
  const body = Buffer.from(text, 'utf8');
  if (!bom) { return new Uint8Array(body.buffer, body.byteOffset, body.length); }
  const out = new Uint8Array(body.length + 3);
  out.set(BOM);
  out.set(body, 3);
  return out;
}

/** Do `bytes` read back (strictly, one BOM stripped) as exactly `text`, with a BOM iff `bom`? */
export function readsBackAs(bytes: Uint8Array, text: string, bom: boolean): boolean {
  const hasBom = bytes.length >= 3 && bytes[0] === BOM[0] && bytes[1] === BOM[1] && bytes[2] === BOM[2];
  if (hasBom !== bom) { return false; }
  let back: string;
  try {
    back = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return false;
  }
  return back === text;
}

/**
 * The private-use characters of `text` map back, one for one and in order, to the user-defined
 * pairs of the original file (Big5 has no other way to produce them).
 */
export function puaRecoverable(text: string, eudc: readonly EudcChar[]): boolean {
  let k = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < PUA_FIRST || c > PUA_LAST) { continue; }
    const e = eudc[k++];
    if (!e) { return false; }
    const code = parseInt(e.bytes, 16);
    if (pairForPua(c) !== pairIndex(code >> 8, code & 0xff)) { return false; }
  }
  return k === eudc.length;
}
