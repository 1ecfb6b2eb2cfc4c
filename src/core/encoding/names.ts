// Encoding names as publishers write them (metadata 編碼格式, XML declarations) -> contract names.
import type { EncodingName } from '../types';

const ALIASES: Record<string, EncodingName> = {
  'utf-8': 'utf-8', 'utf8': 'utf-8', 'utf-8-bom': 'utf-8', 'utf-8 bom': 'utf-8', 'unicode (utf-8)': 'utf-8',
  'utf-16': 'utf-16le', 'utf-16le': 'utf-16le', 'utf16le': 'utf-16le', 'ucs-2': 'utf-16le', 'unicode': 'utf-16le',
  'utf-16be': 'utf-16be', 'utf16be': 'utf-16be',
  'big5': 'big5', 'big-5': 'big5', 'big5-hkscs': 'big5', 'big5hkscs': 'big5', 'cp950': 'big5', 'ms950': 'big5',
  'windows-950': 'big5', 'x-windows-950': 'big5', 'x-big5': 'big5', 'cn-big5': 'big5', 'ansi': 'big5',
  'gb18030': 'gb18030', 'gbk': 'gb18030', 'gb2312': 'gb18030', 'cp936': 'gb18030',
  'shift_jis': 'shift_jis', 'shift-jis': 'shift_jis', 'sjis': 'shift_jis', 'cp932': 'shift_jis', 'windows-31j': 'shift_jis',
  'windows-1252': 'windows-1252', 'cp1252': 'windows-1252', 'iso-8859-1': 'windows-1252', 'latin1': 'windows-1252',
  'us-ascii': 'utf-8', 'ascii': 'utf-8',
};

/** The contract name for a declared encoding, or null when the name is not one we know. */
export function normalizeEncodingName(declared: string): EncodingName | null {
  const key = declared.trim().toLowerCase().replace(/\s+/g, ' ');
  return ALIASES[key] ?? ALIASES[key.replace(/-/g, '')] ?? null;
}

/**
 * Does a declared encoding (編碼格式, an XML declaration) describe the real one? Pure ASCII is
 * valid UTF-8 and valid Big5 alike, so `asciiOnly` files match either. null: the name is unknown.
 */
export function sameEncodingFamily(declared: string, actual: EncodingName, asciiOnly = false): boolean | null {
  const d = normalizeEncodingName(declared);
  if (d === null) { return null; }
  if (asciiOnly && (actual === 'utf-8') && d !== 'utf-16le' && d !== 'utf-16be') { return true; }
  return d === actual;
}

/** A name for people: "Big5 (CP950)", "UTF-16LE"… */
export function encodingLabel(name: EncodingName, variant?: string): string {
  switch (name) {
    case 'utf-8': return 'UTF-8';
    case 'utf-16le': return 'UTF-16LE';
    case 'utf-16be': return 'UTF-16BE';
    // the variant is big5-hkscs when bytes fall in the user-defined areas, whose reading is the
    // publisher's own font table (造字) far more often than Hong Kong's in Taiwan's files
    case 'big5': return variant === 'big5-hkscs' ? 'Big5 (CP950, 造字)' : 'Big5 (CP950)';
    case 'gb18030': return 'GB18030';
    case 'shift_jis': return 'Shift_JIS';
    case 'windows-1252': return 'Windows-1252';
    case 'binary': return 'binary';
  }
}
