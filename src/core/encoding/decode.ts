// Bytes -> text in the detected encoding, all at once or in chunks (a chunk may end inside a
// character). A byte-order mark is not part of the text and is dropped. Invalid bytes become
// U+FFFD; the conversion to UTF-8 refuses such files, the linter still reads them.
import type { EncodingInfo } from '../types';
import { Big5Decoder, type Big5Reading } from './decode-big5';
import { createLegacyDecoder } from './decode-legacy';

export interface TextDecoderStream {
  write(chunk: Uint8Array): string;
  end(): string;
}

/** The reading of Big5 bytes that decode() uses: the variant's own table. */
export function big5ReadingOf(info: EncodingInfo): Big5Reading {
  return info.variant === 'big5-hkscs' ? 'hkscs' : 'cp950';
}

export function decode(bytes: Uint8Array, info: EncodingInfo): string {
  const d = createDecoder(info);
  return d.write(bytes) + d.end();
}

export function createDecoder(info: EncodingInfo): TextDecoderStream {
  switch (info.name) {
    case 'binary':
      throw new Error(`Cannot decode: the bytes are not text (${info.binaryKind ?? 'binary data'}).`);
    case 'utf-8':
    case 'utf-16le':
      return whatwg(info.name);
    case 'utf-16be':
      return utf16be();
    case 'big5':
      return createBig5Decoder(big5ReadingOf(info));
    case 'gb18030':
      return createLegacyDecoder('gb18030');
    case 'shift_jis':
      return createLegacyDecoder('shiftjis');
    case 'windows-1252':
      return createLegacyDecoder('windows1252');
  }
}

/** Big5 has no byte-order mark (no pair decodes to U+FEFF): nothing to strip. */
export function createBig5Decoder(reading: Big5Reading): TextDecoderStream {
  return new Big5Decoder(reading);
}

/** Node's TextDecoder: it strips the BOM and keeps a character cut by a chunk end for later. */
function whatwg(name: 'utf-8' | 'utf-16le'): TextDecoderStream {
  const td = new TextDecoder(name, { fatal: false, ignoreBOM: false });
  return {
    write: chunk => td.decode(chunk, { stream: true }),
    end: () => td.decode(),
  };
}

/** UTF-16BE: swap each unit's bytes and read it as UTF-16LE (independent of ICU data). */
function utf16be(): TextDecoderStream {
  const le = whatwg('utf-16le');
  let odd = -1;
  return {
    write: chunk => {
      let bytes = chunk;
      if (odd >= 0) {
        bytes = new Uint8Array(chunk.length + 1);
        bytes[0] = odd;
        bytes.set(chunk, 1);
      }
      const even = bytes.length - (bytes.length & 1);
      const swapped = new Uint8Array(even);
      for (let i = 0; i < even; i += 2) {
        swapped[i] = bytes[i + 1];
        swapped[i + 1] = bytes[i];
      }
      odd = even < bytes.length ? bytes[even] : -1;
      return le.write(swapped);
    },
    end: () => {
      const tail = odd >= 0 ? le.write(new Uint8Array([odd])) : '';
      odd = -1;
      return tail + le.end();
    },
  };
}
