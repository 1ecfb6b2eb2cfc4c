// Bytes -> valid UTF-8 without a BOM, in chunks (a chunk may end inside a character): what the
// CSV analyzer reads, as a byte string. The output decodes to exactly the text decode() gives.
// Valid UTF-8 passes through untouched (checked natively, chunk by chunk): no copy, no decoding.
// From the first invalid sequence on, the bytes go through a TextDecoder and are encoded again.
import { incompleteUtf8Tail, isUtf8, utf8SeqLength } from './byte-search';
import { Big5ToUtf8 } from './big5-utf8';
import { big5ReadingOf } from './decode';
import type { EncodingInfo } from '../types';

export type ByteSink = (bytes: Uint8Array) => void;

/** `out` may be given a buffer that the next call reuses: it reads what it needs at once */
export interface Utf8Stream {
  write(chunk: Uint8Array, out: ByteSink): void;
  end(out: ByteSink): void;
}

/** UTF-8 and Big5 (nearly every table in Taiwan) as UTF-8 bytes; null: decode to text instead */
export function createUtf8Stream(info: EncodingInfo): Utf8Stream | null {
  if (info.name === 'utf-8') { return new Utf8Pass(); }
  if (info.name === 'big5') { return new Big5ToUtf8(big5ReadingOf(info)); }
  return null;
}

const BOM = [0xef, 0xbb, 0xbf];

/** UTF-8 (as detected: possibly with a BOM, invalid sequences or a cut-off end) */
export class Utf8Pass implements Utf8Stream {
  /** the first bytes, until three tell whether there is a BOM (null once they did) */
  private head: number[] | null;
  /** a character cut by the end of the last chunk */
  private carry: number[] = [];
  private fallback: InstanceType<typeof TextDecoder> | null = null;

  /** `text`: the bytes are an editor's text, whose U+FEFF at the start is a character */
  constructor(text = false) {
    this.head = text ? null : [];
  }

  write(chunk: Uint8Array, out: ByteSink): void {
    let from = 0;
    const head = this.head;
    if (head !== null) {
      while (head.length < 3 && from < chunk.length) { head.push(chunk[from++]); }
      if (head.length < 3) { return; }
      this.head = null;
      if (!BOM.every((b, k) => head[k] === b)) { this.pass(new Uint8Array(head), out); }
    }
    if (from < chunk.length) { this.pass(from === 0 ? chunk : chunk.subarray(from), out); }
  }

  end(out: ByteSink): void {
    if (this.head !== null) {
      const head = this.head;
      this.head = null;
      if (head.length > 0) { this.pass(new Uint8Array(head), out); }
    }
    // the text may end inside a character: the decoder says how many U+FFFD that makes
    if (!this.fallback && this.carry.length > 0) { this.toFallback([new Uint8Array(this.carry)], out); }
    this.carry = [];
    if (this.fallback) { emit(this.fallback.decode(), out); }
  }

  private pass(chunk: Uint8Array, out: ByteSink): void {
    if (this.fallback) { emit(this.fallback.decode(chunk, { stream: true }), out); return; }
    let from = 0;
    const carry = this.carry;
    if (carry.length > 0) {
      const need = utf8SeqLength(carry[0]) - carry.length;
      while (from < need && from < chunk.length && (chunk[from] & 0xc0) === 0x80) { carry.push(chunk[from++]); }
      if (from < need && from === chunk.length) { return; }
      const piece = new Uint8Array(carry);
      this.carry = [];
      if (from < need || !isUtf8(piece)) { this.toFallback([piece, chunk.subarray(from)], out); return; }
      out(piece);
    }
    const end = chunk.length - incompleteUtf8Tail(chunk, from, chunk.length);
    const body = chunk.subarray(from, end);
    if (!isUtf8(body)) { this.toFallback([chunk.subarray(from)], out); return; }
    if (body.length > 0) { out(body); }
    for (let i = end; i < chunk.length; i++) { this.carry.push(chunk[i]); }
  }

  /** everything from a character boundary on is decoded (a U+FEFF there is text, not a BOM) */
  private toFallback(parts: Uint8Array[], out: ByteSink): void {
    this.fallback = new TextDecoder('utf-8', { ignoreBOM: true });
    for (const p of parts) { emit(this.fallback.decode(p, { stream: true }), out); }
  }
}

function emit(text: string, out: ByteSink): void {
  if (text.length > 0) { out(Buffer.from(text, 'utf8')); }
}
