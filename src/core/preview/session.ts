// One previewed file: decoded with the detected encoding, checked once by the engine (the same
// findings as the editor's squiggles) while every row's role and offsets go to a RowStore; then
// pages of rows are cut out of the decoded text on demand.
import { cellRange } from '../csv/cell-range';
import type { CsvLayout, RowRole } from '../csv/model';
import { CsvScanner } from '../csv/scanner';
import { createDecoder, detectEncoding } from '../encoding';
import { checkBytes, checkText, TextCheck, type EngineOptions } from '../engine';
import type { ContentObserver } from '../observer';
import type { JsonResult } from '../json/model';
import { compareFields, parseFieldList } from '../metadata/field-list';
import type { ResolvedMetadata } from '../metadata/model';
import { LineIndex } from '../text/line-index';
import type { EncodingInfo, FileReport, Finding, Range } from '../types';
import type { XmlResult } from '../xml/model';
import { ColumnProfiler, emptyCounts, summarise, type ColumnStats } from './column-kind';
import { jsonRecordValues, locateJsonRecords } from './json-records';
import { ROW_RULES, type PreviewColumn, type PreviewHead, type PreviewRow, type PreviewSummary } from './model';
import { RowStore } from './row-store';
import { locateXmlRecords, xmlRecordValues } from './xml-records';

/** a grid wider than this shows the first columns only (the summary says how many there are) */
export const MAX_GRID_COLUMNS = 1000;
/** a cell's text is cut here for the grid (the text editor has all of it) */
export const MAX_CELL_CHARS = 2000;
export const MAX_PAGE_ROWS = 1000;
/** a table with more rows than this shows them first (PreviewHead), before the whole file is read */
export const HEAD_ROWS = 200;

export interface SessionInput {
  path: string;
  /** the file's bytes (decoded here with the detected encoding) … */
  bytes?: Uint8Array;
  /** … or the editor's text (unsaved edits), with the encoding of the bytes on disk */
  text?: string;
  encoding?: EncodingInfo;
  metadata: ResolvedMetadata | null;
}

type Records = { kind: 'json'; spans: number[] } | { kind: 'xml'; starts: number[] };

export class PreviewSession {
  readonly summary: PreviewSummary;
  private readonly store = new RowStore();
  private layout: CsvLayout | null = null;
  private records: Records | null = null;
  private fields: string[] = [];
  private lines: LineIndex | null = null;
  private readonly rowFindings = new Map<number, Finding[]>();

  private readonly text: string;

  constructor(input: SessionInput, options: EngineOptions, onHead?: (head: PreviewHead) => void) {
    let profiler: ColumnProfiler | null = null;
    let head: PreviewRow[] | null = onHead ? [] : null;
    let json: JsonResult | null = null;
    let xml: XmlResult | null = null;
    const store = this.store;
    const t0 = performance.now();
    const decoded = decodeInChunks(input);
    const detectMs = performance.now() - t0;
    const observe: ContentObserver = {
      csvLayout: l => {
        this.layout = l;
        profiler = new ColumnProfiler(l.columns.length);
      },
      csvRow: r => {
        const i = store.add(r.start, r.end, r.line, r.fieldCount, r.role);
        if (r.formulaCells?.length) { store.formulas.set(i, r.formulaCells); }
        if (r.evidence) { store.evidence.set(i, r.evidence); }
        if (r.role === 'data') { profiler?.add(r.values); }
        if (head) {
          head.push(this.rowOf(i, r.values));
          if (head.length === HEAD_ROWS) {
            const l = this.layout as CsvLayout;
            (onHead as (h: PreviewHead) => void)({
              path: input.path, format: l.expectedDelimiter === '\t' ? 'tsv' : 'csv', encoding: decoded.encoding, rows: head,
              columns: l.columns, width: l.width, gridColumns: Math.min(MAX_GRID_COLUMNS, Math.max(l.width, store.maxFields)),
              estimatedRows: Math.max(HEAD_ROWS + 1, Math.round(HEAD_ROWS * decoded.estimatedChars() / Math.max(1, r.end))),
            });
            head = null;
          }
        }
      },
      json: r => { json = r; },
      xml: r => { xml = r; },
    };
    const { text, report } = decoded.check({ ...options, observe }, input.metadata);
    this.text = text;
    const stats = this.layout ? (profiler as ColumnProfiler | null)?.result() ?? [] : this.indexRecords(json as JsonResult | null, xml as XmlResult | null);
    this.summary = this.summarise(report, input.metadata, stats);
    this.summary.timing = { detectMs: Math.round(detectMs), indexMs: Math.round(performance.now() - t0 - detectMs) };
  }

  /** rows [from, from + count), clamped to the table */
  page(from: number, count: number): PreviewRow[] {
    const a = Math.max(0, Math.min(from, this.store.count));
    const b = Math.min(this.store.count, a + Math.max(0, Math.min(count, MAX_PAGE_ROWS)));
    if (a >= b) { return []; }
    const values = this.layout ? this.csvValues(a, b) : this.recordValues(a, b);
    const out: PreviewRow[] = [];
    for (let i = a; i < b; i++) { out.push(this.rowOf(i, values[i - a])); }
    return out;
  }

  private rowOf(i: number, values: readonly string[]): PreviewRow {
    const row: PreviewRow = {
      index: i, line: this.store.lineOf(i), role: this.store.roleOf(i),
      cells: values.slice(0, MAX_GRID_COLUMNS).map(cut), fieldCount: this.store.fieldsOf(i),
    };
    const formulas = this.store.formulas.get(i);
    if (formulas) { row.formulas = formulas; }
    const findings = this.rowFindings.get(i);
    if (findings) { row.findings = findings; }
    const evidence = this.store.evidence.get(i);
    if (evidence) { row.evidence = evidence; }
    return row;
  }

  /** where cell `column` of row `row` is in the text (a missing cell: the row's end) */
  locate(row: number, column: number): Range | null {
    if (row < 0 || row >= this.store.count) { return null; }
    const start = this.store.startOf(row);
    const end = this.store.endOf(row);
    if (!this.layout) {
      const p = this.lineIndex().position(start);
      return { line: p.line, column: p.column, endLine: p.line, endColumn: p.column };
    }
    const raw = this.text.slice(start, end);
    const endPos = this.lineIndex().position(Math.max(start, end - 1));
    const whole = { line: this.store.lineOf(row), column: 1, endLine: endPos.line, endColumn: Math.max(1, endPos.column) };
    if (column >= this.store.fieldsOf(row)) { return { line: whole.endLine, column: whole.endColumn, endLine: whole.endLine, endColumn: whole.endColumn }; }
    return cellRange(raw, this.layout.delimiter.charCodeAt(0), column, whole.line, whole);
  }

  /** the next row with `role` from `from` on (step 1) or back (step -1), or -1 */
  find(role: RowRole, from: number, step: 1 | -1): number {
    return this.store.find(role, from, step);
  }

  private lineIndex(): LineIndex {
    return this.lines ??= new LineIndex(this.text);
  }

  /** the values of rows [a, b): one scan of the text they span, with the analyzer's scanner */
  private csvValues(a: number, b: number): string[][] {
    const rows: string[][] = [];
    const scanner = new CsvScanner({ delimiter: (this.layout as CsvLayout).delimiter, onRow: r => rows.push(r.values) });
    scanner.push(this.text, this.store.startOf(a), this.store.endOf(b - 1));
    scanner.end();
    return rows.length === b - a ? rows : Array.from({ length: b - a }, (_, k) => this.oneRow(a + k));
  }

  /** one row alone (never expected: a page scan always gives back its rows) */
  private oneRow(i: number): string[] {
    let values: string[] = [];
    const scanner = new CsvScanner({ delimiter: (this.layout as CsvLayout).delimiter, onRow: r => { values = r.values; } });
    scanner.push(this.text, this.store.startOf(i), this.store.endOf(i));
    scanner.end();
    return values;
  }

  private recordValues(a: number, b: number): string[][] {
    const out: string[][] = [];
    for (let i = a; i < b; i++) {
      const start = this.store.startOf(i);
      out.push(this.records?.kind === 'json'
        ? jsonRecordValues(this.text, start, this.store.endOf(i), this.fields)
        : xmlRecordValues(this.text, start, this.fields).values);
    }
    return out;
  }

  /** JSON/XML: the records' places as rows, and their column profile (a pass over every record) */
  private indexRecords(json: JsonResult | null, xml: XmlResult | null): ColumnStats[] {
    if (json && !json.error && json.recordPath !== null) {
      this.records = { kind: 'json', spans: locateJsonRecords(this.text, json.recordPath) };
      this.fields = json.fields;
    } else if (xml && !xml.error && xml.recordElement) {
      this.records = { kind: 'xml', starts: locateXmlRecords(this.text, xml.recordElement) };
      this.fields = xml.fields;
    } else {
      return [];
    }
    const lines = this.lineIndex();
    const profiler = new ColumnProfiler(this.fields.length);
    const r = this.records;
    const n = r.kind === 'json' ? r.spans.length / 2 : r.starts.length;
    for (let k = 0; k < n; k++) {
      const start = r.kind === 'json' ? r.spans[2 * k] : r.starts[k];
      let values: string[];
      let end: number;
      if (r.kind === 'json') {
        end = r.spans[2 * k + 1];
        values = jsonRecordValues(this.text, start, end, this.fields);
      } else {
        ({ values, end } = xmlRecordValues(this.text, start, this.fields));
      }
      profiler.add(values);
      this.store.add(start, end, lines.position(start).line, this.fields.length, 'data');
    }
    return profiler.result();
  }

  private summarise(report: FileReport, metadata: ResolvedMetadata | null, stats: ColumnStats[]): PreviewSummary {
    const own = report.findings.filter(f => !f.path || f.path === report.path);
    const fileFindings: Finding[] = [];
    for (const f of own) {
      const row = ROW_RULES.has(f.rule) ? this.store.rowAtLine(f.line) : -1;
      if (row < 0) { fileFindings.push(f); continue; }
      const list = this.rowFindings.get(row);
      if (list) { list.push(f); } else { this.rowFindings.set(row, [f]); }
    }
    fileFindings.push(...report.findings.filter(f => f.path && f.path !== report.path));
    const names = this.layout ? this.layout.columns : this.fields;
    // the metadata-fields criterion passed on the file's other reading (the report around its
    // records): the records' columns are not the ones 主要欄位說明 describes, and are not marked
    const passed = report.badge.criteria.find(c => c.id === 'metadata-fields')?.status === 'pass';
    const compared = declaredColumns(names, metadata);
    const declared = passed && compared && (compared.flags.includes(false) || compared.notInFile.length > 0) ? null : compared;
    const columns: PreviewColumn[] = names.map((name, c) => ({
      name, stats: stats[c] ?? summarise(emptyCounts(), 0, 0),
      declared: declared ? declared.flags[c] : null,
    }));
    const width = this.layout ? this.layout.width : this.fields.length;
    const kind = this.layout ? 'table' : this.records ? 'records' : 'none';
    const summary: PreviewSummary = {
      path: report.path, format: report.format, kind, encoding: report.encoding,
      rows: this.store.count, gridColumns: Math.min(MAX_GRID_COLUMNS, Math.max(width, this.store.maxFields)), width,
      columns, notInFile: declared?.notInFile ?? [], roles: this.store.roleCounts(),
      headerKind: this.layout?.headerKind ?? null, fileFindings, badge: report.badge, timing: { detectMs: 0, indexMs: 0 },
    };
    const error = report.error ?? (kind === 'none' ? syntaxError(report) : undefined);
    if (error) { summary.error = error; }
    return summary;
  }
}

/** Decodes (when given bytes), checks and indexes a file for the preview; a big table's first rows go to `onHead` meanwhile. */
export function openPreview(input: SessionInput, options: EngineOptions = {}, onHead?: (head: PreviewHead) => void): PreviewSession {
  return new PreviewSession(input, options, onHead);
}

const CHUNK = 256 * 1024;

/**
 * The input's text and its check. Bytes are decoded and checked a chunk at a time, so that a
 * big table's first rows are known after its first chunks, not after decoding all of it.
 */
function decodeInChunks(input: SessionInput): {
  encoding: EncodingInfo;
  estimatedChars(): number;
  check(options: EngineOptions, metadata: ResolvedMetadata | null): { text: string; report: FileReport };
} {
  if (input.text !== undefined) {
    const text = input.text;
    const encoding = input.encoding ?? { name: 'utf-8', bom: false, confidence: 1 };
    return { encoding, estimatedChars: () => text.length, check: (o, metadata) => ({ text, report: checkText({ path: input.path, text, encoding, metadata }, o) }) };
  }
  const bytes = input.bytes ?? new Uint8Array(0);
  const encoding = detectEncoding(bytes, { hint: input.metadata?.fields['編碼格式']?.value });
  let chars = 0;
  let consumed = 0;
  return {
    encoding,
    // the characters a byte decodes to so far, times all the bytes
    estimatedChars: () => (consumed > 0 ? Math.round(bytes.length * chars / consumed) : 0),
    check: (o, metadata) => {
      if (encoding.name === 'binary') { return { text: '', report: checkBytes({ path: input.path, bytes, metadata }, o) }; }
      const decoder = createDecoder(encoding);
      const check = new TextCheck(input.path, encoding, metadata, o);
      const parts: string[] = [];
      const take = (t: string) => { parts.push(t); chars += t.length; check.push(t); };
      for (let at = 0; at < bytes.length; at += CHUNK) {
        consumed = Math.min(bytes.length, at + CHUNK);
        take(decoder.write(bytes.subarray(at, consumed)));
      }
      take(decoder.end());
      return { text: parts.join(''), report: check.finish() };
    },
  };
}

function cut(v: string): string {
  return v.length <= MAX_CELL_CHARS ? v : v.slice(0, MAX_CELL_CHARS - 1) + '…';
}

function syntaxError(report: FileReport): string | undefined {
  return report.findings.find(f => f.rule === 'invalid-json' || f.rule === 'invalid-xml' || f.rule === 'not-text')?.message;
}

/** Which columns 主要欄位說明 lists (as the metadata-fields rule compares them), and what it lists that the file lacks. */
function declaredColumns(columns: readonly string[], metadata: ResolvedMetadata | null): { flags: boolean[]; notInFile: string[] } | null {
  const value = metadata?.fields['主要欄位說明']?.value;
  if (!value) { return null; }
  const declared = parseFieldList(value).map(i => i.name + (i.suffix ?? ''));
  const { missing, extra } = compareFields(declared, [...columns]);
  const unlisted = new Map<string, number>();
  for (const e of extra) { unlisted.set(e, (unlisted.get(e) ?? 0) + 1); }
  // compareFields names the unmatched columns; with duplicates, the last ones of a name are unmatched
  const flags = new Array<boolean>(columns.length).fill(true);
  for (let c = columns.length - 1; c >= 0; c--) {
    const n = unlisted.get(columns[c]) ?? 0;
    if (n > 0) { flags[c] = false; unlisted.set(columns[c], n - 1); }
  }
  return { flags, notInFile: missing };
}
