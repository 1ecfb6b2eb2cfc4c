// node:buffer in the browser bundles (esbuild.mjs maps the module here): the `buffer` package's
// Buffer, and node's isUtf8 / isAscii, which that package lacks (encoding/byte-search.ts uses
// them: native in node, TextDecoder's own validation and a word-at-a-time scan here).
import { Buffer } from 'buffer';

export { Buffer };

type Bytes = ArrayBufferView | ArrayBuffer;

function view(input: Bytes): Uint8Array {
  return input instanceof Uint8Array ? input
    : ArrayBuffer.isView(input) ? new Uint8Array(input.buffer, input.byteOffset, input.byteLength)
      : new Uint8Array(input);
}

const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Whether the bytes are well-formed UTF-8 (as node's buffer.isUtf8: WHATWG's decoder rules). */
export function isUtf8(input: Bytes): boolean {
  const bytes = view(input);
  if (isAscii(bytes)) { return true; }
  try {
    strict.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Whether every byte is below 0x80 (as node's buffer.isAscii). */
export function isAscii(input: Bytes): boolean {
  const bytes = view(input);
  let i = 0;
  const n = bytes.length;
  // four bytes at a time once aligned
  while (i < n && (bytes.byteOffset + i) % 4 !== 0) { if (bytes[i++] & 0x80) { return false; } }
  const words = Math.floor((n - i) / 4);
  if (words > 0) {
    const w = new Uint32Array(bytes.buffer, bytes.byteOffset + i, words);
    for (let k = 0; k < words; k++) { if (w[k] & 0x80808080) { return false; } }
    i += words * 4;
  }
  for (; i < n; i++) { if (bytes[i] & 0x80) { return false; } }
  return true;
}
