// One file's bytes, in chunks of any size, through decoding into the content check: the path of
// checkBytes (one chunk) and of checkStream (many) alike, so that both give the same report at
// the same speed per byte. The format is told from the first HEAD characters; a UTF-8 or Big5
// table is never decoded into a JS string (the analyzer reads UTF-8 bytes), everything else is.
import { createDecoder, type TextDecoderStream } from './encoding';
import { createUtf8Stream, Utf8Pass, type Utf8Stream } from './encoding/to-utf8';
import { ContentCheck, SLICE, type EngineOptions } from './content-check';
import { detectFormat } from './format';
import type { ResolvedMetadata } from './metadata/model';
import type { EncodingInfo, FileReport } from './types';

/** characters of the head that tell the format (and line 1) */
export const HEAD = 64 * 1024;
/** bytes that hold HEAD characters in any encoding (at most 4 bytes a UTF-16 unit: GB18030) */
const HEAD_BYTES = 4 * HEAD;

export class FileFeed {
  private head: Uint8Array[] = [];
  private headBytes = 0;
  private check: ContentCheck | null = null;
  private text: TextDecoderStream | null = null;
  private utf8: Utf8Stream | null = null;
  private readonly sink = (b: Uint8Array) => (this.check as ContentCheck).pushUtf8(b);

  /**
   * `editorText`: the bytes are an editor's text as UTF-8 (checkUtf8Text), whatever `encoding`,
   * the file's on disk, says; a U+FEFF at its start is a character
   */
  constructor(
    private readonly path: string,
    private readonly encoding: EncodingInfo,
    private readonly metadata: ResolvedMetadata | null,
    private readonly options: EngineOptions,
    private readonly editorText = false,
  ) {}

  /** `chunk` is read before this returns: the caller may reuse its buffer */
  write(chunk: Uint8Array): void {
    if (this.check) { this.feed(chunk); return; }
    // a head that takes more than one chunk is kept as a copy (at most HEAD_BYTES)
    this.head.push(chunk.length >= HEAD_BYTES ? chunk : chunk.slice());
    this.headBytes += chunk.length;
    if (this.headBytes >= HEAD_BYTES) { this.start(); }
  }

  finish(): FileReport {
    if (!this.check) { this.start(); }
    if (this.utf8) { this.utf8.end(this.sink); }
    if (this.text) { (this.check as ContentCheck).push(this.text.end()); }
    return (this.check as ContentCheck).finish();
  }

  private start(): void {
    const chunks = this.head;
    this.head = [];
    const bytes = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks);
    const head = this.decoder().write(bytes.subarray(0, HEAD_BYTES)).slice(0, HEAD);
    const format = this.encoding.name === 'binary' ? 'unknown' : detectFormat(this.path, head);
    const check = new ContentCheck(this.path, format, this.encoding, this.metadata, this.options, head);
    this.check = check;
    this.utf8 = !check.readsBytes ? null : this.editorText ? new Utf8Pass(true) : createUtf8Stream(this.encoding);
    if (!this.utf8) { this.text = this.decoder(); }
    if (bytes.length > 0) { this.feed(bytes); }
  }

  /** the file's decoder, or the UTF-8 one of an editor's text */
  private decoder(): TextDecoderStream {
    if (!this.editorText) { return createDecoder(this.encoding); }
    const td = new TextDecoder('utf-8', { ignoreBOM: true });
    return { write: chunk => td.decode(chunk, { stream: true }), end: () => td.decode() };
  }

  private feed(chunk: Uint8Array): void {
    // a piece at a time (SLICE)
    let at = 0;
    for (; chunk.length - at > SLICE; at += SLICE) { this.feedPiece(chunk.subarray(at, at + SLICE)); }
    this.feedPiece(at === 0 ? chunk : chunk.subarray(at));
  }

  private feedPiece(chunk: Uint8Array): void {
    if (this.utf8) {
      this.utf8.write(chunk, this.sink);
    } else {
      (this.check as ContentCheck).push((this.text as TextDecoderStream).write(chunk));
    }
  }
}
