// The CSV/TSV analyzer: decoded text in (chunks of any size), the layout and every row with its
// role out, in file order. Memory stays bounded: the head of the text is kept to find the
// delimiter, then the first rows (SAMPLE_ROWS / SAMPLE_CHARS) to decide the layout; after that,
// rows stream through and are dropped by the sink. Text goes in as a string, or as UTF-8 bytes
// (the CLI's and the worker's files: read as byte strings, byte-text.ts, never decoded whole).
import { BodyClassifier } from './classify';
import { bodyColumns } from './body-columns';
import { detectDelimiter } from './delimiter';
import { decideLayout } from './layout';
import { CsvScanner } from './scanner';
import { byteCodes } from './scan-fast';
import { asBuffer } from '../encoding/byte-search';
import type { CsvLayout, CsvRow, CsvSummary } from './model';
import type { Row } from './row';

export interface CsvSink {
  layout(layout: CsvLayout): void;
  row(row: CsvRow, layout: CsvLayout): void;
}

export interface CsvAnalyzerOptions {
  expectedDelimiter: ',' | '\t';
  sink: CsvSink;
  maxFieldsPerRow?: number;
}

const HEAD_CHARS = 64 * 1024;
const SAMPLE_ROWS = 2000;
const SAMPLE_CHARS = 256 * 1024;

export class CsvAnalyzer {
  private head: string[] = [];
  private headChars = 0;
  private scanner: CsvScanner | null = null;
  private delimiter: string = ',';
  private sample: Row[] | null = [];
  private sampleChars = 0;
  private body: BodyClassifier | null = null;
  private rows = 0;
  /** null until the first push: text, or UTF-8 bytes (then every push is bytes) */
  private utf8: boolean | null = null;

  constructor(private readonly o: CsvAnalyzerOptions) {}

  /**
   * Decoded text, in chunks of any size; or the range [from, to) of a text (scanning a range of
   * one flat string is faster than scanning slices of it).
   */
  push(text: string, from = 0, to = text.length): void {
    this.mode(false);
    this.feed(text, from, to);
  }

  /** valid UTF-8 (without a BOM), in chunks of any size: a chunk may end inside a character */
  pushBytes(bytes: Uint8Array): void {
    this.mode(true);
    if (bytes.length > 0) { this.feed(asBuffer(bytes).toString('latin1'), 0, bytes.length, bytes); }
  }

  private mode(utf8: boolean): void {
    if (this.utf8 === null) { this.utf8 = utf8; } else if (this.utf8 !== utf8) { throw new Error('text and bytes pushed to one analyzer'); }
  }

  /** `bytes`: those of a byte string, which the scanner reads faster than the string */
  private feed(text: string, from: number, to: number, bytes?: Uint8Array): void {
    if (this.scanner) {
      this.scanner.push(text, from, to, bytes ? byteCodes(bytes, 0) : null);
      return;
    }
    this.head.push(from === 0 && to === text.length ? text : text.slice(from, to));
    this.headChars += to - from;
    if (this.headChars >= HEAD_CHARS) { this.startScanner(); }
  }

  /** flushes; layout() has been called exactly once when this returns */
  end(): CsvSummary {
    if (!this.scanner) { this.startScanner(); }
    const scanner = this.scanner as CsvScanner;
    scanner.end();
    if (this.sample) { this.decide(); }
    this.body?.end();
    const [lf, crlf, cr] = scanner.newlines;
    const newline = crlf > lf && crlf >= cr ? '\r\n' : cr > lf && cr > crlf ? '\r' : '\n';
    return { rows: this.rows, dataRows: this.body?.dataRows ?? 0, newline };
  }

  private startScanner(): void {
    const head = this.head.join('');
    this.head = [];
    this.delimiter = detectDelimiter(head, this.o.expectedDelimiter);
    this.scanner = new CsvScanner({
      delimiter: this.delimiter,
      maxFieldsPerRow: this.o.maxFieldsPerRow,
      onRow: r => this.onRow(r),
      utf8: this.utf8 === true,
    });
    this.scanner.push(head);
  }

  private onRow(r: Row): void {
    this.rows++;
    const sample = this.sample;
    if (!sample) {
      (this.body as BodyClassifier).push(r);
      return;
    }
    sample.push(r);
    this.sampleChars += r.chars;
    if (sample.length >= SAMPLE_ROWS || this.sampleChars >= SAMPLE_CHARS) { this.decide(); }
  }

  /** the layout from the sample; then the sample's rows leave with their roles */
  private decide(): void {
    const sample = this.sample ?? [];
    this.sample = null;
    const d = decideLayout(sample, this.delimiter, this.o.expectedDelimiter);
    const layout = d.layout;
    this.o.sink.layout(layout);
    const sink = this.o.sink;
    const body = new BodyClassifier(bodyColumns(layout, d.profile), row => sink.row(row, layout));
    this.body = body;
    for (let k = 0; k < sample.length; k++) {
      if (k < d.bodyStart) { sink.row(sample[k], layout); } else { body.push(sample[k]); }
    }
  }
}
