// Is a 2xx answer the data itself? Judged from the Content-Type and the first bytes only (we read
// at most 1 KB): an HTML page or a login form means the user has extra steps to get the data.
import { msg, type Msg } from '../messages';

export type DeclaredFormat = 'csv' | 'json' | 'xml' | 'other';

export interface SniffVerdict {
  direct: boolean;
  reason: Msg;
}

function formatKey(expected: string | undefined): string {
  return (expected ?? '').toLowerCase().replace(/[^a-z]/g, '');
}

/** 檔案格式 as written in metadata ("CSV", ".json", "XML檔") -> one of ours; TSV is checked as
 *  delimited text like CSV. */
export function declaredFormat(expected: string | undefined): DeclaredFormat {
  const key = formatKey(expected);
  if (key === 'tsv') { return 'csv'; }
  return key === 'csv' || key === 'json' || key === 'xml' ? key : 'other';
}

/** The media type without parameters, lower case ('' when absent). */
export function mediaType(contentType: string | undefined): string {
  return (contentType ?? '').split(';')[0].trim().toLowerCase();
}

// servers label downloads with these whatever the file is
const GENERIC_TYPES = new Set(['', 'application/octet-stream', 'binary/octet-stream', 'application/download',
  'application/x-download', 'application/force-download', 'text/plain']);
const CSV_TYPES = new Set(['text/csv', 'application/csv', 'text/comma-separated-values', 'text/x-csv',
  'application/x-csv', 'application/vnd.ms-excel', 'text/tab-separated-values']);
const JSON_TYPES = new Set(['application/json', 'text/json', 'application/x-json', 'application/javascript',
  'text/javascript']);
const XML_TYPES = new Set(['application/xml', 'text/xml']);
const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);

function typeFits(format: DeclaredFormat, type: string): boolean {
  if (GENERIC_TYPES.has(type)) { return true; }
  switch (format) {
    case 'csv': return CSV_TYPES.has(type);
    case 'json': return JSON_TYPES.has(type) || type.endsWith('+json');
    case 'xml': return XML_TYPES.has(type) || (type.endsWith('+xml') && !HTML_TYPES.has(type));
    default: return !HTML_TYPES.has(type);
  }
}

/** The first bytes as text with any BOM removed (UTF-16 decoded), for prefix checks. */
export function headText(head: Uint8Array): string {
  const buf = Buffer.from(head.buffer, head.byteOffset, head.byteLength);
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) { return buf.subarray(3).toString('utf8'); }
  if (buf[0] === 0xff && buf[1] === 0xfe) { return buf.subarray(2).toString('utf16le'); }
  if (buf[0] === 0xfe && buf[1] === 0xff) {
    const swapped = Buffer.from(buf.subarray(2, 2 + ((buf.length - 2) & ~1)));
    return swapped.swap16().toString('utf16le');
  }
  // latin1 never fails on a multibyte sequence cut at 1 KB; we only look at ASCII markup
  return buf.toString('latin1');
}

function hasUtf16Bom(head: Uint8Array): boolean {
  return (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff);
}

// first element names that an HTML page starts with and a data file does not (no <a>, <p> or
// <table>: short names like these are plausible XML roots)
const HTML_FIRST_TAGS = new Set(['html', 'head', 'body', 'script', 'meta', 'title', 'style', 'form', 'div',
  'iframe', 'noscript', 'frameset']);

/** Name of the first element, skipping the XML declaration, comments and a doctype. */
function firstTag(text: string): string | null {
  const re = /<(\?[^>]*\?>|!--[\s\S]*?-->|![^>]*>)|<([A-Za-z][\w:.-]*)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[2]) { return m[2].toLowerCase(); }
  }
  return null;
}

export function looksLikeHtml(text: string): boolean {
  const t = text.trimStart();
  if (!t.startsWith('<')) { return false; }
  if (/<!doctype\s+html|<html[\s>]/i.test(t)) { return true; }
  const tag = firstTag(t);
  return tag !== null && HTML_FIRST_TAGS.has(tag);
}

export function looksLikeLoginForm(text: string): boolean {
  return /<input\b[^>]*\btype\s*=\s*["']?password/i.test(text) || /<form[\s>]/i.test(text);
}

/** A binary file that is certainly not CSV/JSON/XML, named for the message. */
function binaryKind(head: Uint8Array): string | null {
  const starts = (...b: number[]) => b.every((x, i) => head[i] === x);
  if (starts(0x50, 0x4b, 0x03, 0x04)) { return 'ZIP (or XLSX/ODS)'; }
  if (starts(0xd0, 0xcf, 0x11, 0xe0)) { return 'Excel 97-2003 (XLS)'; }
  if (starts(0x25, 0x50, 0x44, 0x46)) { return 'PDF'; }
  if (starts(0x1f, 0x8b)) { return 'gzip'; }
  if (!hasUtf16Bom(head) && head.subarray(0, 512).includes(0)) { return 'binary'; }
  return null;
}

function bytesFit(format: DeclaredFormat, text: string): boolean {
  const t = text.trimStart();
  switch (format) {
    case 'json': return t.startsWith('{') || t.startsWith('[');
    case 'xml': return t.startsWith('<?xml') || /^<[A-Za-z_]/.test(t) || /^<!--/.test(t);
    default: return true; // CSV and others: anything that is not HTML or binary
  }
}

export interface SniffInput {
  /** the declared 檔案格式 */
  expected: string | undefined;
  contentType: string | undefined;
  /** the first bytes of the body */
  head: Uint8Array;
  /** the body has a Content-Encoding other than identity: its bytes cannot be sniffed, the
   *  content type alone decides */
  encoded?: boolean;
  /** Content-Disposition: attachment — the browser saves the file whatever its content type */
  attachment?: boolean;
  finalUrl: string;
}

/** Judge a successful answer: is it the data in the declared format, or a page in the way? */
export function sniff(input: SniffInput): SniffVerdict {
  const { expected, contentType, head, encoded = false, attachment = false, finalUrl } = input;
  const format = declaredFormat(expected);
  const label = format === 'other' ? (expected ?? '').trim() || '?' : formatKey(expected).toUpperCase();
  const type = mediaType(contentType);
  const text = encoded ? '' : headText(head);
  const html = HTML_TYPES.has(type) || looksLikeHtml(text);
  if (html && looksLikeLoginForm(text)) {
    return { direct: false, reason: msg('The link leads to a login page or a form ({0}), not to the data', finalUrl) };
  }
  if (looksLikeHtml(text)) {
    return { direct: false, reason: msg('The link leads to a web page ({0}), not to the data', finalUrl) };
  }
  // a mislabelled attachment still downloads directly; its bytes are judged below
  if (!typeFits(format, type) && !(attachment && !encoded)) {
    return { direct: false, reason: msg('The link is served as {0}, which does not fit the declared format {1}', type, label) };
  }
  if (encoded) { return { direct: true, reason: msg('The link downloads the data directly ({0})', type || '?') }; }
  if (head.length === 0) {
    return { direct: false, reason: msg('The link answers with an empty body, not with the data') };
  }
  const binary = format === 'other' ? null : binaryKind(head);
  if (binary) {
    return { direct: false, reason: msg('The download looks like a {0} file, not {1}', binary, label) };
  }
  if (!bytesFit(format, text)) {
    return { direct: false, reason: msg('The first bytes of the download do not look like {0}', label) };
  }
  return { direct: true, reason: msg('The link downloads the data directly ({0})', type || '?') };
}
