// One dataset has several resources (a.csv, a.json, a.xml); the per-resource columns hold one
// `;`-separated value each. This finds which resource a data file is and narrows those columns.
import { parseFieldList } from './field-list';
import type { LocatedText } from './located';
import { PER_RESOURCE_FIELDS, type MetadataField, type MetadataValue } from './model';
import { extOf, fileNamesOfUrl, nameKey } from './paths';
import type { LocatedRecord } from './sidecar';

interface Segment { text: string; start: number; end: number }

/** `;`-separated entries with their offsets in the value, trimmed. */
export function segments(value: string): Segment[] {
  const out: Segment[] = [];
  let from = 0;
  for (let i = 0; i <= value.length; i++) {
    if (i === value.length || value[i] === ';' || value[i] === '；') {
      let s = from;
      let e = i;
      while (s < e && /\s/.test(value[s])) { s++; }
      while (e > s && /\s/.test(value[e - 1])) { e--; }
      out.push({ text: value.slice(s, e), start: s, end: e });
      from = i + 1;
    }
  }
  return out;
}

/** The index of the 資料下載網址 entry that names the file, or -1. */
export function urlIndex(urls: string, fileName: string): number {
  const want = nameKey(fileName);
  return segments(urls).findIndex(seg => fileNamesOfUrl(seg.text).some(n => nameKey(n) === want));
}

/** The index of the single 檔案格式 entry that is the file's extension, or -1. */
function formatIndex(formats: string, fileName: string): number {
  const ext = extOf(fileName).toUpperCase();
  if (!ext) { return -1; }
  const hits = segments(formats)
    .map((seg, i) => (seg.text.toUpperCase().replace(/[^A-Z0-9]/g, '') === ext ? i : -1))
    .filter(i => i >= 0);
  return hits.length === 1 ? hits[0] : -1;
}

/** Which resource the file is: by its download URL, else by its format; null if undecided. */
export function resourceIndexOf(record: LocatedRecord, fileName: string): number | null {
  const urls = record.get('資料下載網址');
  const byUrl = urls ? urlIndex(urls.value, fileName) : -1;
  if (byUrl >= 0) { return byUrl; }
  const formats = record.get('檔案格式');
  const byFormat = formats ? formatIndex(formats.value, fileName) : -1;
  return byFormat >= 0 ? byFormat : null;
}

function whole(v: LocatedText): MetadataValue {
  const trimmed = v.value.trim();
  const lead = v.value.length - v.value.trimStart().length;
  return { value: trimmed, range: v.range(lead, lead + trimmed.length) };
}

/** A per-resource value narrowed to entry `index`; a single value applies to every resource. */
function narrowed(v: LocatedText, index: number | null): MetadataValue | null {
  const segs = segments(v.value);
  if (segs.length <= 1) { return whole(v); }
  const distinct = new Set(segs.map(s => s.text.toLowerCase()).filter(Boolean));
  const seg = index !== null ? segs[index] : distinct.size === 1 ? segs.find(s => s.text) : undefined;
  // resource unknown and the entries differ: keep the whole value, a rule says it cannot tell
  if (index === null && !seg) { return whole(v); }
  if (!seg || !seg.text) { return null; }
  return { value: seg.text, range: v.range(seg.start, seg.end) };
}

function withItems(v: LocatedText, base: MetadataValue): MetadataValue {
  const lead = v.value.length - v.value.trimStart().length;
  base.items = parseFieldList(base.value).map(it => {
    const item: NonNullable<MetadataValue['items']>[number] = { name: it.name, range: v.range(lead + it.start, lead + it.end) };
    if (it.description !== undefined) { item.description = it.description; }
    return item;
  });
  return base;
}

/** The record's values for one resource, with their ranges. */
export function valuesFor(record: LocatedRecord, index: number | null): Map<MetadataField, MetadataValue> {
  const out = new Map<MetadataField, MetadataValue>();
  for (const [key, v] of record) {
    const field = key as MetadataField;
    const value = PER_RESOURCE_FIELDS.includes(field) ? narrowed(v, index) : whole(v);
    if (!value || value.value === '') { continue; }
    out.set(field, field === '主要欄位說明' ? withItems(v, value) : value);
  }
  return out;
}
