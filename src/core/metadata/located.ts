// Decoding metadata files and mapping a value's characters back to where they are written:
// a JSON string's escapes (\u4E2D, \") and a CSV cell's doubled quotes make the value shorter
// than its source text, and findings must point at the exact characters in the file.
import { LineIndex } from '../text/line-index';
import type { Range } from '../types';

/**
 * Metadata files are UTF-8 (the platform's export has a BOM); a Big5 or UTF-16 one still reads.
 * The BOM is dropped: positions count in the text as an editor shows it.
 */
export function decodeMetadataBytes(bytes: Uint8Array): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) { return new TextDecoder('utf-16le').decode(bytes.subarray(2)); }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) { return new TextDecoder('utf-16be').decode(bytes.subarray(2)); }
  const body = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    try { return new TextDecoder('big5', { fatal: true }).decode(body); } catch { /* neither: read leniently */ }
    return new TextDecoder('utf-8').decode(body);
  }
}

/** A range from offsets [start, end) of a text; an empty span gets a one-character range. */
export function rangeOfOffsets(lines: LineIndex, start: number, end: number): Range {
  const a = lines.position(start);
  const b = lines.position(Math.max(start, end - 1));
  return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
}

/** A value and, for each of its characters, the offset of its source text in the file. */
export class LocatedText {
  constructor(
    readonly value: string,
    private readonly lines: LineIndex,
    /** offset in the file of value[0] when the value is written literally */
    private readonly rawStart: number,
    /** per-character source offsets (length value.length + 1) when escapes shift them */
    private readonly offsets: Int32Array | null,
  ) {}

  offsetOf(i: number): number {
    return this.offsets ? this.offsets[Math.max(0, Math.min(i, this.value.length))] : this.rawStart + i;
  }

  /** the range of value[start, end) in the file; the whole value by default */
  range(start = 0, end = this.value.length): Range {
    if (end <= start) { return rangeOfOffsets(this.lines, this.offsetOf(start), this.offsetOf(start) + 1); }
    return rangeOfOffsets(this.lines, this.offsetOf(start), this.offsetOf(end - 1) + 1);
  }
}

/**
 * A JSON string literal at text[start, end) (quotes included): its value with source offsets.
 * Escapes are decoded here so that the mapping and the value agree exactly.
 */
export function locateJsonString(text: string, start: number, end: number, lines: LineIndex): LocatedText {
  const rawFrom = start + 1;
  const rawTo = Math.max(rawFrom, text[end - 1] === '"' && end - 1 > start ? end - 1 : end);
  if (text.indexOf('\\', rawFrom) < 0 || text.indexOf('\\', rawFrom) >= rawTo) {
    return new LocatedText(text.slice(rawFrom, rawTo), lines, rawFrom, null);
  }
  const chars: string[] = [];
  const offs: number[] = [];
  for (let i = rawFrom; i < rawTo;) {
    const c = text[i];
    if (c !== '\\') { chars.push(c); offs.push(i); i++; continue; }
    const e = text[i + 1];
    if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
      chars.push(String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16)));
      offs.push(i);
      i += 6;
      continue;
    }
    const simple: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', '/': '/', '\\': '\\', '"': '"' };
    chars.push(e !== undefined ? simple[e] ?? e : '');
    offs.push(i);
    i += 2;
  }
  offs.push(rawTo);
  return new LocatedText(chars.join(''), lines, rawFrom, Int32Array.from(offs));
}

/** A CSV cell written at text[start, end): unquoted as is, quoted with "" standing for ". */
export function locateCsvCell(text: string, start: number, end: number, lines: LineIndex): LocatedText {
  if (text[start] !== '"') { return new LocatedText(text.slice(start, end), lines, start, null); }
  const rawFrom = start + 1;
  const rawTo = end > rawFrom && text[end - 1] === '"' ? end - 1 : end;
  const body = text.slice(rawFrom, rawTo);
  if (!body.includes('"')) { return new LocatedText(body, lines, rawFrom, null); }
  const chars: string[] = [];
  const offs: number[] = [];
  for (let i = rawFrom; i < rawTo; i++) {
    chars.push(text[i]);
    offs.push(i);
    if (text[i] === '"' && text[i + 1] === '"') { i++; }
  }
  offs.push(rawTo);
  return new LocatedText(chars.join(''), lines, rawFrom, Int32Array.from(offs));
}

/**
 * The cells of one CSV record text[start, end) as [start, end) offsets, quote-aware. Used to find
 * where papaparse's values sit; papaparse does the parsing.
 */
export function csvCellSpans(text: string, start: number, end: number, delimiter = ','): [number, number][] {
  const spans: [number, number][] = [];
  let cell = start;
  let quoted = false;
  for (let i = start; i < end; i++) {
    const c = text[i];
    if (c === '"') {
      if (!quoted && i === cell) { quoted = true; } else if (quoted && text[i + 1] === '"') { i++; } else if (quoted) { quoted = false; }
    } else if (c === delimiter && !quoted) {
      spans.push([cell, i]);
      cell = i + 1;
    }
  }
  spans.push([cell, end]);
  return spans;
}
