// What a resource file really is, from its bytes and never from its name: a ZIP whose entries are
// under xl/ is an .xlsx workbook, one whose first entry `mimetype` says so an .ods spreadsheet;
// an OLE2 compound file (D0 CF 11 E0) with a `Workbook` stream is an .xls; `%PDF-` starts a PDF.
// A text file named .xlsx is none of these (null): it is checked as the text it is.

/** Random access to a file's bytes (the adapters read it from disk). */
export interface ByteReader {
  readonly size: number;
  /** up to `length` bytes from `offset` (fewer at the end of the file) */
  read(offset: number, length: number): Promise<Uint8Array>;
}

export type ResourceType =
  | 'xlsx' | 'xls' | 'ods' | 'docx' | 'doc' | 'odt' | 'pptx' | 'ppt' | 'odp' | 'pdf'
  | 'zip' | 'ole2' | 'gzip' | '7z' | 'rar';
export type ResourceKind = 'spreadsheet' | 'document' | 'archive';

export const KIND_OF: Record<ResourceType, ResourceKind> = {
  xlsx: 'spreadsheet', xls: 'spreadsheet', ods: 'spreadsheet',
  docx: 'document', doc: 'document', odt: 'document', pptx: 'document', ppt: 'document', odp: 'document', pdf: 'document',
  // an OLE2 file without a known stream is an Office 97–2003 file of some kind
  ole2: 'document',
  zip: 'archive', gzip: 'archive', '7z': 'archive', rar: 'archive',
};

/** Names the CLI lists beside the data files (the content decides what they are). */
export const RESOURCE_EXTENSIONS: readonly string[] = ['.xlsx', '.xlsm', '.xls', '.ods', '.pdf', '.doc', '.docx', '.odt', '.ppt', '.pptx', '.odp', '.zip', '.7z', '.rar', '.gz'];

export function isResourcePath(path: string): boolean {
  const dot = path.lastIndexOf('.');
  return dot > path.replace(/\\/g, '/').lastIndexOf('/') && RESOURCE_EXTENSIONS.includes(path.slice(dot).toLowerCase());
}

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** the longest a ZIP's end record can be from the end: 22 bytes and a 65,535-byte comment */
const EOCD_SPAN = 22 + 0xffff;
/** central directory bytes read at most: thousands of entry names */
const MAX_DIRECTORY = 1 << 20;

const startsWith = (b: Uint8Array, sig: readonly number[], at = 0) => b.length >= at + sig.length && sig.every((x, i) => b[at + i] === x);
const u16 = (b: Uint8Array, at: number) => b[at] | (b[at + 1] << 8);
const u32 = (b: Uint8Array, at: number) => (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16)) + b[at + 3] * 0x1000000;
const latin1 = (b: Uint8Array) => String.fromCharCode(...b);

/** The type of a resource file, or null when its bytes are none of the known kinds (text, say). */
export async function sniffResource(file: ByteReader): Promise<ResourceType | null> {
  const head = await file.read(0, 1024);
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04]) || startsWith(head, [0x50, 0x4b, 0x05, 0x06])) { return zipType(file, head); }
  if (startsWith(head, OLE2)) { return ole2Type(file, head); }
  // PDF allows bytes before its header, within the first KB
  if (latin1(head).includes('%PDF-')) { return 'pdf'; }
  if (startsWith(head, [0x1f, 0x8b])) { return 'gzip'; }
  if (startsWith(head, [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c])) { return '7z'; }
  if (startsWith(head, [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07])) { return 'rar'; }
  return null;
}

async function zipType(file: ByteReader, head: Uint8Array): Promise<ResourceType> {
  // OpenDocument: the first entry is `mimetype`, stored, holding the media type
  if (u16(head, 26) === 8 && latin1(head.subarray(30, 38)) === 'mimetype') {
    const type = latin1(head.subarray(30 + 8 + u16(head, 28), 30 + 8 + u16(head, 28) + 60));
    if (type.startsWith('application/vnd.oasis.opendocument.spreadsheet')) { return 'ods'; }
    if (type.startsWith('application/vnd.oasis.opendocument.text')) { return 'odt'; }
    if (type.startsWith('application/vnd.oasis.opendocument.presentation')) { return 'odp'; }
  }
  const names = await zipNames(file);
  if (names.some(n => n.startsWith('xl/'))) { return 'xlsx'; }
  if (names.some(n => n.startsWith('word/'))) { return 'docx'; }
  if (names.some(n => n.startsWith('ppt/'))) { return 'pptx'; }
  return 'zip';
}

/** The entry names of the central directory (the authoritative list, at the end of the file). */
async function zipNames(file: ByteReader): Promise<string[]> {
  const tailStart = Math.max(0, file.size - EOCD_SPAN);
  const tail = await file.read(tailStart, file.size - tailStart);
  let end = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (startsWith(tail, [0x50, 0x4b, 0x05, 0x06], i)) { end = i; break; }
  }
  if (end < 0) { return []; }
  const size = Math.min(u32(tail, end + 12), MAX_DIRECTORY);
  const dir = await file.read(u32(tail, end + 16), size);
  const names: string[] = [];
  for (let at = 0; startsWith(dir, [0x50, 0x4b, 0x01, 0x02], at) && at + 46 <= dir.length;) {
    const n = u16(dir, at + 28);
    names.push(latin1(dir.subarray(at + 46, at + 46 + n)));
    at += 46 + n + u16(dir, at + 30) + u16(dir, at + 32);
  }
  return names;
}

/** An OLE2 file's first directory sector names its streams: Workbook / Book is an .xls. */
async function ole2Type(file: ByteReader, head: Uint8Array): Promise<ResourceType> {
  const shift = u16(head, 0x1e);
  if (shift !== 9 && shift !== 12) { return 'ole2'; }
  const sector = 1 << shift;
  const dir = await file.read((u32(head, 0x30) + 1) * sector, sector);
  for (let at = 0; at + 128 <= dir.length; at += 128) {
    const bytes = Math.min(64, u16(dir, at + 64));
    let name = '';
    for (let i = 0; i + 1 < bytes - 1; i += 2) { name += String.fromCharCode(u16(dir, at + i)); }
    if (name === 'Workbook' || name === 'Book') { return 'xls'; }
    if (name === 'WordDocument') { return 'doc'; }
    if (name === 'PowerPoint Document') { return 'ppt'; }
  }
  return 'ole2';
}

/** A ByteReader over bytes already in memory (tests, the editor's reads). */
export function bytesReader(bytes: Uint8Array): ByteReader {
  return { size: bytes.length, read: async (offset, length) => bytes.subarray(offset, offset + length) };
}
