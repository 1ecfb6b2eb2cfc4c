// The engine's entry points. Input: a file's bytes (or, in the editor, its decoded text), its
// name and optional metadata. Output: the FileReport of the CLI contract.
import { createSniffer, decode, detectEncoding } from './encoding';
import { ContentCheck, type EngineOptions } from './content-check';
import { FileFeed, HEAD } from './file-feed';
import { detectFormat } from './format';
import type { ResolvedMetadata } from './metadata/model';
// only the cheap test is loaded with the engine: the parsers and the validator (a third of the
// bundle) load the first time a file looks like an API description
import { isApiCandidatePath, mayBeApiDocument } from './openapi/hint';
import type { EncodingInfo, FileReport } from './types';

export type { EngineOptions } from './content-check';
export { detectFormat, isCheckablePath } from './format';

export interface BytesInput {
  path: string;
  bytes: Uint8Array;
  metadata?: ResolvedMetadata | null;
}

export interface TextInput {
  path: string;
  /** the decoded text, without a BOM */
  text: string;
  /** what the bytes on disk are (the editor detects it from the file, not from the buffer) */
  encoding: EncodingInfo;
  metadata?: ResolvedMetadata | null;
}

export function checkBytes(input: BytesInput, options: EngineOptions = {}): FileReport {
  const encoding = detectEncoding(input.bytes, { hint: input.metadata?.fields['編碼格式']?.value });
  if (encoding.name === 'binary') {
    return new ContentCheck(input.path, 'unknown', encoding, input.metadata ?? null, options).finish();
  }
  const feed = new FileFeed(input.path, encoding, input.metadata ?? null, options);
  feed.write(input.bytes);
  return feed.finish();
}

/** For an open document: the text as the editor holds it, the encoding as the disk holds it. */
export function checkText(input: TextInput, options: EngineOptions = {}): FileReport {
  const check = new TextCheck(input.path, input.encoding, input.metadata ?? null, options);
  check.push(input.text);
  return check.finish();
}

/**
 * checkText, the text given as its UTF-8 bytes: what the editor's worker gets (a table is then
 * read as bytes, never decoded into a JS string: the same report, sooner)
 */
export function checkUtf8Text(input: { path: string; utf8: Uint8Array; encoding: EncodingInfo; metadata?: ResolvedMetadata | null }, options: EngineOptions = {}): FileReport {
  const feed = new FileFeed(input.path, input.encoding, input.metadata ?? null, options, true);
  feed.write(input.utf8);
  return feed.finish();
}

/**
 * checkBytes, but a file that is an OpenAPI document is first validated as one (the validator is
 * asynchronous): the entry point of the adapters for whole files.
 */
export async function checkBytesOrApi(input: BytesInput, options: EngineOptions = {}): Promise<FileReport> {
  // the name first: a CSV is not decoded an extra time just to be ruled out
  if (!isApiCandidatePath(input.path)) { return checkBytes(input, options); }
  const head = new TextDecoder('utf-8').decode(input.bytes.subarray(0, 4096));
  if (!mayBeApiDocument(input.path, input.bytes.length, head)) { return checkBytes(input, options); }
  const encoding = detectEncoding(input.bytes, { hint: input.metadata?.fields['編碼格式']?.value });
  if (encoding.name === 'binary') { return checkBytes(input, options); }
  return checkTextOrApi({ ...input, text: decode(input.bytes, encoding), encoding }, options);
}

/** checkText, with an OpenAPI document validated first (the editor's buffer, unsaved edits). */
export async function checkTextOrApi(input: TextInput, options: EngineOptions = {}): Promise<FileReport> {
  if (!mayBeApiDocument(input.path, input.text.length, input.text.slice(0, 4096))) { return checkText(input, options); }
  const { checkOpenApiFile } = await import('./openapi/api-check');
  const api = await checkOpenApiFile(input.text, input.path);
  return checkText(input, api ? { ...options, openapi: api } : options);
}

/**
 * For files too big to hold (the CLI's 1 GB CSV): two passes over a re-openable byte stream,
 * the first to detect the encoding, the second to decode and check; memory stays bounded. Each
 * chunk is read before the next one is asked for: the stream may yield the same buffer again.
 */
export async function checkStream(
  path: string,
  open: () => AsyncIterable<Uint8Array>,
  metadata: ResolvedMetadata | null,
  options: EngineOptions = {},
): Promise<FileReport> {
  const sniffer = createSniffer({ hint: metadata?.fields['編碼格式']?.value });
  for await (const chunk of open()) { sniffer.push(chunk); }
  const encoding = sniffer.finish();
  if (encoding.name === 'binary') {
    return new ContentCheck(path, 'unknown', encoding, metadata, options).finish();
  }
  const feed = new FileFeed(path, encoding, metadata, options);
  for await (const chunk of open()) { feed.write(chunk); }
  return feed.finish();
}

/**
 * The check of a text that arrives whole (checkText) or in chunks (the preview's decoded
 * stream): the format is decided from its first 64 KB, and each chunk is checked as it comes.
 */
export class TextCheck {
  private check: ContentCheck | null = null;
  private head = '';

  constructor(
    private readonly path: string,
    private readonly encoding: EncodingInfo,
    private readonly metadata: ResolvedMetadata | null,
    private readonly options: EngineOptions,
  ) {}

  push(text: string): void {
    if (this.check) { this.check.push(text); return; }
    this.head += text;
    if (this.head.length >= HEAD) { this.start(); }
  }

  finish(): FileReport {
    return (this.check ?? this.start()).finish();
  }

  private start(): ContentCheck {
    const text = this.head;
    this.head = '';
    const head = text.slice(0, HEAD);
    const format = this.encoding.name === 'binary' ? 'unknown' : detectFormat(this.path, head);
    const check = new ContentCheck(this.path, format, this.encoding, this.metadata, this.options, head);
    check.push(text);
    this.check = check;
    return check;
  }
}
