// GB18030, Shift_JIS and Windows-1252 through iconv-lite, in chunks. iconv-lite's own streaming
// decoder can drop a byte when an invalid sequence straddles two chunks, so each chunk is cut
// after its last byte that can only stand alone (below 0x30 in GB18030 and Shift_JIS: never the
// 2nd–4th byte of a character) and the pieces are decoded independently: the result is the same
// whatever the chunking, and the same as decoding the whole file at once.
import { iconvLite } from './legacy-libs';
import { asBuffer } from './byte-search';
import type { TextDecoderStream } from './decode';

export type LegacyName = 'gb18030' | 'shiftjis' | 'windows1252';

/** past this, a chunk without a stand-alone byte is cut by walking the byte structure */
const MAX_HELD = 1 << 20;

export function createLegacyDecoder(name: LegacyName): TextDecoderStream {
  let held: Uint8Array = new Uint8Array(0);
  let first = true;
  const run = (piece: Uint8Array): string => {
    if (piece.length === 0) { return ''; }
    const s = iconvLite().decode(asBuffer(piece), name, { stripBOM: false });
    if (first) {
      first = false;
      return s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
    }
    return s;
  };
  return {
    write: chunk => {
      let buf = chunk;
      if (held.length > 0) {
        buf = new Uint8Array(held.length + chunk.length);
        buf.set(held);
        buf.set(chunk, held.length);
      }
      let cut = name === 'windows1252' ? buf.length : afterLastStandalone(buf);
      if (cut === 0 && buf.length > MAX_HELD) { cut = lastSequenceStart(buf, name); }
      held = buf.slice(cut);
      return run(buf.subarray(0, cut));
    },
    end: () => {
      const s = run(held);
      held = new Uint8Array(0);
      return s;
    },
  };
}

function afterLastStandalone(buf: Uint8Array): number {
  for (let i = buf.length - 1; i >= 0; i--) {
    if (buf[i] < 0x30) { return i + 1; }
  }
  return 0;
}

/** Where the last (possibly incomplete) character starts, walking the lead bytes from the start. */
function lastSequenceStart(buf: Uint8Array, name: LegacyName): number {
  let i = 0;
  let start = 0;
  while (i < buf.length) {
    start = i;
    const b = buf[i];
    if (name === 'gb18030') {
      i += b < 0x81 || b === 0xff ? 1 : buf[i + 1] >= 0x30 && buf[i + 1] <= 0x39 ? 4 : 2;
    } else {
      i += (b >= 0x81 && b <= 0x9f) || (b >= 0xe0 && b <= 0xfc) ? 2 : 1;
    }
  }
  return i === buf.length ? buf.length : start;
}
