// "Convert to UTF-8": bytes in, bytes out, never a character lost. The conversion is refused
// (the file left as it is) when a byte cannot be decoded, when the file is cut off inside a
// character, or when Big5 user-defined characters (造字) have no chosen reading. Before it is
// offered, the result is read back with a strict UTF-8 decoder and compared character for
// character with the intended text.
//
// BOM: CSV/TSV get one by default (Excel then shows Chinese correctly); JSON never (RFC 8259);
// XML none by default. An XML declaration's encoding="…" is rewritten to UTF-8.
import { detectEncoding } from '../encoding';
import type { DetectedEncoding } from '../encoding/detected';
import { encodingLabel } from '../encoding/names';
import { msg, plural, withWords, type Msg } from '../messages';
import type { EncodingInfo, EudcChar, FileFormat } from '../types';
import { sourceText, type EudcChoice } from './utf8-source-text';
import { encodeUtf8, puaRecoverable, readsBackAs } from './utf8-verify';
import { rewriteXmlDeclaration } from './utf8-xml-declaration';

export type { EudcChoice } from './utf8-source-text';

export interface ConvertOptions {
  format: FileFormat;
  /** write a byte-order mark; default: yes for CSV/TSV, no otherwise; JSON refuses one */
  bom?: boolean;
  /** the reading for Big5 user-defined characters; default 'refuse' */
  eudc?: EudcChoice;
  /** the metadata's 編碼格式, a hint for detection */
  hint?: string;
}

export type ConvertResult =
  | { ok: true; bytes: Uint8Array; text: string; from: EncodingInfo; changes: Msg[] }
  | { ok: false; reason: Msg; eudc?: EudcChar[] };

type Syntax = 'csv' | 'json' | 'xml';

export function convertToUtf8(bytes: Uint8Array, opts: ConvertOptions): ConvertResult {
  const from = detectEncoding(bytes, { hint: opts.hint, maxEudc: Infinity });
  if (from.name === 'binary') {
    return { ok: false, reason: withWords(msg('This file is a {0}, not text: there is nothing to convert.', from.binaryKind ?? msg('binary file').template), 0) };
  }
  const source = sourceText(bytes, from, opts.eudc ?? 'refuse');
  if (!source.ok) { return source; }
  let text = source.text;
  const syntax = syntaxOf(opts.format, text);
  if (syntax === 'json' && opts.bom === true) {
    return { ok: false, reason: msg('A JSON file must not start with a byte-order mark (RFC 8259): convert it without one.') };
  }
  const bom = opts.bom ?? syntax === 'csv';
  const changes: Msg[] = [];
  if (from.name !== 'utf-8') { changes.push(msg('Converted from {0} to UTF-8.', encodingLabel(from.name, from.variant))); }
  const eudcCount = source.eudcReading ? from.eudc?.length ?? 0 : 0;
  if (eudcCount > 0) {
    changes.push(source.eudcReading === 'hkscs'
      ? plural(eudcCount, '{0} Big5 user-defined character (造字) was converted with its Big5-HKSCS reading: check it.',
        '{0} Big5 user-defined characters (造字) were converted with their Big5-HKSCS reading: check them.')
      : plural(eudcCount, '{0} Big5 user-defined character (造字) became a Windows private-use character (CP950), which keeps the original bytes recoverable: check it.',
        '{0} Big5 user-defined characters (造字) became Windows private-use characters (CP950), which keep the original bytes recoverable: check them.'));
  }
  if (syntax === 'xml') {
    const r = rewriteXmlDeclaration(text);
    if (r) {
      text = r.text;
      changes.push(msg('The XML declaration now says encoding="UTF-8" (it said "{0}").', r.was));
    }
  }
  const out = encodeUtf8(text, bom);
  if (!readsBackAs(out, text, bom)) {
    return { ok: false, reason: msg('The converted text did not read back identically (verification failed): the file was left as it is.') };
  }
  if (source.eudcReading === 'cp950' && !puaRecoverable(text, from.eudc ?? [])) {
    return { ok: false, reason: msg('The private-use characters would not map back to the original bytes (verification failed): the file was left as it is.') };
  }
  changes.push(...bomChanges(from, bom, syntax));
  if (changes.length === 0) {
    changes.push(from.bom
      ? msg('The file is already UTF-8 with a byte-order mark: nothing to change.')
      : msg('The file is already UTF-8: nothing to change.'));
  }
  return { ok: true, bytes: out, text, from: publicInfo(from), changes };
}

function bomChanges(from: DetectedEncoding, bom: boolean, syntax: Syntax): Msg[] {
  const hadUtf8Bom = from.name === 'utf-8' && from.bom;
  if (bom && !hadUtf8Bom) { return [msg('Added a byte-order mark (BOM) so that Excel opens the file as UTF-8.')]; }
  if (!bom && hadUtf8Bom) {
    return [syntax === 'json'
      ? msg('Removed the byte-order mark (BOM), which JSON does not allow (RFC 8259).')
      : msg('Removed the byte-order mark (BOM).')];
  }
  return [];
}

/** The syntax decides the BOM; metadata and unknown files are judged by their first character. */
function syntaxOf(format: FileFormat, text: string): Syntax {
  if (format === 'json') { return 'json'; }
  if (format === 'xml') { return 'xml'; }
  if (format === 'csv' || format === 'tsv') { return 'csv'; }
  const first = text.slice(0, 4096).trimStart()[0];
  return first === '{' || first === '[' ? 'json' : first === '<' ? 'xml' : 'csv';
}

/** The encoding as the contract shows it: the full EUDC list can be long, cap what is reported. */
function publicInfo(from: DetectedEncoding): EncodingInfo {
  return from.eudc && from.eudc.length > 1000 ? { ...from, eudc: from.eudc.slice(0, 1000) } : from;
}
