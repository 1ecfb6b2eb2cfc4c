// The platform's catalogue export (資料集清單), CSV (UTF-8 with BOM) or JSON (an array of objects
// with the same keys). A data file is matched to the row whose 資料下載網址 names it; the row's
// cells are located in the file only for a matched row, so big exports stay cheap.
import Papa from 'papaparse';
import { visit } from 'jsonc-parser';
import { LineIndex } from '../text/line-index';
import { csvCellSpans, LocatedText, locateCsvCell, locateJsonString } from './located';
import { isMetadataField, type MetadataField } from './model';
import { fileNamesOfUrl, nameKey, stem } from './paths';
import { resourceIndexOf, segments } from './resources';
import type { LocatedRecord } from './sidecar';

interface CsvRowRef { kind: 'csv'; values: string[]; start: number; end: number }
interface JsonCell { value: string; offset: number; length: number; quoted: boolean }
interface JsonRowRef { kind: 'json'; cells: Map<MetadataField, JsonCell> }
type RowRef = CsvRowRef | JsonRowRef;

export interface Catalogue {
  text: string;
  rows: RowRef[];
  /** CSV: platform field -> column index */
  columns: Map<MetadataField, number>;
  /** file name (lower case) -> rows and resource indexes whose 資料下載網址 names it */
  byFile: Map<string, { row: number; index: number }[]>;
  /** 資料集識別碼 / 資料集名稱 (lower case) -> row, for data files named after their dataset */
  byKey: Map<string, number>;
}

function valueOf(cat: Catalogue, row: RowRef, field: MetadataField): string | undefined {
  if (row.kind === 'json') { return row.cells.get(field)?.value; }
  const c = cat.columns.get(field);
  return c === undefined ? undefined : row.values[c];
}

function buildIndexes(cat: Catalogue): Catalogue {
  cat.rows.forEach((row, r) => {
    const urls = valueOf(cat, row, '資料下載網址') ?? '';
    segments(urls).forEach((seg, index) => {
      for (const name of fileNamesOfUrl(seg.text)) {
        const key = nameKey(name);
        const list = cat.byFile.get(key) ?? [];
        list.push({ row: r, index });
        cat.byFile.set(key, list);
      }
    });
    for (const f of ['資料集識別碼', '資料集名稱'] as const) {
      const v = valueOf(cat, row, f)?.trim();
      if (v && !cat.byKey.has(nameKey(v))) { cat.byKey.set(nameKey(v), r); }
    }
  });
  return cat;
}

export function parseCatalogueCsv(text: string): Catalogue {
  const cat: Catalogue = { text, rows: [], columns: new Map(), byFile: new Map(), byKey: new Map() };
  let prev = 0;
  let header = true;
  Papa.parse<string[]>(text, {
    // never guessed: the `;` of the per-resource columns can look like the delimiter
    delimiter: ',',
    skipEmptyLines: false,
    step: (r: Papa.ParseStepResult<string[]>) => {
      const start = prev;
      const cursor = r.meta.cursor;
      prev = cursor;
      let end = cursor;
      while (end > start && (text[end - 1] === '\n' || text[end - 1] === '\r')) { end--; }
      const values = r.data;
      if (header) {
        values.forEach((name, i) => {
          const k = name.replace(/^\uFEFF/, '').trim();
          if (isMetadataField(k) && !cat.columns.has(k)) { cat.columns.set(k, i); }
        });
        header = false;
        return;
      }
      if (values.length <= 1 && (values[0] ?? '').trim() === '') { return; }
      cat.rows.push({ kind: 'csv', values, start, end });
    },
  });
  return buildIndexes(cat);
}

export function parseCatalogueJson(text: string): Catalogue {
  const cat: Catalogue = { text, rows: [], columns: new Map(), byFile: new Map(), byKey: new Map() };
  const stack: ('o' | 'a')[] = [];
  let row: JsonRowRef | null = null;
  let rowDepth = -1;
  let prop: string | null = null;
  visit(text, {
    onObjectBegin: () => {
      if (!row && stack.length > 0 && stack.length <= 3 && stack[stack.length - 1] === 'a') {
        row = { kind: 'json', cells: new Map() };
        rowDepth = stack.length;
      }
      stack.push('o');
    },
    onObjectEnd: () => {
      stack.pop();
      if (row && stack.length === rowDepth) {
        if (row.cells.size > 0) { cat.rows.push(row); }
        row = null;
      }
    },
    onArrayBegin: () => { stack.push('a'); },
    onArrayEnd: () => { stack.pop(); },
    onObjectProperty: (p: string) => { prop = row && stack.length === rowDepth + 1 ? p.trim() : null; },
    onLiteralValue: (v: unknown, offset: number, length: number) => {
      if (row && prop && stack.length === rowDepth + 1 && isMetadataField(prop) && v !== null && !row.cells.has(prop)) {
        row.cells.set(prop, { value: String(v), offset, length, quoted: typeof v === 'string' });
      }
      prop = null;
    },
  }, { allowTrailingComma: true });
  return buildIndexes(cat);
}

/** The row's cells as values located in the catalogue file. */
function recordOf(cat: Catalogue, lines: LineIndex, row: RowRef): LocatedRecord {
  const record: LocatedRecord = new Map();
  if (row.kind === 'json') {
    for (const [f, c] of row.cells) {
      record.set(f, c.quoted
        ? locateJsonString(cat.text, c.offset, c.offset + c.length, lines)
        : new LocatedText(c.value, lines, c.offset, null));
    }
    return record;
  }
  const spans = csvCellSpans(cat.text, row.start, row.end);
  for (const [f, i] of cat.columns) {
    const value = row.values[i];
    if (value === undefined) { continue; }
    const span = spans[i];
    const at = span ? locateCsvCell(cat.text, span[0], span[1], lines) : null;
    // papaparse's value is the truth; the span only says where it is (approximately if they differ)
    record.set(f, at && at.value === value ? at : new LocatedText(value, lines, span ? span[0] : row.start, null));
  }
  return record;
}

export interface CatalogueMatch {
  record: LocatedRecord;
  /** the resource this file is among the row's 資料下載網址 entries; null when not known */
  index: number | null;
}

/** The row for a data file: by a download URL naming it, else by its name being the dataset's id or name. */
export function matchCatalogue(cat: Catalogue, lines: LineIndex, fileName: string): CatalogueMatch | null {
  const hit = cat.byFile.get(nameKey(fileName))?.[0];
  if (hit) { return { record: recordOf(cat, lines, cat.rows[hit.row]), index: hit.index }; }
  const r = cat.byKey.get(nameKey(stem(fileName)));
  if (r === undefined) { return null; }
  const record = recordOf(cat, lines, cat.rows[r]);
  return { record, index: resourceIndexOf(record, fileName) };
}

/** An explicit one-dataset catalogue applies to the file even when no URL names it. */
export function onlyRow(cat: Catalogue, lines: LineIndex, fileName: string): CatalogueMatch | null {
  if (cat.rows.length !== 1) { return null; }
  const record = recordOf(cat, lines, cat.rows[0]);
  return { record, index: resourceIndexOf(record, fileName) };
}
