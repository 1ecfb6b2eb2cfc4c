// The pipeline of one file once its encoding is known: text in (all at once or streamed in
// chunks), the format's analyzer, the rules, the badge out.
import { CsvAnalyzer } from './csv/analyzer';
import type { CsvLayout } from './csv/model';
import { checkJson } from './json/check';
import { checkXml } from './xml/check';
import type { JsonResult } from './json/model';
import type { XmlResult } from './xml/model';
import { RuleRun } from './rule-run';
import { scoreFile } from './badge';
import { rules } from './rules/registry';
import { encodingFirst } from './rules/non-utf8-encoding';
import { contentFormatOf } from './format';
import { msg, plural, type Msg } from './messages';
import type { EndFacts } from './rules/rule';
import type { ResolvedMetadata } from './metadata/model';
import type { LinkResult } from './links/types';
import type { OpenApiResult } from './openapi/types';
import type { ContentObserver } from './observer';
import {
  CancelledError, type Badge, type CancellationSignal, type EncodingInfo, type FileFormat, type FileReport, type Range,
  type RuleId, type SeveritySetting,
} from './types';

export interface EngineOptions {
  /** the date for timeliness, YYYY-MM-DD (default: today) */
  today?: string;
  /** extra days before a dataset counts as overdue */
  graceDays?: number;
  severities?: Partial<Record<RuleId, SeveritySetting>>;
  signal?: CancellationSignal;
  /** findings kept per rule; the rest are counted and summarised (default 1000) */
  maxFindingsPerRule?: number;
  /** results of checking this file's 資料下載網址 (the adapter does the network part);
   *  absent: links were not checked (offline) */
  links?: readonly LinkResult[];
  /** the file is an OpenAPI document and this is its validation (the adapter runs the
   *  asynchronous validator): only the API rules run, and the report carries `api` */
  openapi?: OpenApiResult;
  /** sees the analyzer's layout and rows (or JSON/XML result) as the rules do; in-process only */
  observe?: ContentObserver;
}

/** JSON and XML are checked as a whole; larger ones are refused with a clear error. */
export const MAX_DOCUMENT_CHARS = 256 * 1024 * 1024;
/**
 * The most text or bytes the check takes in at a time: a cancelled check stops between pieces,
 * and FileFeed decodes in pieces this size (a whole 40 MB file at once was slower: UTF-8 3%,
 * Big5 6%, UTF-16 9% on the bench's table, measured alternating).
 */
export const SLICE = 1 << 20;

export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

export class ContentCheck {
  private readonly run: RuleRun;
  private readonly contentFormat: FileFormat;
  private csv: CsvAnalyzer | null = null;
  private layout: CsvLayout | null = null;
  private rows = 0;
  private doc: string[] = [];
  private docChars = 0;
  private error: string | undefined;

  constructor(
    private readonly path: string,
    private readonly format: FileFormat,
    private readonly encoding: EncodingInfo,
    private readonly metadata: ResolvedMetadata | null,
    private readonly options: EngineOptions,
    head = '',
  ) {
    // an API description is checked by its validator, not as a table or a record list
    this.contentFormat = options.openapi ? 'unknown' : contentFormatOf(path, format);
    this.run = new RuleRun({
      path, format, contentFormat: this.contentFormat, encoding, metadata: options.openapi ? null : metadata,
      today: options.today ?? todayIso(), graceDays: options.graceDays ?? 0, firstLine: firstLineOf(head),
      links: options.links ?? null, openapi: options.openapi ?? null,
      severities: options.severities ?? {}, maxFindingsPerRule: options.maxFindingsPerRule ?? 1000, rules,
    });
    this.run.start();
    if (!options.openapi && (format === 'csv' || format === 'tsv')) {
      this.csv = new CsvAnalyzer({
        expectedDelimiter: format === 'tsv' ? '\t' : ',',
        sink: {
          layout: l => { this.layout = l; this.run.csvLayout(l); options.observe?.csvLayout?.(l); },
          row: (r, l) => { this.rows++; this.run.csvRow(r, l); options.observe?.csvRow?.(r, l); },
        },
      });
    }
  }

  /** a table: its text may go in as UTF-8 bytes (pushUtf8) */
  get readsBytes(): boolean {
    return this.csv !== null;
  }

  /** Feed valid UTF-8 without a BOM (readsBytes only); any chunk size, a chunk may cut a character. */
  pushUtf8(bytes: Uint8Array): void {
    const csv = this.csv;
    if (!csv) { throw new Error('only a table reads bytes'); }
    for (let at = 0; at < bytes.length; at += SLICE) {
      if (this.options.signal?.aborted) { throw new CancelledError(); }
      csv.pushBytes(at === 0 && bytes.length <= SLICE ? bytes : bytes.subarray(at, at + SLICE));
    }
  }

  /** Feed decoded text; any chunk size. */
  push(text: string): void {
    for (let at = 0; at < text.length; at += SLICE) {
      if (this.options.signal?.aborted) { throw new CancelledError(); }
      if (this.csv) {
        // ranges of the one string: scanning slices of it is measurably slower
        this.csv.push(text, at, Math.min(at + SLICE, text.length));
        continue;
      }
      const slice = at === 0 && text.length <= SLICE ? text : text.slice(at, at + SLICE);
      if (this.contentFormat === 'json' || this.contentFormat === 'xml') {
        this.docChars += slice.length;
        if (this.docChars > MAX_DOCUMENT_CHARS) {
          this.error ??= `too large to check as a whole (over ${MAX_DOCUMENT_CHARS / 1048576} MB of text)`;
          this.doc = [];
        } else {
          this.doc.push(slice);
        }
      }
    }
  }

  finish(): FileReport {
    const facts = this.analyse();
    this.run.end(facts);
    const api = this.options.openapi;
    // an API description is not a dataset resource: no badge of its own
    const badge: Badge = api ? { level: 'none', criteria: [], assumptions: [] } : scoreFile({
      format: this.format, counts: this.run.failing, criteria: this.run.criteria,
      structureSummary: this.structureSummary(facts),
    });
    const report: FileReport = {
      path: this.path,
      format: this.format,
      encoding: this.encoding,
      findings: api ? sortFindings(this.run.findings)
        : encodingFirst(sortFindings(this.run.findings), badge.level, this.options.severities?.['non-utf8-encoding'] !== undefined),
      badge,
    };
    if (api) { report.api = { kind: 'openapi', version: api.version, valid: api.valid }; }
    if (facts.fields) { report.fields = facts.fields; }
    if (this.error) { report.error = this.error; }
    if (this.metadata && !api) {
      report.metadata = { sources: this.metadata.sources.map(s => s.path), dataset: this.metadata.dataset };
    }
    return report;
  }

  private analyse(): EndFacts {
    if (this.csv) {
      const summary = this.csv.end();
      this.run.csvEnd(summary, this.layout);
      const l = this.layout;
      if (!l || l.noHeader || l.headerRows.length === 0) { return { fields: l ? [] : null, fieldsRange: null }; }
      const first = l.headerRows[0];
      const last = l.headerRows[l.headerRows.length - 1];
      const range: Range = { line: first.line, column: 1, endLine: last.endLine, endColumn: last.endColumn };
      return { fields: l.columns, fieldsRange: range };
    }
    if (this.error || (this.contentFormat !== 'json' && this.contentFormat !== 'xml')) {
      return { fields: null, fieldsRange: null };
    }
    const text = this.doc.length === 1 ? this.doc[0] : this.doc.join('');
    this.doc = [];
    if (this.contentFormat === 'json') {
      const r = checkJson(text, this.options.signal);
      this.run.json(r);
      this.options.observe?.json?.(r);
      return this.recordFacts(r);
    }
    const r = checkXml(text, this.options.signal);
    this.run.xml(r);
    this.options.observe?.xml?.(r);
    return this.recordFacts(r);
  }

  /** what the rules learn at the end from a JSON or XML check: its records' fields and where */
  private recordFacts(r: JsonResult | XmlResult): EndFacts {
    this.recordCount = r.recordCount;
    if (r.error) { return { fields: null, fieldsRange: null }; }
    return { fields: r.fields, fieldsRange: r.firstRecord ?? firstLine(), outerFields: r.outerFields };
  }

  private recordCount = 0;

  /** the parts of the structured criterion's reason: "one header row, 4 columns, 15 rows" */
  private structureSummary(facts: EndFacts): Msg[] | null {
    if (this.csv && this.layout) {
      const header = this.layout.headerRows.length;
      const rows = Math.max(0, this.rows - header);
      const headed = header === 0 ? msg('no header row found') : header === 1 ? msg('one header row') : plural(header, '{0} header row', '{0} header rows');
      return [headed, plural(this.layout.columns.length, '{0} column', '{0} columns'), plural(rows, '{0} row', '{0} rows')];
    }
    if (facts.fields) {
      return [msg('well-formed {0}', this.contentFormat.toUpperCase()), plural(this.recordCount, '{0} record', '{0} records'),
        plural(facts.fields.length, '{0} field', '{0} fields')];
    }
    return null;
  }
}

/** line 1's range: from column 1 to its last character (1:1 when it is empty) */
function firstLineOf(head: string): Range {
  const m = /[\r\n]/.exec(head);
  const len = m ? m.index : head.length;
  return { line: 1, column: 1, endLine: 1, endColumn: Math.max(1, len) };
}

function firstLine(): Range {
  return { line: 1, column: 1, endLine: 1, endColumn: 1 };
}

function sortFindings<T extends { line: number; column: number; path?: string }>(f: T[]): T[] {
  return f.sort((a, b) => (a.path ?? '').localeCompare(b.path ?? '') || a.line - b.line || a.column - b.column);
}
