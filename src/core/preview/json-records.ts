// The records of a JSON document as table rows: where each record object is (found by a second
// pass of the engine's scanner, down to the path the engine chose), and its values by field,
// parsed one record at a time when a page is asked for, never the whole document.
import { decodeKey } from '../json/key-union';
import { scanJson, type JsonSink } from '../json/scan';

/** [start, end] offsets (the brackets) of every record at `recordPath` */
export function locateJsonRecords(text: string, recordPath: string): number[] {
  const locator = new JsonRecordLocator(text, recordPath);
  scanJson(text, locator);
  return locator.spans();
}

class JsonRecordLocator implements JsonSink {
  readonly maxDepth: number;
  private readonly paths: string[] = [];
  private readonly arrays: boolean[] = [];
  private readonly keys: string[] = [];
  private readonly found: number[] = [];
  /** depth of the records' container once open; -2 once it has closed */
  private container = -1;
  private rootSpan: [number, number] = [-1, -1];

  constructor(private readonly text: string, private readonly recordPath: string) {
    this.maxDepth = recordPath === '' ? 1 : recordPath.split(/\.|\[/).length + 1;
  }

  open(isArray: boolean, depth: number, offset: number, index: number): void {
    if (this.container === -2) { return; }
    if (this.container >= 0) {
      if (depth === this.container + 1 && !isArray) { this.found.push(offset, -1); }
      return;
    }
    const parent = depth - 1;
    const path = depth === 0 ? '' : this.arrays[parent] ? `${this.paths[parent]}[${index}]`
      : this.paths[parent] === '' ? this.keys[parent] : `${this.paths[parent]}.${this.keys[parent]}`;
    this.paths[depth] = path;
    this.arrays[depth] = isArray;
    if (depth === 0) { this.rootSpan = [offset, -1]; }
    if (path === this.recordPath) { this.container = depth; }
  }

  key(depth: number, start: number, end: number, escaped: boolean): void {
    // names are needed only on the way down to the records
    if (this.container === -1) { this.keys[depth] = decodeKey(this.text, start, end, escaped); }
  }

  close(depth: number, offset: number): void {
    if (depth === 0) { this.rootSpan[1] = offset; }
    if (this.container < 0) { return; }
    if (depth === this.container + 1 && this.found.length > 0 && this.found[this.found.length - 1] === -1) {
      this.found[this.found.length - 1] = offset;
    } else if (depth === this.container) {
      this.container = -2;
    }
  }

  spans(): number[] {
    // a flat root object is one record (the engine's rule when no container holds records)
    if (this.found.length === 0 && this.recordPath === '' && this.rootSpan[1] >= 0 && this.text[this.rootSpan[0]] === '{') {
      return [this.rootSpan[0], this.rootSpan[1]];
    }
    return this.found;
  }
}

/** A cell's text: strings as they are, null as nothing, anything else as JSON. */
export function jsonCell(v: unknown): string {
  if (v === null || v === undefined) { return ''; }
  if (typeof v === 'string') { return v; }
  if (typeof v === 'number' || typeof v === 'boolean') { return String(v); }
  return JSON.stringify(v);
}

/** The record text[start, end] as values in `fields` order (a GeoJSON feature: its properties). */
export function jsonRecordValues(text: string, start: number, end: number, fields: readonly string[]): string[] {
  let rec: unknown;
  try { rec = JSON.parse(text.slice(start, end + 1)); } catch { return fields.map(() => ''); }
  if (typeof rec !== 'object' || rec === null) { return fields.map(() => ''); }
  let o = rec as Record<string, unknown>;
  if (typeof o.properties === 'object' && o.properties !== null && 'geometry' in o && !fields.includes('geometry')) {
    o = o.properties as Record<string, unknown>;
  }
  return fields.map(f => (Object.prototype.hasOwnProperty.call(o, f) ? jsonCell(o[f]) : ''));
}
