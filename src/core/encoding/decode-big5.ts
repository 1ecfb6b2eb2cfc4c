// Big5 -> text, in chunks: the UTF-8 bytes of big5-utf8.ts, decoded natively.
import { Big5ToUtf8, type Big5Reading } from './big5-utf8';

export type { Big5Reading } from './big5-utf8';

export class Big5Decoder {
  private readonly bytes: Big5ToUtf8;
  // each piece is whole characters; a U+FEFF is text (Big5 has no byte-order mark)
  private readonly utf8 = new TextDecoder('utf-8', { ignoreBOM: true });

  constructor(reading: Big5Reading) {
    this.bytes = new Big5ToUtf8(reading);
  }

  write(chunk: Uint8Array): string {
    let text = '';
    this.bytes.write(chunk, b => { text += this.utf8.decode(b); });
    return text;
  }

  end(): string {
    let text = '';
    this.bytes.end(b => { text += this.utf8.decode(b); });
    return text;
  }
}
