// Files that are not text at all, recognised by their first bytes. The names complete
// "This .csv is a {kind}, not text." in the not-text rule.

const SIGNATURES: readonly (readonly [readonly number[], string])[] = [
  [[0x50, 0x4b, 0x03, 0x04], 'ZIP archive'],
  [[0x50, 0x4b, 0x05, 0x06], 'ZIP archive'],
  [[0x50, 0x4b, 0x07, 0x08], 'ZIP archive'],
  [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'PNG image'],
  [[0x25, 0x50, 0x44, 0x46, 0x2d], 'PDF document'],
  [[0x00, 0x05, 0x16, 0x07], 'macOS AppleDouble file (resource fork)'],
  [[0x00, 0x05, 0x16, 0x00], 'macOS AppleSingle file'],
  [[0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 'Microsoft Office 97–2003 file (such as an .xls workbook)'],
  [[0x1f, 0x8b], 'GZIP archive'],
  [[0x42, 0x5a, 0x68], 'BZIP2 archive'],
  [[0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], '7-Zip archive'],
  [[0x52, 0x61, 0x72, 0x21, 0x1a, 0x07], 'RAR archive'],
  [[0xff, 0xd8, 0xff], 'JPEG image'],
  [[0x47, 0x49, 0x46, 0x38], 'GIF image'],
  [[0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x20, 0x66, 0x6f, 0x72, 0x6d, 0x61, 0x74, 0x20, 0x33, 0x00], 'SQLite database'],
];

/** How many first bytes `binaryKindOf` wants to see. */
export const MAGIC_HEAD_BYTES = 4096;

/** What kind of binary file these first bytes start, or null when they are no known signature. */
export function binaryKindOf(head: Uint8Array): string | null {
  for (const [sig, kind] of SIGNATURES) {
    if (head.length >= sig.length && sig.every((b, i) => head[i] === b)) {
      return kind === 'ZIP archive' ? zipKind(head) : kind;
    }
  }
  return null;
}

/** Spreadsheets saved as .xlsx / .ods are ZIP archives: say so, it is the usual mistake. */
function zipKind(head: Uint8Array): string {
  const names = Buffer.from(head.buffer, head.byteOffset, head.byteLength).toString('latin1');
  if (names.includes('xl/')) { return 'ZIP archive (an Excel .xlsx workbook)'; }
  if (names.includes('word/')) { return 'ZIP archive (a Word .docx document)'; }
  if (names.includes('[Content_Types].xml')) { return 'ZIP archive (an Office .xlsx or .docx file)'; }
  if (names.includes('opendocument.spreadsheet')) { return 'ZIP archive (an OpenDocument .ods spreadsheet)'; }
  return 'ZIP archive';
}
