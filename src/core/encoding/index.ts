// Encoding detection, decoding and the Big5 user-defined characters: the public surface.
import type { DetectOptions, DetectedEncoding } from './detected';
import { createSniffer } from './sniffer';
import type { EncodingInfo } from '../types';

export type { DetectOptions, DetectedEncoding } from './detected';
export { DEFAULT_MAX_EUDC } from './detected';
export { createSniffer, type Sniffer } from './sniffer';
export { decode, createDecoder, createBig5Decoder, big5ReadingOf, type TextDecoderStream } from './decode';
export type { Big5Reading } from './decode-big5';
export { binaryKindOf } from './magic';
export { isEudcPair, pairForPua, pairIndex, puaForPair, PUA_FIRST, PUA_LAST } from './eudc';
export { encodingLabel, normalizeEncodingName, sameEncodingFamily } from './names';

/** the encoding of a text that is not on disk (an untitled buffer): UTF-8, as the editor writes it */
export const UNSAVED_TEXT: EncodingInfo = { name: 'utf-8', bom: false, confidence: 1 };

/** The whole file at once: the same answer as the streaming sniffer, whatever the chunking. */
export function detectEncoding(bytes: Uint8Array, opts?: DetectOptions): DetectedEncoding {
  const s = createSniffer(opts);
  s.push(bytes);
  return s.finish();
}
