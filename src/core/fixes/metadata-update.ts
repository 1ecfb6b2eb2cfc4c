// Fixes to the dataset's metadata sidecar (NAME.metadata.json): 主要欄位說明 and 編碼格式 made to
// describe the data file, and title / notes rows taken out of the data kept in 備註. Each is a
// minimal, verified edit (metadata-json-edit.ts); null means there is nothing to change or the
// sidecar is not a JSON object that can be edited safely.
import { compareFields, detectFieldSeparator, normaliseFieldName, parseFieldList } from '../metadata/field-list';
import { resourceIndexOf, segments } from '../metadata/resources';
import { baseOf } from '../metadata/paths';
import { parseSidecar } from '../metadata/sidecar';
import { normalizeEncodingName } from '../encoding/names';
import { msg } from '../messages';
import type { EncodingInfo, EncodingName } from '../types';
import type { TextFix } from './fix';
import { setProperty, stringProperty } from './metadata-json-edit';

/** How the platform spells an encoding in 編碼格式 (badge-rules.md §3: UTF-8, BIG5). */
export function platformEncodingName(encoding: string | EncodingInfo): string | null {
  const name: EncodingName | null = typeof encoding === 'string' ? normalizeEncodingName(encoding) : encoding.name;
  switch (name) {
    case 'utf-8': return 'UTF-8';
    case 'big5': return 'BIG5';
    case 'utf-16le': return 'UTF-16LE';
    case 'utf-16be': return 'UTF-16BE';
    case 'gb18030': return 'GB18030';
    case 'shift_jis': return 'Shift_JIS';
    case 'windows-1252': return 'Windows-1252';
    default: return null;
  }
}

/** The new 主要欄位說明: the file's fields in its order, each keeping its `(description)`. */
function fieldListFor(existing: string, fields: readonly string[]): string {
  const items = parseFieldList(existing).map(it => {
    const full = it.name + (it.suffix ?? '');
    return { full, suffix: it.suffix ?? '', fullKey: normaliseFieldName(full), nameKey: normaliseFieldName(it.name), used: false };
  });
  type Item = (typeof items)[number];
  const index = (key: (i: Item) => string) => {
    const m = new Map<string, Item[]>();
    for (const it of items) { m.set(key(it), [...(m.get(key(it)) ?? []), it]); }
    return m;
  };
  const byFull = index(i => i.fullKey);
  const byName = index(i => i.nameKey);
  const out = fields.filter(f => f.trim() !== '').map(f => {
    const key = normaliseFieldName(f);
    const exact = byFull.get(key)?.find(i => !i.used);
    if (exact) { exact.used = true; return exact.full; }
    const named = byName.get(key)?.find(i => !i.used);
    if (named) { named.used = true; return f + named.suffix; }
    return f;
  });
  return out.join(items.length > 1 ? detectFieldSeparator(existing) : ';');
}

export function updateMetadataFields(sidecarText: string, fields: string[]): TextFix | null {
  const existing = stringProperty(sidecarText, '主要欄位說明') ?? '';
  const next = fieldListFor(existing, fields);
  if (!next || next === existing) { return null; }
  // a field name holding the separator would read back as two: refuse rather than corrupt
  const check = compareFields(parseFieldList(next).map(i => i.name + (i.suffix ?? '')), fields);
  if (check.missing.length || check.extra.length) { return null; }
  const edits = setProperty(sidecarText, '主要欄位說明', next);
  return edits && { id: 'update-metadata-fields', title: msg('Update the metadata\'s 主要欄位說明 from the file'), edits };
}

/**
 * 編碼格式 set to the file's real encoding. A `;` list (one entry per resource) gets only this
 * file's entry changed, found from `dataPath` by its download URL or format.
 */
export function updateMetadataEncoding(sidecarText: string, encoding: string | EncodingInfo, opts: { dataPath?: string } = {}): TextFix | null {
  const spelled = platformEncodingName(encoding);
  if (!spelled) { return null; }
  const existing = stringProperty(sidecarText, '編碼格式') ?? '';
  const segs = segments(existing);
  let next: string | null;
  if (segs.length <= 1) {
    next = spelled;
  } else {
    const record = parseSidecar(sidecarText)?.record;
    const index = record && opts.dataPath ? resourceIndexOf(record, baseOf(opts.dataPath)) : null;
    const target = index !== null ? segs[index] : undefined;
    next = target ? existing.slice(0, target.start) + spelled + existing.slice(target.end) : null;
  }
  if (next === null || next === existing) { return null; }
  if (segs.length <= 1 && normalizeEncodingName(existing) === normalizeEncodingName(spelled)) { return null; }
  const edits = setProperty(sidecarText, '編碼格式', next);
  return edits && { id: 'update-metadata-encoding', title: msg('Update the metadata\'s 編碼格式 from the file'), edits };
}

/** Title / notes rows removed from the data, appended to 備註 (lines already there are skipped). */
export function appendMetadataNote(sidecarText: string, lines: string[] | string): TextFix | null {
  const existing = stringProperty(sidecarText, '備註') ?? '';
  const have = new Set(existing.split(/\r?\n/).map(l => l.trim()));
  const add = (Array.isArray(lines) ? lines : [lines]).flatMap(l => l.split(/\r?\n/))
    .map(l => l.trim()).filter(l => l !== '' && !have.has(l));
  const fresh = [...new Set(add)];
  if (fresh.length === 0) { return null; }
  const next = (existing.trim() ? existing.replace(/\s+$/, '') + '\n' : '') + fresh.join('\n');
  const edits = setProperty(sidecarText, '備註', next);
  // there is no fix id of its own: it completes the removal of the notes / title rows
  return edits && { id: 'remove-notes-rows', title: msg('Add the removed rows to the metadata\'s 備註'), edits };
}

/** A new sidecar for a data file that has none: the dataset name first, 2-space JSON. */
export function createSidecar(dataset: string, fields: Record<string, string>): string {
  const obj: Record<string, string> = { 資料集名稱: dataset };
  for (const [k, v] of Object.entries(fields)) { if (k !== '資料集名稱') { obj[k] = v; } }
  return JSON.stringify(obj, null, 2) + '\n';
}
