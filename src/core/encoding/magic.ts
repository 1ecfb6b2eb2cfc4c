// Files that are not text at all, recognised by their first bytes. The names complete
// "This .csv is a {kind}, not text." in the not-text rule; each is an English template of the
// l10n bundle, so that the adapters translate it where it is put in.
import { msg } from '../messages';

const ZIP = msg('ZIP archive').template;

const SIGNATURES: readonly (readonly [readonly number[], string])[] = [
  [[0x50, 0x4b, 0x03, 0x04], ZIP],
  [[0x50, 0x4b, 0x05, 0x06], ZIP],
  [[0x50, 0x4b, 0x07, 0x08], ZIP],
  [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], msg('PNG image').template],
  [[0x25, 0x50, 0x44, 0x46, 0x2d], msg('PDF document').template],
  [[0x00, 0x05, 0x16, 0x07], msg('macOS AppleDouble file (resource fork)').template],
  [[0x00, 0x05, 0x16, 0x00], msg('macOS AppleSingle file').template],
  [[0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], msg('Microsoft Office 97–2003 file (such as an .xls workbook)').template],
  [[0x1f, 0x8b], msg('GZIP archive').template],
  [[0x42, 0x5a, 0x68], msg('BZIP2 archive').template],
  [[0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], msg('7-Zip archive').template],
  [[0x52, 0x61, 0x72, 0x21, 0x1a, 0x07], msg('RAR archive').template],
  [[0xff, 0xd8, 0xff], msg('JPEG image').template],
  [[0x47, 0x49, 0x46, 0x38], msg('GIF image').template],
  [[0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x20, 0x66, 0x6f, 0x72, 0x6d, 0x61, 0x74, 0x20, 0x33, 0x00], msg('SQLite database').template],
];

/** How many first bytes `binaryKindOf` wants to see. */
export const MAGIC_HEAD_BYTES = 4096;

/** What kind of binary file these first bytes start, or null when they are no known signature. */
export function binaryKindOf(head: Uint8Array): string | null {
  for (const [sig, kind] of SIGNATURES) {
    if (head.length >= sig.length && sig.every((b, i) => head[i] === b)) {
      return kind === ZIP ? zipKind(head) : kind;
    }
  }
  return null;
}

/** Spreadsheets saved as .xlsx / .ods are ZIP archives: say so, it is the usual mistake. */
function zipKind(head: Uint8Array): string {
  const names = Buffer.from(head.buffer, head.byteOffset, head.byteLength).toString('latin1');
  if (names.includes('xl/')) { return msg('ZIP archive (an Excel .xlsx workbook)').template; }
  if (names.includes('word/')) { return msg('ZIP archive (a Word .docx document)').template; }
  if (names.includes('[Content_Types].xml')) { return msg('ZIP archive (an Office .xlsx or .docx file)').template; }
  if (names.includes('opendocument.spreadsheet')) { return msg('ZIP archive (an OpenDocument .ods spreadsheet)').template; }
  return ZIP;
}
