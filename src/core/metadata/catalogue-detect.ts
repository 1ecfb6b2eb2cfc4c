// Is a .csv/.json the platform's catalogue export (資料集清單)? Decided from its header (CSV) or
// the keys of its first records (JSON): most of the 22 platform columns must be there, and
// 資料下載網址, without which no data file can be matched to a row. Only the head is looked at.
import { METADATA_FIELDS } from './model';

/** "most of the 22 columns": an export may drop a few, a data table never has a dozen of them */
export const CATALOGUE_MIN_COLUMNS = 12;
const HEAD = 16 * 1024;

function knownColumns(names: Iterable<string>): Set<string> {
  const known = new Set<string>();
  for (const n of names) {
    const k = n.replace(/^\uFEFF/, '').trim().replace(/^"(.*)"$/, '$1').trim();
    if ((METADATA_FIELDS as readonly string[]).includes(k)) { known.add(k); }
  }
  return known;
}

function enough(known: Set<string>): boolean {
  return known.size >= CATALOGUE_MIN_COLUMNS && known.has('資料下載網址');
}

export function isCatalogueText(text: string): boolean {
  const head = text.slice(0, HEAD).replace(/^\uFEFF/, '');
  const first = head.trimStart()[0];
  if (first === '[' || first === '{') {
    const keys = [...head.matchAll(/"((?:[^"\\\r\n]|\\.){1,40})"\s*:/g)].map(m => m[1]);
    return enough(knownColumns(keys));
  }
  const nl = head.search(/\r|\n/);
  const line = nl >= 0 ? head.slice(0, nl) : head;
  return enough(knownColumns(line.split(',')));
}
